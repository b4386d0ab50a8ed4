#include "crypto/RandomToken.h"

#include <QMutex>
#include <QtCrypto>

QString RandomToken::alphanumeric(int length)
{
    static constexpr char Alphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int AlphabetSize = sizeof Alphabet - 1;
    // Bytes at or above the largest multiple of 62 are rejected, so each character is uniform.
    constexpr int Limit = 256 / AlphabetSize * AlphabetSize;
    // QCA's global generator is not documented as thread-safe.
    static QMutex randomMutex;
    const QMutexLocker locker(&randomMutex);
    QString token;
    token.reserve(length);
    while (token.size() < length) {
        const QCA::SecureArray bytes = QCA::Random::randomArray(qMax(32, length + length / 4));
        for (int i = 0; i < bytes.size() && token.size() < length; ++i) {
            const int value = static_cast<unsigned char>(bytes[i]);
            if (value < Limit)
                token += QLatin1Char(Alphabet[value % AlphabetSize]);
        }
    }
    return token;
}
