#include "crypto/RandomToken.h"

#include <QMutex>
#include <QtCrypto>

namespace {
constexpr char Alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr int AlphabetSize = sizeof Alphabet - 1;
// Bytes at or above the largest multiple of 62 are rejected, so each character is uniform.
constexpr int Limit = 256 / AlphabetSize * AlphabetSize;

// QCA's global generator is not documented as thread-safe.
QMutex &randomMutex()
{
    static QMutex mutex;
    return mutex;
}
} // namespace

QString RandomToken::alphanumeric(int length)
{
    // A draw from QCA costs about the same for 4 KiB as for the 40 bytes of one token (a draw
    // per validation hash took about 7% of the time a new user's rows take to write on SQLite),
    // so bytes are drawn in blocks and each is used once. Ordinary memory: the tokens themselves
    // are QStrings.
    constexpr int BlockSize = 4096;
    static QByteArray block;
    static qsizetype used = 0;
    const QMutexLocker locker(&randomMutex());
    QString token;
    token.reserve(length);
    while (token.size() < length) {
        if (used == block.size()) {
            block = QCA::Random::randomArray(BlockSize).toByteArray();
            used = 0;
        }
        const int value = static_cast<unsigned char>(block.at(used++));
        if (value < Limit)
            token += QLatin1Char(Alphabet[value % AlphabetSize]);
    }
    return token;
}

Secret RandomToken::secretAlphanumeric(int length)
{
    QCA::SecureArray text(length);
    int filled = 0;
    const QMutexLocker locker(&randomMutex());
    while (filled < length) {
        // One byte in 32 is rejected: twice the bytes needed almost always suffice.
        const QCA::SecureArray bytes = QCA::Random::randomArray(2 * (length - filled));
        for (int i = 0; i < bytes.size() && filled < length; ++i) {
            const int value = static_cast<unsigned char>(bytes[i]);
            if (value < Limit)
                text[filled++] = Alphabet[value % AlphabetSize];
        }
    }
    return Secret::fromUtf8(QByteArrayView(text.constData(), text.size()));
}
