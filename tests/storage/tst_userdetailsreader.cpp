#include "TestDatabase.h"
#include "UserDetailsTestData.h"
#include "storage/UserDetailsReader.h"

#include <QTest>

using namespace UserDetailsTestData;

// What the details pane reads of one user, in the embedded SQLite database: every part from one
// snapshot, nothing of the hash but its hasher and iterations, and the tables some databases
// lack reported as missing rather than empty.
class TestUserDetailsReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        addUsers(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void readsEveryPartOfAUser()
    {
        checkDetailedUser(UserDetailsReader(m_db->database()).read(DetailedUserId), true);
        checkAuthenticatorCounts(m_db->database(), true);
    }

    void aUserWithNothingElse()
    {
        const std::optional<UserDetails> bob =
            UserDetailsReader(m_db->database()).read(PlainUserId);
        QVERIFY(bob);
        QVERIFY(!bob->active && !bob->superuser && !bob->superAdminRole);
        QVERIFY(!bob->lastLogin.isValid());
        QCOMPARE(bob->password, PasswordState{});
        QVERIFY(bob->memberships.isEmpty());
        QVERIFY(bob->emails && bob->emails->isEmpty());
        QVERIFY(bob->authenticatorTypes && bob->authenticatorTypes->isEmpty());
    }

    void aMissingUserIsNone() { QVERIFY(!UserDetailsReader(m_db->database()).read(9999)); }

    void passwordStates_data()
    {
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<bool>("usable");
        QTest::addColumn<QString>("hasher");
        QTest::addColumn<int>("iterations"); // 0: none
        QTest::newRow("pbkdf2") << "pbkdf2_sha256$1000000$salt$hash=" << true << "pbkdf2_sha256"
                                << 1'000'000;
        QTest::newRow("pbkdf2 sha1")
            << "pbkdf2_sha1$20000$salt$hash=" << true << "pbkdf2_sha1" << 20'000;
        QTest::newRow("argon2") << "argon2$argon2id$v=19$m=102400,t=2,p=8$salt$hash" << true
                                << "argon2" << 0;
        QTest::newRow("unusable") << "!kL9wQ2zXv" << false << "" << 0;
        QTest::newRow("empty") << "" << false << "" << 0;
        // Nothing of a hash of no known form is shown, not even a piece of it.
        QTest::newRow("no hasher") << "0123456789abcdef" << true << "" << 0;
        QTest::newRow("odd hasher") << "Pbkdf2 Sha256$1$s$h" << true << "" << 0;
        QTest::newRow("bad iterations")
            << "pbkdf2_sha256$many$salt$hash" << true << "pbkdf2_sha256" << 0;
    }

    void passwordStates()
    {
        QFETCH(QString, encoded);
        QFETCH(bool, usable);
        QFETCH(QString, hasher);
        QFETCH(int, iterations);
        const PasswordState state = UserDetailsReader::passwordState(encoded);
        QCOMPARE(state.usable, usable);
        QCOMPARE(state.hasher, hasher);
        QCOMPARE(state.iterations.value_or(0), iterations);
    }

    // A Sentry database from before two-factor (or before 23.x's useremail rows): missing, not
    // empty.
    void missingTablesAreNone()
    {
        m_db->exec(QStringLiteral("DROP TABLE auth_authenticator"));
        m_db->exec(QStringLiteral("DROP TABLE sentry_useremail"));
        const std::unique_ptr<Database> reopened = m_db->database().reopen();
        const std::optional<UserDetails> ann = UserDetailsReader(*reopened).read(DetailedUserId);
        QVERIFY(ann);
        QVERIFY(!ann->authenticatorTypes);
        QVERIFY(!ann->emails);
        QCOMPARE(ann->memberships.size(), 2);
        checkAuthenticatorCounts(*reopened, false);
    }
};

QTEST_GUILESS_MAIN(TestUserDetailsReader)
#include "tst_userdetailsreader.moc"
