#include "MainWindowTest.h"
#include "PostgresServer.h"
#include "SqlValue.h"
#include "gui/Dialogs.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/UsersBrowser.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");
const QString templateDatabase = QStringLiteral("sentry");
// Every connection of the window carries this name, so that the test can find and end them.
const QString applicationName = QStringLiteral("window");
constexpr int batchSize = 12;
} // namespace

// The main window on a real PostgreSQL server whose connections die in the middle of a batch
// (pg_terminate_backend from another connection): it offers to reconnect and go on with exactly
// the users not done, with the same password, and keeps offering until they are done.
class TestMainWindowPostgres : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpHome();
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(templateDatabase),
                 qPrintable(m_server.errorString()));
    }

    void cleanup()
    {
        m_window.reset();
        QVERIFY(BackgroundJob::waitForAll(60000));
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void goesOnAfterTheBackendsAreTerminated()
    {
        const QString name = freshDatabase();
        QSqlDatabase check = m_server.connect(name, QStringLiteral("check"));
        QVERIFY2(check.isOpen(), qPrintable(m_server.errorString()));
        openWindow(name);

        Dialogs::setNextAnswers({true}); // "Reconnect and go on"
        startBatch();
        interruptBatch(check, name, false);
        if (QTest::currentTestFailed())
            return;
        // The resumed batch runs without anyone touching the window.
        QTRY_COMPARE_WITH_TIMEOUT(countRows(check, QStringLiteral("auth_user")), batchSize, 120000);
        waitForBatch();

        // At least two were done before, the user in flight and those after it were not.
        QVERIFY2(notDoneInLog() >= 1 && notDoneInLog() <= batchSize - 2,
                 qPrintable(logMessages().join(QLatin1Char('\n'))));
        verifyEveryUserCreatedOnce(check);
        QVERIFY(!action("actionResumeBatch")->isEnabled());
        // The users browser lost its connection too; it reconnects and shows every user.
        auto *browser = m_window->findChild<UsersBrowser *>();
        QVERIFY(browser);
        QTRY_COMPARE_WITH_TIMEOUT(browser->totalUsers(), qint64(batchSize), 20000);
    }

    void notNowKeepsOfferingUntilReconnectingWorks()
    {
        const QString name = freshDatabase();
        QSqlDatabase check = m_server.connect(name, QStringLiteral("check"));
        QVERIFY2(check.isOpen(), qPrintable(m_server.errorString()));
        openWindow(name);

        Dialogs::setNextAnswers({false}); // "Not now"
        startBatch();
        // The database also refuses new connections until the test allows them again.
        interruptBatch(check, name, true);
        if (QTest::currentTestFailed())
            return;
        waitForBatch();
        // Done: whole users only, the one in flight rolled back with its membership.
        const int done = countRows(check, QStringLiteral("auth_user"));
        QCOMPARE(countRows(check, QStringLiteral("sentry_organizationmember")), done);
        QCOMPARE(countRows(check, QStringLiteral("sentry_organizationmember_teams")), done);
        QCOMPARE(notDoneInLog(), batchSize - done);
        QAction *resume = action("actionResumeBatch");
        QVERIFY(resume->isEnabled());
        QVERIFY2(resume->text().contains(QString::number(batchSize - done)),
                 qPrintable(resume->text()));

        // Reconnecting fails: the log says so and the action stays for later.
        const int logged = log()->rowCount();
        resume->trigger();
        // The reconnection is tried on a worker.
        QTRY_COMPARE(log()->rowCount(), logged + 1);
        QTRY_VERIFY(!child<QWidget>("batchPanel")->isVisible());
        QVERIFY2(log()->outcomeAt(logged).message.startsWith(QStringLiteral("Cannot reconnect: ")),
                 qPrintable(log()->outcomeAt(logged).message));
        QVERIFY(resume->isEnabled());

        QVERIFY2(
            m_server.psql(
                QStringLiteral("postgres"),
                QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS true").arg(name).toUtf8()),
            qPrintable(m_server.errorString()));
        resume->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(countRows(check, QStringLiteral("auth_user")), batchSize, 120000);
        waitForBatch();
        verifyEveryUserCreatedOnce(check);
        QVERIFY(!resume->isEnabled());
    }

private:
    QString freshDatabase()
    {
        const QString name = QStringLiteral("window%1").arg(++m_databases);
        if (!m_server.createDatabase(name, templateDatabase))
            qWarning("%s", qPrintable(m_server.errorString()));
        return name;
    }

    void openWindow(const QString &name)
    {
        openWindowOn(m_server.url(name) + QStringLiteral("?application_name=") + applicationName);
    }

    static QStringList emails()
    {
        QStringList emails;
        for (int i = 0; i < batchSize; ++i)
            emails << QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
        return emails;
    }

    // A batch with a password: PBKDF2 at Sentry's 1,000,000 iterations makes it last a while.
    void startBatch()
    {
        child<QPlainTextEdit>("emailsEdit")->setPlainText(emails().join(QLatin1Char('\n')));
        QTest::keyClicks(child<QLineEdit>("passwordEdit"), strongPassword);
        QTest::keyClicks(child<QLineEdit>("confirmPasswordEdit"), strongPassword);
        QAction *create = action("actionCreateUsers");
        QVERIFY(create->isEnabled());
        create->trigger();
    }

    // Once some users are in, holds the next one in flight (between its membership and its
    // team) and terminates every connection of the window there.
    void interruptBatch(QSqlDatabase check, const QString &name, bool refuseConnections)
    {
        QTRY_VERIFY_WITH_TIMEOUT(countRows(check, QStringLiteral("auth_user")) >= 2, 60000);
        QSqlDatabase locker = m_server.connect(name, QStringLiteral("locker"));
        QVERIFY(locker.transaction());
        QSqlQuery lock(locker);
        QVERIFY(
            lock.exec(QStringLiteral("LOCK TABLE sentry_organizationmember_teams IN SHARE MODE")));
        QTRY_COMPARE_WITH_TIMEOUT(
            value(check,
                  QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                 "application_name = ? AND wait_event_type = 'Lock'"),
                  {applicationName})
                .toInt(),
            1, 60000);
        if (refuseConnections)
            QVERIFY2(m_server.psql(QStringLiteral("postgres"),
                                   QStringLiteral("ALTER DATABASE \"%1\" ALLOW_CONNECTIONS false")
                                       .arg(name)
                                       .toUtf8()),
                     qPrintable(m_server.errorString()));
        QVERIFY(value(check,
                      QStringLiteral("SELECT bool_and(pg_terminate_backend(pid)) FROM "
                                     "pg_stat_activity WHERE application_name = ?"),
                      {applicationName})
                    .toBool());
        QVERIFY(locker.commit());
    }

    // The users the log reports as not done, for the error that stopped the batch.
    int notDoneInLog() const { return int(logMessages().filter(QStringLiteral(": not ")).size()); }

    void verifyEveryUserCreatedOnce(QSqlDatabase check)
    {
        const QStringList expected = emails();
        QCOMPARE(value(check, QStringLiteral("SELECT string_agg(email, ',' ORDER BY email) "
                                             "FROM auth_user"))
                     .toString(),
                 expected.join(QLatin1Char(',')));
        QCOMPARE(countRows(check, QStringLiteral("sentry_organizationmember")), batchSize);
        QCOMPARE(value(check, QStringLiteral("SELECT count(DISTINCT user_id) FROM "
                                             "sentry_organizationmember"))
                     .toInt(),
                 batchSize);
        QCOMPARE(countRows(check, QStringLiteral("sentry_organizationmember_teams")), batchSize);
        // The resumed batch hashed the same password, which never reached the log.
        QCOMPARE(value(check, QStringLiteral("SELECT count(*) FROM auth_user WHERE password "
                                             "LIKE 'pbkdf2_sha256$1000000$%'"))
                     .toInt(),
                 batchSize);
        for (const QString &email : expected) {
            int created = 0;
            for (int row = 0; row < log()->rowCount(); ++row)
                created += log()->outcomeAt(row).kind == Outcome::Kind::Created &&
                           log()->outcomeAt(row).email == email;
            QVERIFY2(created == 1, qPrintable(email));
        }
        QVERIFY(logMessages().filter(strongPassword).isEmpty());
    }

    static QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
    {
        return sqlValue(db, sql, values);
    }

    static int countRows(QSqlDatabase db, const QString &table)
    {
        return value(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }

    PostgresServer m_server;
    int m_databases = 0;
};

QTEST_MAIN(TestMainWindowPostgres)
#include "tst_mainwindow_postgres.moc"
