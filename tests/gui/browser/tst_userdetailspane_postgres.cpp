#include "GuiTest.h"
#include "PostgresServer.h"
#include "UserDetailsTestData.h"
#include "gui/browser/UserDetailsPane.h"
#include "gui/browser/UsersBrowser.h"
#include "gui/browser/UsersTableModel.h"

#include <QLabel>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace UserDetailsTestData;

// A slow read, made slow for sure: another connection locks sentry_useremail, which only the
// details pane reads. The pane keeps the user it shows (no blank in between), says "Loading…"
// over it, greyed, once the read takes a while, and shows the next user when the lock goes.
class TestUserDetailsPanePostgres : public GuiTest
{
    Q_OBJECT

    PostgresServer m_server;

private slots:
    void initTestCase()
    {
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(QStringLiteral("sentry")),
                 qPrintable(m_server.errorString()));
    }

    void aSlowReadKeepsTheOldUserUntilTheNewOneArrives()
    {
        std::unique_ptr<TestDatabase> db;
        {
            const ThreadGuard::TestFixtureScope fixture;
            db = std::make_unique<TestDatabase>(m_server, QStringLiteral("sentry"));
            addUsers(*db);
        }
        QSplitter splitter;
        auto *browser = new UsersBrowser(&splitter);
        auto *pane = new UserDetailsPane(&splitter);
        pane->follow(browser);
        splitter.resize(1200, 600);
        splitter.show();
        QVERIFY(QTest::qWaitForWindowExposed(&splitter));
        browser->setDatabaseLocation(db->location(), InstanceSettings());
        pane->setDatabaseLocation(db->location(), InstanceSettings());
        auto *view = browser->findChild<QTableView *>(QStringLiteral("usersView"));
        QTRY_VERIFY(qobject_cast<UsersTableModel *>(view->model())->isLoaded(1));
        const auto text = [pane](const char *name) {
            return pane->findChild<QLabel *>(QLatin1String(name))->text();
        };
        auto *status = pane->findChild<QLabel *>(QStringLiteral("detailsStatusLabel"));
        auto *details = pane->findChild<QWidget *>(QStringLiteral("detailsArea"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("ann@example.com"));

        // The fixture's own connection holds the lock.
        QSqlDatabase locker = testConnection(db->database());
        QVERIFY(locker.transaction());
        QVERIFY(QSqlQuery(locker).exec(
            QStringLiteral("LOCK TABLE sentry_useremail IN ACCESS EXCLUSIVE MODE")));
        QTest::keyClick(view, Qt::Key_Down);
        // At once: still ann, as she was.
        QCOMPARE(text("emailValue"), QStringLiteral("ann@example.com"));
        QVERIFY(status->isHidden());
        QTRY_COMPARE(status->text(), QStringLiteral("Loading…"));
        QVERIFY(status->isVisible());
        QVERIFY(details->isVisible() && !details->isEnabled());
        QCOMPARE(text("emailValue"), QStringLiteral("ann@example.com"));

        QVERIFY(locker.commit());
        QTRY_COMPARE(text("emailValue"), QStringLiteral("bob@example.com"));
        QVERIFY(status->isHidden());
        QVERIFY(details->isEnabled());
    }
};

QTEST_MAIN(TestUserDetailsPanePostgres)
#include "tst_userdetailspane_postgres.moc"
