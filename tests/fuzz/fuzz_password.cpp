#include "FuzzInput.h"
#include "crypto/CryptoSession.h"
#include "domain/PasswordPolicy.h"

#include <cstdio>
#include <cstdlib>
#include <memory>

// PasswordPolicy::problems on the fuzz bytes as they are (what would be hashed), for a fixed
// user: no crash, no undefined behaviour, no hang, and only the length rules depend on length.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static const auto crypto = std::make_unique<CryptoSession>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Secret password =
        Secret::fromUtf8(QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QStringList problems = PasswordPolicy::problems(password, QStringLiteral("ops@example.com"));
    FUZZ_CHECK(problems.size() <= 5);
    FUZZ_CHECK(size > 0 || !problems.isEmpty());
    return 0;
}
