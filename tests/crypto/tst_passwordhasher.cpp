#include "Django.h"
#include "crypto/CryptoSession.h"
#include "crypto/PasswordHasher.h"
#include "crypto/Pbkdf2.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class PasswordHasherTest : public QObject
{
    Q_OBJECT

private slots:
    void hashFormat();
    void hashMatchesPbkdf2();
    void saltAlphabetAndLength();
    void verifyAcceptsOwnHash();
    void verifyRejectsWrongPassword();
    void verifyRejectsMalformed_data();
    void verifyRejectsMalformed();
    void hashAllKeepsOrder();
    void hashAllMatchesSequential();
    void djangoAcceptsHashes_data();
    void djangoAcceptsHashes();
    void djangoRejectsWrongPassword();

private:
    // Runs Django's check_password; password and hash travel on standard input only.
    static bool djangoCheckPassword(const QString &password, const QString &encoded);

    CryptoSession m_crypto;
};

namespace {

const QRegularExpression HashPattern(
    QStringLiteral(R"(^pbkdf2_sha256\$(\d+)\$([a-zA-Z0-9]{22})\$([A-Za-z0-9+/]{43}=)$)"));

Secret secret(const QString &text)
{
    return Secret::fromText(text);
}

} // namespace

void PasswordHasherTest::hashFormat()
{
    const QString encoded = PasswordHasher::hash(secret(QStringLiteral("correct horse")));
    const QRegularExpressionMatch match = HashPattern.match(encoded);
    QVERIFY2(match.hasMatch(), qPrintable(encoded));
    QCOMPARE(match.captured(1), QStringLiteral("1000000"));
    QCOMPARE(QByteArray::fromBase64(match.captured(3).toLatin1()).size(), 32);

    const QString small = PasswordHasher::hash(secret(QStringLiteral("correct horse")), 1000);
    QVERIFY2(HashPattern.match(small).hasMatch(), qPrintable(small));
    QVERIFY(small.startsWith(QStringLiteral("pbkdf2_sha256$1000$")));
    QVERIFY(PasswordHasher::hash(secret(QStringLiteral("x")), 0).isEmpty());
}

void PasswordHasherTest::hashMatchesPbkdf2()
{
    const QString password = QStringLiteral("Pässwörd-Ωμέγα-🙂");
    const QString encoded = PasswordHasher::hash(secret(password), 2000);
    const QRegularExpressionMatch match = HashPattern.match(encoded);
    QVERIFY(match.hasMatch());
    const QByteArray expected = Pbkdf2::opensslHmacSha256(
        password.toUtf8(), match.captured(2).toLatin1(), match.captured(1).toInt(), 32);
    QCOMPARE(match.captured(3).toLatin1(), expected.toBase64());
}

void PasswordHasherTest::saltAlphabetAndLength()
{
    const QRegularExpression saltPattern(QStringLiteral("^[a-zA-Z0-9]{22}$"));
    QSet<QString> salts;
    QSet<QChar> characters;
    constexpr int Count = 2000;
    for (int i = 0; i < Count; ++i) {
        const QString salt = PasswordHasher::makeSalt();
        QVERIFY2(saltPattern.match(salt).hasMatch(), qPrintable(salt));
        salts.insert(salt);
        for (QChar c : salt)
            characters.insert(c);
    }
    QCOMPARE(salts.size(), Count);
    // 44,000 draws reach every one of the 62 characters with overwhelming probability.
    QCOMPARE(characters.size(), 62);
}

void PasswordHasherTest::verifyAcceptsOwnHash()
{
    const Secret password = secret(QStringLiteral("Pässwörd-Ωμέγα-🙂"));
    QVERIFY(PasswordHasher::verify(password, PasswordHasher::hash(password, 1000)));
    QVERIFY(PasswordHasher::verify(password, PasswordHasher::hash(password)));
    // Hashes written by Django 4.2 (PBKDF2PasswordHasher.encode with these salts).
    QVERIFY(PasswordHasher::verify(secret(QStringLiteral("hunter2")),
                                   QStringLiteral("pbkdf2_sha256$600000$abcdefghijklmnopqrstuv$"
                                                  "nsFDQ93Pq4tYO0KnnIGXG7tPR4nUdZgqty3nPH8F6oQ=")));
    QVERIFY(PasswordHasher::verify(password,
                                   QStringLiteral("pbkdf2_sha256$1000$Xy7Qm2Lk9Pz3Rt5Vb8Nc1D$"
                                                  "tORHPC5XECxgpdR6X4uLQ9ZTLRVk1N6/k4oUKvvCmc0=")));
}

