#include "FuzzInput.h"
#include "crypto/CryptoSession.h"
#include "domain/PasswordPolicy.h"

#include <QStringDecoder>
#include <QStringEncoder>
#include <cstdio>
#include <cstdlib>
#include <memory>

// PasswordPolicy::problems and ::unusable on the fuzz bytes as they are (what would be hashed),
// for a fixed user: no crash, no undefined behaviour, no hang.
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
    // A password that can be typed is UTF-8 text: what the policy reads as characters is exactly
    // what gets hashed.
    if (PasswordPolicy::unusable(password).isEmpty()) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder.decode(password.utf8());
        FUZZ_CHECK(!decoder.hasError());
        QStringEncoder encoder(QStringEncoder::Utf8);
        FUZZ_CHECK(QByteArray(encoder.encode(text)) == password.utf8());
    }
    return 0;
}
