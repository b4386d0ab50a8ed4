#include "crypto/CryptoSession.h"
#include "crypto/Secret.h"

#include <QTest>

class SecretTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultIsEmpty();
    void emptyInputsAreEmpty();
    void utf8RoundTrip_data();
    void utf8RoundTrip();
    void equality();
    void copiesShareContents();

private:
    CryptoSession m_crypto;
};

void SecretTest::defaultIsEmpty()
{
    const Secret secret;
    QVERIFY(secret.isEmpty());
    QCOMPARE(secret.utf8().size(), 0);
    QVERIFY(secret == Secret());
}

void SecretTest::emptyInputsAreEmpty()
{
    QVERIFY(Secret::fromText(QString()).isEmpty());
    QVERIFY(Secret::fromText(QStringLiteral("")).isEmpty());
    QVERIFY(Secret::fromUtf8(QByteArrayView()).isEmpty());
    QVERIFY(Secret::fromText(QString()) == Secret());
    QVERIFY(!Secret::fromText(QStringLiteral(" ")).isEmpty());
}

void SecretTest::utf8RoundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple");
    QTest::newRow("latin1") << QStringLiteral("Pässwörd");
    QTest::newRow("greek and emoji") << QStringLiteral("Pässwörd-Ωμέγα-🙂");
    QTest::newRow("cjk") << QStringLiteral("密码パスワード");
    QTest::newRow("long") << QString(300, u'ß');
}

void SecretTest::utf8RoundTrip()
{
    QFETCH(QString, text);
    const Secret secret = Secret::fromText(text);
    QVERIFY(!secret.isEmpty());
    QCOMPARE(secret.utf8(), QByteArrayView(text.toUtf8()));
    QCOMPARE(QString::fromUtf8(secret.utf8()), text);
    QVERIFY(secret == Secret::fromUtf8(text.toUtf8()));
}

void SecretTest::equality()
{
    const Secret a = Secret::fromText(QStringLiteral("secret-one"));
    QVERIFY(a == Secret::fromText(QStringLiteral("secret-one")));
    QVERIFY(!(a == Secret::fromText(QStringLiteral("secret-onE"))));
    QVERIFY(!(a == Secret::fromText(QStringLiteral("secret-one "))));
    QVERIFY(!(a == Secret::fromText(QStringLiteral("secret-on"))));
    QVERIFY(!(a == Secret()));
    QVERIFY(!(Secret() == a));
}

void SecretTest::copiesShareContents()
{
    const Secret original = Secret::fromText(QStringLiteral("shared"));
    const Secret copy = original; // NOLINT(performance-unnecessary-copy-initialization)
    QVERIFY(copy == original);
    QCOMPARE(copy.utf8().data(), original.utf8().data());
}

QTEST_GUILESS_MAIN(SecretTest)
#include "tst_secret.moc"
