#include "GuiTest.h"
#include "PostgresServer.h"
#include "SqlValue.h"
#include "crypto/CryptoSession.h"
#include "gui/Dialogs.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/UsersBrowser.h"
#include "gui/browser/UsersTableModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

namespace {
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");
// Every connection of the browser carries this name, so that the test can find and end them.
const QString applicationName = QStringLiteral("browser");
constexpr int users = 12;
} // namespace

// A bulk update whose connections die in the middle (pg_terminate_backend from another
// connection): the browser offers to reconnect and go on with exactly the users not done, with
// the same password.
class TestUsersBrowserPostgres : public GuiTest
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(QStringLiteral("sentry")),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createDatabase(m_name, QStringLiteral("sentry")),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.psql(m_name, QStringLiteral(
                                           "INSERT INTO auth_user (password, username, first_name, "
                                           "email, is_staff, is_active, is_superuser, is_managed, "
                                           "is_password_expired, is_unclaimed, is_suspended, "
                                           "flags, date_joined, avatar_type) SELECT '', e, 'user', "
                                           "e, false, true, false, false, false, false, false, 0, "
                                           "now(), 0 FROM (SELECT 'user' || lpad(i::text, 2, '0') "
                                           "|| '@example.com' AS e FROM generate_series(0, %1) "
                                           "i) s")
                                           .arg(users - 1)
                                           .toUtf8()),
                 qPrintable(m_server.errorString()));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }

    void goesOnAfterTheBackendsAreTerminated()
    {
        QSqlDatabase check = m_server.connect(m_name, QStringLiteral("check"));
        QVERIFY2(check.isOpen(), qPrintable(m_server.errorString()));
        UsersBrowser browser;
        browser.resize(900, 600);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.setDatabaseLocation(m_server.url(m_name) + QStringLiteral("?application_name=") +
                                        applicationName,
                                    InstanceSettings());
        QTRY_COMPARE(browser.totalUsers(), qint64(users));
        auto *view = browser.findChild<QTableView *>(QStringLiteral("usersView"));
        QTRY_VERIFY(qobject_cast<UsersTableModel *>(view->model())->isLoaded(users - 1));
        view->selectAll();

        QSignalSpy outcomes(&browser, &UsersBrowser::outcomesReported);
        browser.startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        // Opens once the selection and the organizations are read in the background.
        QTRY_VERIFY(
            (dialog = browser.findChild<BulkUpdateDialog *>(QStringLiteral("bulkUpdateDialog"))));
        dialog->findChild<QGroupBox *>(QStringLiteral("passwordGroup"))->setChecked(true);
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->setText(strongPassword);
        dialog->findChild<QLineEdit *>(QStringLiteral("confirmPasswordEdit"))
            ->setText(strongPassword);
        // "Change 12 users?", then "Reconnect and go on?", asked once the update stops.
        Dialogs::setNextAnswers({true, true});
        dialog->accept();
        // What changes was read from PostgreSQL before the question.
        QTRY_COMPARE(Dialogs::questionsAsked().size(), 1);
        QVERIFY2(Dialogs::questionsAsked().first().text.contains(
                     QCoreApplication::translate("BulkUpdateDialog",
                                                 "Password: reset for %n user(s)", nullptr, users)),
                 qPrintable(Dialogs::questionsAsked().first().text));

        // PBKDF2 at Sentry's 1,000,000 iterations makes the update last a while: once some users
        // are done, the next write waits for a lock, and every connection is terminated there.
        const QString hashed = QStringLiteral(
            "SELECT count(*) FROM auth_user WHERE password LIKE 'pbkdf2_sha256$1000000$%'");
        QTRY_VERIFY_WITH_TIMEOUT(sqlValue(check, hashed).toInt() >= 1, 60000);
        QSqlDatabase locker = m_server.connect(m_name, QStringLiteral("locker"));
        QVERIFY(locker.transaction());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE auth_user IN SHARE MODE")));
        QTRY_COMPARE_WITH_TIMEOUT(
            sqlValue(check,
                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                    "application_name = ? AND wait_event_type = 'Lock'"),
                     {applicationName})
                .toInt(),
            1, 60000);
        const int doneBefore = sqlValue(check, hashed).toInt();
        QVERIFY(doneBefore < users);
        QVERIFY(sqlValue(check,
                         QStringLiteral("SELECT bool_and(pg_terminate_backend(pid)) FROM "
                                        "pg_stat_activity WHERE application_name = ?"),
                         {applicationName})
                    .toBool());
        QVERIFY(locker.commit());

        // The resumed update runs without anyone touching the browser.
        QTRY_COMPARE_WITH_TIMEOUT(sqlValue(check, hashed).toInt(), users, 120000);
        auto *progress = browser.findChild<QWidget *>(QStringLiteral("bulkProgressBar"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 60000);

        QStringList messages;
        for (const QList<QVariant> &arguments : std::as_const(outcomes))
            for (const Outcome &outcome : arguments.first().value<QList<Outcome>>())
                messages << outcome.message;
        // Some were not done the first time, and each user was updated exactly once.
        QVERIFY2(!messages.filter(QStringLiteral(": not ")).isEmpty(),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        for (int i = 0; i < users; ++i) {
            const QString email =
                QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
            QVERIFY2(messages.count(
                         QStringLiteral("User updated: %1 (password reset)").arg(email)) == 1,
                     qPrintable(messages.join(QLatin1Char('\n'))));
        }
        QVERIFY(messages.filter(strongPassword).isEmpty());
    }

private:
    CryptoSession m_crypto;
    PostgresServer m_server;
    const QString m_name = QStringLiteral("browser1");
};

QTEST_MAIN(TestUsersBrowserPostgres)
#include "tst_usersbrowser_postgres.moc"