void PasswordHasherTest::verifyRejectsWrongPassword()
{
    const QString encoded = PasswordHasher::hash(secret(QStringLiteral("right one")), 1000);
    QVERIFY(!PasswordHasher::verify(secret(QStringLiteral("wrong one")), encoded));
    QVERIFY(!PasswordHasher::verify(secret(QStringLiteral("right one ")), encoded));
    QVERIFY(!PasswordHasher::verify(Secret(), encoded));
}

void PasswordHasherTest::verifyRejectsMalformed_data()
{
    QTest::addColumn<QString>("encoded");
    // A valid hash of "pw" with salt "saltsaltsaltsaltsaltsa" and 1000 iterations to mangle.
    const QString hash = QString::fromLatin1(
        Pbkdf2::opensslHmacSha256("pw", "saltsaltsaltsaltsaltsa", 1000, 32).toBase64());
    const QString salt = QStringLiteral("saltsaltsaltsaltsaltsa");
    QTest::newRow("empty") << QString();
    QTest::newRow("algorithm only") << QStringLiteral("pbkdf2_sha256");
    QTest::newRow("other algorithm") << QStringLiteral("pbkdf2_sha1$1000$") + salt + u'$' + hash;
    QTest::newRow("bcrypt") << QStringLiteral("bcrypt_sha256$$2b$12$abcdefghijklmnopqrstuv");
    QTest::newRow("too few parts") << QStringLiteral("pbkdf2_sha256$1000$") + hash;
    QTest::newRow("too many parts")
        << QStringLiteral("pbkdf2_sha256$1000$") + salt + u'$' + hash + u'$';
    QTest::newRow("iterations text") << QStringLiteral("pbkdf2_sha256$abc$") + salt + u'$' + hash;
    QTest::newRow("iterations zero") << QStringLiteral("pbkdf2_sha256$0$") + salt + u'$' + hash;
    QTest::newRow("iterations negative")
        << QStringLiteral("pbkdf2_sha256$-1000$") + salt + u'$' + hash;
    QTest::newRow("iterations plus") << QStringLiteral("pbkdf2_sha256$+1000$") + salt + u'$' + hash;
    QTest::newRow("iterations space")
        << QStringLiteral("pbkdf2_sha256$ 1000$") + salt + u'$' + hash;
    QTest::newRow("iterations leading zero")
        << QStringLiteral("pbkdf2_sha256$01000$") + salt + u'$' + hash;
    QTest::newRow("iterations overflow")
        << QStringLiteral("pbkdf2_sha256$99999999999999999999$") + salt + u'$' + hash;
    QTest::newRow("empty salt") << QStringLiteral("pbkdf2_sha256$1000$$") + hash;
    QTest::newRow("empty hash") << QStringLiteral("pbkdf2_sha256$1000$") + salt + u'$';
    QTest::newRow("truncated hash")
        << QStringLiteral("pbkdf2_sha256$1000$") + salt + u'$' + hash.left(43);
    QTest::newRow("hash with garbage")
        << QStringLiteral("pbkdf2_sha256$1000$") + salt + u'$' + hash + u'A';
    QTest::newRow("not base64") << QStringLiteral("pbkdf2_sha256$1000$") + salt + u'$' +
                                       QString(44, u'!');
    QTest::newRow("upper-case algorithm")
        << QStringLiteral("PBKDF2_SHA256$1000$") + salt + u'$' + hash;
    QTest::newRow("whitespace") << QStringLiteral(" pbkdf2_sha256$1000$") + salt + u'$' + hash;
}

void PasswordHasherTest::verifyRejectsMalformed()
{
    QFETCH(QString, encoded);
    QVERIFY(!PasswordHasher::verify(secret(QStringLiteral("pw")), encoded));
}

