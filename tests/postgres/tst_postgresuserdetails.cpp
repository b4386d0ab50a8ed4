#include "PostgresServer.h"
#include "TestDatabase.h"
#include "UserDetailsTestData.h"
#include "storage/UserDetailsReader.h"

#include <QTest>

using namespace UserDetailsTestData;

// The details pane's reader on a real PostgreSQL server, in Sentry's layouts: timestamptz dates,
// boolean columns, a read-only repeatable-read transaction, and auth_authenticator only where
// the layout has it.
class TestPostgresUserDetails : public QObject
{
    Q_OBJECT

    PostgresServer m_server;

private slots:
    void initTestCase()
    {
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(
            m_server.createSentryDatabase(QStringLiteral("hybrid"), PostgresServer::Schema::Hybrid),
            qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(QStringLiteral("current")),
                 qPrintable(m_server.errorString()));
    }

    void readsEveryPartOfAUser()
    {
        TestDatabase db(m_server, QStringLiteral("hybrid"));
        addUsers(db);
        checkDetailedUser(UserDetailsReader(db.database()).read(DetailedUserId), true);
        checkAuthenticatorCounts(db.database(), true);
        if (QTest::currentTestFailed())
            return;

        const std::optional<UserDetails> bob = UserDetailsReader(db.database()).read(PlainUserId);
        QVERIFY(bob);
        QVERIFY(!bob->active && !bob->lastLogin.isValid() && !bob->password.usable);
        QVERIFY(!UserDetailsReader(db.database()).read(9999));
        // The read's transaction is over: the connection writes again.
        db.exec(QStringLiteral("UPDATE auth_user SET first_name = 'Ann' WHERE id = ?"),
                {DetailedUserId});
    }

    // Before hybrid cloud: no auth_authenticator table, so no two-factor methods to list.
    void withoutTheAuthenticatorTable()
    {
        TestDatabase db(m_server, QStringLiteral("current"));
        addUsers(db);
        checkDetailedUser(UserDetailsReader(db.database()).read(DetailedUserId), false);
        checkAuthenticatorCounts(db.database(), false);
    }
};

QTEST_GUILESS_MAIN(TestPostgresUserDetails)
#include "tst_postgresuserdetails.moc"
