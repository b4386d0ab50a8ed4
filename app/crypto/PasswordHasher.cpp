#include "crypto/PasswordHasher.h"

#include "crypto/Pbkdf2.h"
#include "crypto/RandomToken.h"

#include <QtConcurrent/QtConcurrentMap>
#include <QtCrypto>
#include <algorithm>
#include <openssl/crypto.h>

namespace {

const QString Algorithm = QStringLiteral("pbkdf2_sha256");
constexpr int SaltLength = 22;
constexpr int HashBytes = 32;

QString encode(int iterations, const QString &salt, const QByteArray &hash)
{
    return Algorithm + u'$' + QString::number(iterations) + u'$' + salt + u'$' +
           QString::fromLatin1(hash.toBase64());
}

QString hashWithSalt(const Secret &password, const QString &salt, int iterations)
{
    const QByteArray hash =
        Pbkdf2::hmacSha256(password.utf8(), salt.toUtf8(), iterations, HashBytes);
    if (hash.size() != HashBytes)
        return {};
    return encode(iterations, salt, hash);
}

} // namespace

QString PasswordHasher::makeSalt()
{
    return RandomToken::alphanumeric(SaltLength);
}

QString PasswordHasher::hash(const Secret &password, int iterations)
{
    if (iterations < 1)
        return {};
    return hashWithSalt(password, makeSalt(), iterations);
}

QList<QString> PasswordHasher::hashAll(const QList<Secret> &passwords, int iterations)
{
    if (iterations < 1)
        return QList<QString>(passwords.size());
    struct Job
    {
        Secret password;
        QString salt;
    };
    // Salts are drawn here, on the calling thread, so QCA is only used from one thread.
    QList<Job> jobs;
    jobs.reserve(passwords.size());
    for (const Secret &password : passwords)
        jobs.append({password, makeSalt()});
    return QtConcurrent::blockingMapped(jobs, [iterations](const Job &job) {
        return hashWithSalt(job.password, job.salt, iterations);
    });
}

bool PasswordHasher::verify(const Secret &password, const QString &encoded)
{
    const QStringList parts = encoded.split(u'$');
    if (parts.size() != 4 || parts[0] != Algorithm || parts[2].isEmpty() || parts[3].isEmpty())
        return false;
    const QString &iterationText = parts[1];
    if (iterationText.isEmpty() || !std::all_of(iterationText.cbegin(), iterationText.cend(),
                                                [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return false;
    bool ok = false;
    const int iterations = iterationText.toInt(&ok);
    if (!ok || iterations < 1)
        return false;
    // Like Django: re-encode with the stored parameters and compare the whole strings.
    const QByteArray expected = hashWithSalt(password, parts[2], iterations).toUtf8();
    const QByteArray given = encoded.toUtf8();
    return !expected.isEmpty() && expected.size() == given.size() &&
           CRYPTO_memcmp(expected.constData(), given.constData(), size_t(given.size())) == 0;
}
