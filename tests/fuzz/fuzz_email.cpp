#include "FuzzInput.h"
#include "domain/EmailValidator.h"

#include <cstdio>
#include <cstdlib>

// EmailValidator::problem, Django's EmailValidator plus the column length, on any text: no
// crash, no undefined behaviour, no hang, and a shorter column never accepts more.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString email = fuzzText(data, size);
    const bool valid = EmailValidator::problem(email).isEmpty();
    const bool validShort = EmailValidator::problem(email, 75).isEmpty();
    FUZZ_CHECK(!validShort || valid);
    FUZZ_CHECK(!valid || email.size() <= EmailValidator::DefaultMaxLength);
    return 0;
}
