#include "GuiTest.h"
#include "UserDetailsTestData.h"
#include "gui/browser/UserDetailsLoader.h"
#include "gui/browser/UserDetailsPane.h"
#include "gui/browser/UsersBrowser.h"
#include "gui/browser/UsersTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace UserDetailsTestData;

// The details pane beside the real browser, driven by keys: it follows the current row, reads
// each user on a worker (the test runs with the thread guard), coalesces a fast run of rows into
// few reads, and reads the user again after a refresh.
class TestUserDetailsPane : public GuiTest
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<QSplitter> m_splitter;
    UsersBrowser *m_browser = nullptr;
    UserDetailsPane *m_pane = nullptr;
    QTranslator m_english;

    QTableView *view() const { return m_browser->findChild<QTableView *>("usersView"); }
    QString text(const char *name) const { return m_pane->findChild<QLabel *>(name)->text(); }
    bool shown(const char *name) const
    {
        return m_pane->findChild<QWidget *>(name)->isVisibleTo(m_pane);
    }

private slots:
    // The English plural forms the window installs for English ("team backend", "teams ...").
    void initTestCase()
    {
        QVERIFY(m_english.load(QStringLiteral("useradmin_en"), QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        {
            const ThreadGuard::TestFixtureScope fixture;
            m_db = std::make_unique<TestDatabase>();
            addUsers(*m_db);
        }
        m_splitter = std::make_unique<QSplitter>();
        m_browser = new UsersBrowser(m_splitter.get());
        m_pane = new UserDetailsPane(m_splitter.get());
        m_pane->follow(m_browser);
        m_splitter->resize(1200, 600);
        m_splitter->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_splitter.get()));
        m_browser->setDatabaseLocation(m_db->location(), InstanceSettings());
        m_pane->setDatabaseLocation(m_db->location(), InstanceSettings());
        QTRY_COMPARE(m_browser->totalUsers(), qint64(2));
        QTRY_VERIFY(qobject_cast<UsersTableModel *>(view()->model())->isLoaded(1));
    }

    void cleanup()
    {
        m_splitter.reset();
        QVERIFY(BackgroundJob::waitForAll(30000));
        m_db.reset();
    }

    void followsTheCurrentRow()
    {
        QCOMPARE(text("detailsStatusLabel"), QStringLiteral("No user selected"));
        QVERIFY(!shown("detailsArea"));

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("ann@example.com"));
        QVERIFY(!shown("detailsStatusLabel"));
        QCOMPARE(text("idValue"), QString::number(DetailedUserId));
        QCOMPARE(text("nameValue"), QStringLiteral("Ann Admin"));
        QCOMPARE(text("superuserValue"), QStringLiteral("yes"));
        QCOMPARE(text("activeValue"), QStringLiteral("yes"));
        const QLocale locale;
        QCOMPARE(text("passwordStateValue"),
                 QStringLiteral("usable, pbkdf2_sha256 with %1 iterations")
                     .arg(locale.toString(DetailedUserIterations)));
        // Fewer than the instance setting's 1,000,000.
        QVERIFY(shown("iterationsWarning"));
        QVERIFY(text("iterationsWarning").contains(locale.toString(1'000'000)));
        QCOMPARE(text("superAdminValue"), QStringLiteral("yes"));
        QCOMPARE(text("organizationsValue"),
                 QStringLiteral("acme (Acme Corp): owner; teams backend, frontend\n"
                                "beta (Beta): member; no team"));
        QCOMPARE(text("addressesValue"), QStringLiteral("ann.old@example.com (not verified)\n"
                                                        "ann@example.com (verified)"));
        QCOMPARE(text("twoFactorValue"), QStringLiteral("totp, recovery"));

        QTest::keyClick(view(), Qt::Key_Down);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("bob@example.com"));
        QCOMPARE(text("activeValue"), QStringLiteral("no"));
        QCOMPARE(text("lastLoginValue"), QStringLiteral("never"));
        QCOMPARE(text("passwordStateValue"),
                 QStringLiteral("unusable: nobody can sign in with a password"));
        QVERIFY(!shown("iterationsWarning"));
        QCOMPARE(text("superAdminValue"), QStringLiteral("no"));
        for (const char *value : {"organizationsValue", "addressesValue", "twoFactorValue"})
            QCOMPARE(text(value), QStringLiteral("none"));

        // A search that finds nobody leaves no current row.
        QTest::keyClicks(m_browser->findChild<QLineEdit *>("searchEdit"), QStringLiteral("zz"));
        QTRY_COMPARE(text("detailsStatusLabel"), QStringLiteral("No user selected"));
        QVERIFY(!shown("detailsArea"));
    }

    // Holding an arrow key reads the row it stops on, not every row passed.
    void aFastRunOfRowsIsReadOnce()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("ann@example.com"));
        auto *loader = m_pane->findChild<UserDetailsLoader *>();
        QSignalSpy loaded(loader, &UserDetailsLoader::loaded);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(view(), i % 2 ? Qt::Key_Up : Qt::Key_Down);
        QTest::keyClick(view(), Qt::Key_Down);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("bob@example.com"));
        QTRY_VERIFY(!loader->isLoading());
        // The read under way when the run began, and the last row's.
        QVERIFY2(loaded.count() <= 2, qPrintable(QString::number(loaded.count())));
        QCOMPARE(loaded.last().at(0).toLongLong(), PlainUserId);
    }

    // A write made elsewhere shows after the browser's refresh; stored control characters are
    // escaped.
    void readsTheUserAgainAfterARefresh()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("nameValue"), QStringLiteral("Ann Admin"));
        {
            const ThreadGuard::TestFixtureScope fixture;
            m_db->exec(QStringLiteral("UPDATE auth_user SET first_name = ? WHERE id = ?"),
                       {QStringLiteral("Ann\x1b[2J"), DetailedUserId});
            m_db->exec(QStringLiteral("DELETE FROM auth_authenticator WHERE user_id = ?"),
                       {DetailedUserId});
        }
        m_browser->refresh();
        QTRY_COMPARE(text("nameValue"), QStringLiteral("Ann\\x1b[2J"));
        QCOMPARE(text("twoFactorValue"), QStringLiteral("none"));
    }

    // Changed elsewhere and read by the pane (here as the row is chosen again): the row, older,
    // is read again too, so that the table and the pane agree.
    void aRowOlderThanThePaneIsReadAgain()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("nameValue"), QStringLiteral("Ann Admin"));
        {
            const ThreadGuard::TestFixtureScope fixture;
            m_db->exec(QStringLiteral("UPDATE auth_user SET first_name = ? WHERE id = ?"),
                       {QStringLiteral("Ann Renamed"), DetailedUserId});
        }
        const QModelIndex name = view()->model()->index(0, UsersTableModel::NameColumn);
        QCOMPARE(name.data().toString(), QStringLiteral("Ann Admin"));
        QTest::keyClick(view(), Qt::Key_Down);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("bob@example.com"));
        QTest::keyClick(view(), Qt::Key_Up);
        QTRY_COMPARE(text("nameValue"), QStringLiteral("Ann Renamed"));
        QTRY_COMPARE(view()->model()->index(0, UsersTableModel::NameColumn).data().toString(),
                     QStringLiteral("Ann Renamed"));
        QCOMPARE(text("emailValue"), QStringLiteral("ann@example.com"));
    }

    // Hidden, it reads nothing; shown again, it reads the current user.
    void readsNothingWhileHidden()
    {
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QTRY_COMPARE(text("emailValue"), QStringLiteral("ann@example.com"));
        m_pane->hide();
        QSignalSpy loaded(m_pane->findChild<UserDetailsLoader *>(), &UserDetailsLoader::loaded);
        QTest::keyClick(view(), Qt::Key_Down);
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 0);
        m_pane->show();
        QTRY_COMPARE(text("emailValue"), QStringLiteral("bob@example.com"));
    }
};

QTEST_MAIN(TestUserDetailsPane)
#include "tst_userdetailspane.moc"
