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
    // A draw from QCA costs about the same for 4 KiB as for the 40 bytes of one token (a draw
    // per validation hash took about 7% of the time a new user's rows take to write on SQLite),
    // so bytes are drawn in blocks and each is used once. Ordinary memory: the tokens themselves
    // are QStrings.
    constexpr int BlockSize = 4096;
    // QCA's global generator is not documented as thread-safe.
    static QMutex randomMutex;
    static QByteArray block;
    static qsizetype used = 0;
    const QMutexLocker locker(&randomMutex);
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