void PasswordHasherTest::hashAllKeepsOrder()
{
    QList<Secret> passwords;
    for (int i = 0; i < 16; ++i)
        passwords.append(secret(QStringLiteral("password-%1-ä").arg(i)));
    const QList<QString> hashes = PasswordHasher::hashAll(passwords, 5000);
    QCOMPARE(hashes.size(), passwords.size());
    for (int i = 0; i < hashes.size(); ++i) {
        QVERIFY2(HashPattern.match(hashes[i]).hasMatch(), qPrintable(hashes[i]));
        QVERIFY(PasswordHasher::verify(passwords[i], hashes[i]));
        // Each hash belongs to its own password only.
        QVERIFY(!PasswordHasher::verify(passwords[(i + 1) % passwords.size()], hashes[i]));
    }
    QVERIFY(PasswordHasher::hashAll({}, 1000).isEmpty());
}

void PasswordHasherTest::hashAllMatchesSequential()
{
    // Same results as one-at-a-time hashing with the salt each parallel hash chose.
    QList<Secret> passwords;
    for (int i = 0; i < 8; ++i)
        passwords.append(secret(QString(10 + i * 9, QChar(u'a' + i))));
    const QList<QString> hashes = PasswordHasher::hashAll(passwords, 20'000);
    QCOMPARE(hashes.size(), passwords.size());
    QSet<QString> salts;
    for (int i = 0; i < hashes.size(); ++i) {
        const QRegularExpressionMatch match = HashPattern.match(hashes[i]);
        QVERIFY(match.hasMatch());
        salts.insert(match.captured(2));
        const QByteArray sequential =
            Pbkdf2::opensslHmacSha256(passwords[i].utf8(), match.captured(2).toLatin1(), 20'000);
        QCOMPARE(match.captured(3).toLatin1(), sequential.toBase64());
    }
    QCOMPARE(salts.size(), hashes.size());
}

bool PasswordHasherTest::djangoCheckPassword(const QString &password, const QString &encoded)
{
    return Django::acceptsPassword(password.toUtf8(), encoded);
}

void PasswordHasherTest::djangoAcceptsHashes_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("iterations");
    QTest::newRow("ascii default")
        << QStringLiteral("correct horse battery staple") << PasswordHasher::DefaultIterations;
    QTest::newRow("non-ascii default")
        << QStringLiteral("Pässwörd-Ωμέγα-🙂") << PasswordHasher::DefaultIterations;
    QTest::newRow("long default") << QString(100, u'x') + QStringLiteral("-ü")
                                  << PasswordHasher::DefaultIterations;
    QTest::newRow("non-ascii small") << QStringLiteral("Pässwörd-Ωμέγα-🙂") << 1000;
    QTest::newRow("symbols small") << QStringLiteral("p@$$w0rd$!#%^&*()") << 1;
    QTest::newRow("cjk small") << QStringLiteral("密码パスワード") << 12'345;
}

void PasswordHasherTest::djangoAcceptsHashes()
{
    QFETCH(QString, password);
    QFETCH(int, iterations);
    const QString encoded = PasswordHasher::hash(secret(password), iterations);
    QVERIFY(!encoded.isEmpty());
    QVERIFY(djangoCheckPassword(password, encoded));
}

void PasswordHasherTest::djangoRejectsWrongPassword()
{
    const QString encoded =
        PasswordHasher::hash(secret(QStringLiteral("Pässwörd-Ωμέγα-🙂")), 1000);
    QVERIFY(djangoCheckPassword(QStringLiteral("Pässwörd-Ωμέγα-🙂"), encoded));
    QVERIFY(!djangoCheckPassword(QStringLiteral("Passwörd-Ωμέγα-🙂"), encoded));
    // The last base64 digit before '=' changed to another of the 16 it can be for 32 bytes
    // (replacing it with a fixed digit would leave the hash unchanged one time in 16).
    QString tampered = encoded;
    const qsizetype last = tampered.size() - 2;
    tampered[last] = tampered[last] == u'A' ? u'E' : u'A';
    QVERIFY(!djangoCheckPassword(QStringLiteral("Pässwörd-Ωμέγα-🙂"), tampered));
}

QTEST_GUILESS_MAIN(PasswordHasherTest)
#include "tst_passwordhasher.moc"
