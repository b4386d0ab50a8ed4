#include "crypto/CryptoSession.h"
#include "crypto/Pbkdf2.h"

#include <QRandomGenerator>
#include <QTest>

// Fails the current test with the case description when hmacSha256 and OpenSSL disagree.
#define VERIFY_SAME_AS_OPENSSL(...)                                                                \
    do {                                                                                           \
        const QString error = compareWithOpenssl(__VA_ARGS__);                                     \
        QVERIFY2(error.isEmpty(), qPrintable(error));                                              \
    } while (false)

class Pbkdf2Test : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanupTestCase();
    void rfc7914Vectors_data();
    void rfc7914Vectors();
    void djangoVectors_data();
    void djangoVectors();
    void matchesOpensslAcrossInputLengths();
    void matchesOpensslAcrossOutputLengths();
    void matchesOpensslRandomly();
    void rejectsInvalidArguments();

private:
    // Same inputs through both implementations; the message names only lengths, never bytes.
    static QString compareWithOpenssl(const QByteArray &password, const QByteArray &salt,
                                      int iterations, int length);
    static QByteArray randomBytes(QRandomGenerator &random, int size);

    CryptoSession m_crypto;
};

// Every test runs on the portable path (OpenSSL), forced where the SHA extensions exist, and
// again on the SHA extensions where the processor has them. On the portable path the
// comparisons with OpenSSL compare it with itself: the published vectors are what check it.
void Pbkdf2Test::initTestCase_data()
{
    QTest::addColumn<bool>("shaExtensions");
    QTest::newRow("portable") << false;
    if (Pbkdf2::usesShaExtensions())
        QTest::newRow("SHA extensions") << true;
}

void Pbkdf2Test::initTestCase()
{
    qInfo("SHA extensions on this processor: %s", Pbkdf2::usesShaExtensions() ? "yes" : "no");
}

void Pbkdf2Test::init()
{
    QFETCH_GLOBAL(bool, shaExtensions);
    Pbkdf2::setShaExtensionsAllowed(shaExtensions);
    QCOMPARE(Pbkdf2::usesShaExtensions(), shaExtensions);
}

void Pbkdf2Test::cleanupTestCase()
{
    Pbkdf2::setShaExtensionsAllowed(true);
}

void Pbkdf2Test::rfc7914Vectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");
    // RFC 7914 section 11.
    QTest::newRow("passwd/salt/1")
        << QByteArray("passwd") << QByteArray("salt") << 1
        << QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d5"
                               "7c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30b"
                               "d509112041d3a19783");
    QTest::newRow("Password/NaCl/80000")
        << QByteArray("Password") << QByteArray("NaCl") << 80000
        << QByteArray::fromHex("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a"
                               "1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
}

void Pbkdf2Test::rfc7914Vectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);
    QCOMPARE(expected.size(), 64);
    QCOMPARE(Pbkdf2::hmacSha256(password, salt, iterations, 64).toHex(), expected.toHex());
    QCOMPARE(Pbkdf2::opensslHmacSha256(password, salt, iterations, 64).toHex(), expected.toHex());
    // A shorter output is a prefix of the longer one.
    QCOMPARE(Pbkdf2::hmacSha256(password, salt, iterations).toHex(), expected.left(32).toHex());
}

void Pbkdf2Test::djangoVectors_data()
{
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<int>("iterations");
    QTest::addColumn<QByteArray>("expected");
    // Django's tests/utils_tests/test_crypto.py (pbkdf2 with hashlib.sha256) ...
    QTest::newRow("password/salt/1") << QByteArray("password") << QByteArray("salt") << 1
                                     << QByteArray("120fb6cffcf8b32c43e7225256c4f837a86548c9");
    QTest::newRow("password/salt/2") << QByteArray("password") << QByteArray("salt") << 2
                                     << QByteArray("ae4d0c95af6b46d32d0adff928f06dd02a303f8e");
    QTest::newRow("password/salt/4096") << QByteArray("password") << QByteArray("salt") << 4096
                                        << QByteArray("c5e478d59288c841aa530db6845c4c8d962893a0");
    QTest::newRow("long/4096") << QByteArray("passwordPASSWORDpassword")
                               << QByteArray("saltSALTsaltSALTsaltSALTsaltSALTsalt") << 4096
                               << QByteArray("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c");
    QTest::newRow("NUL bytes/4096") << QByteArray("pass\0word", 9) << QByteArray("sa\0lt", 5)
                                    << 4096 << QByteArray("89b69d0516f829893c696226650a8687");
    // ... and tests/auth_tests/test_hashers.py: make_password("lètmein", "seasalt",
    // "pbkdf2_sha256") at Django 5.2's 1,000,000 iterations is
    // pbkdf2_sha256$1000000$seasalt$r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps=
    QTest::newRow("Django hasher")
        << QByteArray("l\xc3\xa8tmein") << QByteArray("seasalt") << 1'000'000
        << QByteArray::fromBase64("r1uLUxoxpP2Ued/qxvmje7UH9PUJBkRrvf9gGPL7Cps=").toHex();
}

void Pbkdf2Test::djangoVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(int, iterations);
    QFETCH(QByteArray, expected);
    const int length = int(expected.size() / 2);
    QCOMPARE(Pbkdf2::hmacSha256(password, salt, iterations, length).toHex(), expected);
}

QByteArray Pbkdf2Test::randomBytes(QRandomGenerator &random, int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    return bytes;
}

// An empty string when both agree, otherwise a description of the case.
QString Pbkdf2Test::compareWithOpenssl(const QByteArray &password, const QByteArray &salt,
                                       int iterations, int length)
{
    const QByteArray ours = Pbkdf2::hmacSha256(password, salt, iterations, length);
    const QByteArray reference = Pbkdf2::opensslHmacSha256(password, salt, iterations, length);
    if (reference.size() == length && ours == reference)
        return {};
    return QStringLiteral("mismatch: password %1 bytes, salt %2 bytes, %3 iterations, length %4")
        .arg(password.size())
        .arg(salt.size())
        .arg(iterations)
        .arg(length);
}

void Pbkdf2Test::matchesOpensslAcrossInputLengths()
{
    // Every password and salt length 0..200 covers the HMAC key-hashing and padding edges.
    QRandomGenerator random(7914);
    for (int size = 0; size <= 200; ++size) {
        const int iterations = random.bounded(1, 20);
        VERIFY_SAME_AS_OPENSSL(randomBytes(random, size), randomBytes(random, random.bounded(201)),
                               iterations, 32);
        VERIFY_SAME_AS_OPENSSL(randomBytes(random, random.bounded(201)), randomBytes(random, size),
                               iterations, 32);
    }
}

void Pbkdf2Test::matchesOpensslAcrossOutputLengths()
{
    QRandomGenerator random(8018);
    for (int length = 1; length <= 100; ++length)
        VERIFY_SAME_AS_OPENSSL(randomBytes(random, random.bounded(201)),
                               randomBytes(random, random.bounded(201)), random.bounded(1, 50),
                               length);
}

void Pbkdf2Test::matchesOpensslRandomly()
{
    QRandomGenerator random(2898);
    for (int n = 0; n < 300; ++n)
        VERIFY_SAME_AS_OPENSSL(randomBytes(random, random.bounded(201)),
                               randomBytes(random, random.bounded(201)), random.bounded(1, 200),
                               random.bounded(1, 101));
    // A few longer runs, with passwords longer than a block.
    for (int n = 0; n < 4; ++n)
        VERIFY_SAME_AS_OPENSSL(randomBytes(random, 65 + n * 40), randomBytes(random, 22), 10'000,
                               32);
}

void Pbkdf2Test::rejectsInvalidArguments()
{
    QVERIFY(Pbkdf2::hmacSha256("p", "s", 0).isEmpty());
    QVERIFY(Pbkdf2::hmacSha256("p", "s", -1).isEmpty());
    QVERIFY(Pbkdf2::hmacSha256("p", "s", 1, 0).isEmpty());
    QVERIFY(Pbkdf2::opensslHmacSha256("p", "s", 0).isEmpty());
    QVERIFY(Pbkdf2::opensslHmacSha256("p", "s", 1, -5).isEmpty());
}

QTEST_GUILESS_MAIN(Pbkdf2Test)
#include "tst_pbkdf2.moc"
