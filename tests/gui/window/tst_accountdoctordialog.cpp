#include "MainWindowTest.h"
#include "TestDatabase.h"
#include "gui/AccountDoctorController.h"
#include "gui/AccountDoctorDialog.h"
#include "gui/AccountFindingsModel.h"
#include "gui/Dialogs.h"
#include "gui/Language.h"
#include "gui/LogModel.h"
#include "gui/LogPane.h"
#include "gui/MainWindow.h"
#include "gui/browser/BackgroundJob.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
const QString lostEmail = QStringLiteral("lost@example.com");
} // namespace

// Users > Check accounts on the real main window, driven with key presses and clicks, on a fresh
// embedded database (the newest Sentry layout) per test.
class TestAccountDoctorDialog : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpHome(); }

    void init()
    {
        openWindowOnNewDatabase();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        closeWindowAndDatabase();
        Language::choose(QStringLiteral("en"));
    }

    void statusBarNamesTheLayout()
    {
        auto *layout = m_window->findChild<QLabel *>(QStringLiteral("layoutLabel"));
        QVERIFY(layout);
        QVERIFY(layout->isVisible());
        QCOMPARE(layout->text(), QStringLiteral("Schema: Sentry 23.x or later (hybrid cloud)"));

        Language::choose(QStringLiteral("fr"));
        QTRY_COMPARE(layout->text(),
                     QStringLiteral("Schéma\u00a0: Sentry 23.x ou plus récent (cloud hybride)"));
    }

    void findsAndRepairsAMemberWithoutMapping()
    {
        const qint64 userId = addMemberBySql(lostEmail);

        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        waitUntilIdle(dialog);
        const QStringList findings = rowsOf(dialog, lostEmail);
        QCOMPARE(findings.size(), 3);
        for (const QString &finding : findings)
            QVERIFY2(finding.endsWith(QStringLiteral("\trepairable")), qPrintable(finding));
        QVERIFY(findings.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("member of sentry without a member mapping")));
        QCOMPARE(label(dialog, "summaryLabel")->text(),
                 QStringLiteral("3 repairable findings and 0 notes"));
        QCOMPARE(dialog->describeRepairs(),
                 QStringList({QStringLiteral("• Add 1 member mapping"),
                              QStringLiteral("• Copy the user's email and active flag into 1 "
                                             "membership"),
                              QStringLiteral("• Add 1 unverified sentry_useremail row")}));

        QPushButton *repair = button(dialog, "repairButton");
        QVERIFY(repair->isEnabled());
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(repair, Qt::LeftButton);
        waitUntilIdle(dialog);

        // The fixes stay listed; the check that ran after them found nothing left to repair.
        const QStringList after = rowsOf(dialog, lostEmail);
        QCOMPARE(after.size(), 3);
        for (const QString &row : after)
            QVERIFY2(row.endsWith(QStringLiteral("\trepaired")), qPrintable(row));
        QCOMPARE(label(dialog, "summaryLabel")->text(),
                 QStringLiteral("3 fixes made, 0 repairable findings, and 0 notes"));
        QVERIFY(!repair->isEnabled());
        QVERIFY(!label(dialog, "errorLabel")->isVisible());

        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmembermapping"),
                                   QStringLiteral("user_id = ? AND organization_id = 1"), {userId}),
                 1);
        QCOMPARE(m_database->count(QStringLiteral("sentry_useremail"),
                                   QStringLiteral("user_id = ? AND email = ?"),
                                   {userId, lostEmail}),
                 1);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember"),
                                   QStringLiteral("user_id = ? AND user_email = ?"),
                                   {userId, lostEmail}),
                 1);

        // One log entry for the account, naming every fix.
        const QList<Outcome> logged = logOf(lostEmail);
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged[0].kind, Outcome::Kind::Updated);
        QVERIFY2(logged[0].message.startsWith(
                     QStringLiteral("Repaired lost@example.com: added the member mapping of "
                                    "sentry; ")),
                 qPrintable(logged[0].message));

        // Close goes through the button box; the dialog deletes itself.
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_window->findChild<AccountDoctorDialog *>());
    }

    void refusedConfirmationWritesNothing()
    {
        addMemberBySql(lostEmail);
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        waitUntilIdle(dialog);
        Dialogs::setNextAnswers({false});
        QTest::mouseClick(button(dialog, "repairButton"), Qt::LeftButton);
        QVERIFY(!dialog->isRunning());
        QCOMPARE(rowsOf(dialog, lostEmail).size(), 3);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmembermapping"),
                                   QStringLiteral("organizationmember_id = (SELECT MAX(id) FROM "
                                                  "sentry_organizationmember)")),
                 0);
    }

    void anErrorIsShownAndEarlierChecksStayRepaired()
    {
        const qint64 userId = addMemberBySql(lostEmail);
        // The useremail repair comes after the mapping's, which is then committed already.
        m_database->exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON sentry_useremail "
                                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"));
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        waitUntilIdle(dialog);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(button(dialog, "repairButton"), Qt::LeftButton);
        waitUntilIdle(dialog);

        QLabel *error = label(dialog, "errorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("refused by the test")),
                 qPrintable(error->text()));
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmembermapping"),
                                   QStringLiteral("user_id = ?"), {userId}),
                 1);
        QCOMPARE(m_database->count(QStringLiteral("sentry_useremail"),
                                   QStringLiteral("user_id = ?"), {userId}),
                 0);
        QCOMPARE(logOf(lostEmail).size(), 1);
        const QList<Outcome> errors = logOf({});
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].isError());
        // Checking again shows what is left.
        QPushButton *again = button(dialog, "checkAgainButton");
        QVERIFY(again->isEnabled());
        QTest::mouseClick(again, Qt::LeftButton);
        waitUntilIdle(dialog);
        QVERIFY(!error->isVisible());
        QCOMPARE(rowsOf(dialog, lostEmail).size(), 1);
    }

    void manyFindingsArriveInBatches()
    {
        addMembersBySql(3000);
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        const QAbstractItemModel *model =
            dialog->findChild<QTableView *>(QStringLiteral("findingsView"))->model();
        QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
        waitUntilIdle(dialog);
        QCOMPARE(model->rowCount(), 9000);
        // A batch at most every BatchSize findings, and one more at the end of each check.
        QVERIFY2(inserted.count() <= 9000 / AccountDoctorController::BatchSize + 3,
                 qPrintable(QString::number(inserted.count())));
        QCOMPARE(label(dialog, "summaryLabel")->text(),
                 QStringLiteral("9,000 repairable findings and 0 notes"));
        QCOMPARE(dialog->describeRepairs().first(), QStringLiteral("• Add 3,000 member mappings"));
    }

    void closingWhileCheckingStopsWithoutWaiting()
    {
        addMembersBySql(3000);
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        QVERIFY(dialog->isRunning());
        // At once, while it runs: Escape closes the dialog whatever the job is doing.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QTRY_VERIFY(!m_window->findChild<AccountDoctorDialog *>());
        // The menu opens a new one at once.
        AccountDoctorDialog *again = openThroughMenu();
        QVERIFY(again);
        waitUntilIdle(again);
    }

    void closingDuringARepairLosesNoLogEntry()
    {
        addMembersBySql(3000);
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        waitUntilIdle(dialog);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(button(dialog, "repairButton"), Qt::LeftButton);
        QTest::keyClick(dialog, Qt::Key_Escape);
        // Opening it again deletes the closed one once its repair has stopped.
        AccountDoctorDialog *again = openThroughMenu();
        QVERIFY(again);
        waitUntilIdle(again);
        const int repaired = m_database->count(
            QStringLiteral("auth_user u"),
            QStringLiteral("EXISTS (SELECT 1 FROM sentry_organizationmembermapping mm WHERE "
                           "mm.user_id = u.id) OR EXISTS (SELECT 1 FROM sentry_useremail ue WHERE "
                           "ue.user_id = u.id) OR EXISTS (SELECT 1 FROM sentry_organizationmember "
                           "m WHERE m.user_id = u.id AND m.user_email IS NOT NULL)"));
        const LogModel *log = m_window->findChild<LogPane *>(QStringLiteral("logPane"))->model();
        QTRY_COMPARE(log->rowCount(), repaired);
    }

    void theModelPassesTheTester()
    {
        addMemberBySql(lostEmail);
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        auto *view = dialog->findChild<QTableView *>(QStringLiteral("findingsView"));
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitUntilIdle(dialog);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(button(dialog, "repairButton"), Qt::LeftButton);
        waitUntilIdle(dialog);
    }

    void mnemonicsAreUniqueInEveryLanguage()
    {
        AccountDoctorDialog *dialog = openThroughMenu();
        QVERIFY(dialog);
        waitUntilIdle(dialog);
        auto *users = m_window->findChild<QMenu *>(QStringLiteral("menuUsers"));
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            Language::choose(language);
            QTRY_COMPARE(button(dialog, "repairButton")->text(),
                         QCoreApplication::translate("AccountDoctorDialog", "&Repair…"));
            QStringList menuTexts;
            for (QAction *action : users->actions())
                menuTexts << action->text();
            verifyUniqueMnemonics(language, menuTexts);
            // The users' context menu: the rows' own actions and the window's.
            QStringList contextTexts;
            for (QAction *action :
                 m_window->findChild<QWidget *>(QStringLiteral("usersView"))->actions())
                contextTexts << action->text();
            verifyUniqueMnemonics(language, contextTexts);
            QStringList buttonTexts;
            for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>())
                buttonTexts << button->text();
            verifyUniqueMnemonics(language, buttonTexts);
        }
    }

private:
    // A user and its membership of organization 1 as a plain SQL writer leaves them: no member
    // mapping, no useremail row, no copy of the email in the membership.
    qint64 addMemberBySql(const QString &email)
    {
        m_database->exec(QStringLiteral("INSERT INTO auth_user (password, username, email, "
                                        "date_joined) VALUES ('', ?, ?, '2024-01-01T00:00:00Z')"),
                         {email, email});
        const qint64 id =
            m_database->value(QStringLiteral("SELECT id FROM auth_user WHERE email = ?"), {email})
                .toLongLong();
        m_database->exec(QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, "
                                        "user_id, role, date_added) VALUES (1, ?, 'member', "
                                        "'2024-01-01T00:00:00Z')"),
                         {id});
        return id;
    }

    // As many as addMemberBySql() makes, in two statements.
    void addMembersBySql(int count)
    {
        m_database->exec(
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                           "i < ?) INSERT INTO auth_user (password, username, email, date_joined) "
                           "SELECT '', 'bulk' || i || '@example.com', 'bulk' || i || "
                           "'@example.com', '2024-01-01T00:00:00Z' FROM n"),
            {count});
        m_database->exec(QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, "
                                        "user_id, role, date_added) SELECT 1, id, 'member', "
                                        "'2024-01-01T00:00:00Z' FROM auth_user WHERE username "
                                        "LIKE 'bulk%'"));
    }

    // Users > Check accounts… with the keyboard: Alt+U, then the item's mnemonic. Null (and the
    // test failed) when no dialog shows.
    AccountDoctorDialog *openThroughMenu()
    {
        AccountDoctorDialog *dialog = nullptr;
        pressMenuKeys(dialog);
        return dialog;
    }

    void pressMenuKeys(AccountDoctorDialog *&opened)
    {
        // The keyboard is back in the window, as after a click in it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *users = m_window->findChild<QMenu *>(QStringLiteral("menuUsers"));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionCheckAccounts"))->isEnabled());
        QTest::keyClick(m_window.get(), Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(users->isVisible());
        QTest::keyClick(users, Qt::Key_H);
        // The new one: a dialog closed before may still be winding its job down.
        const auto shown = [this]() -> AccountDoctorDialog * {
            for (AccountDoctorDialog *dialog : m_window->findChildren<AccountDoctorDialog *>())
                if (dialog->isVisible())
                    return dialog;
            return nullptr;
        };
        QTRY_VERIFY((opened = shown()));
    }

    static void waitUntilIdle(AccountDoctorDialog *dialog)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isRunning(), 60000);
        QVERIFY(button(dialog, "checkAgainButton")->isEnabled());
    }

    // The rows naming this account, as "finding<TAB>kind".
    static QStringList rowsOf(AccountDoctorDialog *dialog, const QString &account)
    {
        const QAbstractItemModel *model =
            dialog->findChild<QTableView *>(QStringLiteral("findingsView"))->model();
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, AccountFindingsModel::AccountColumn).data() != account)
                continue;
            rows << model->index(row, AccountFindingsModel::FindingColumn).data().toString() +
                        QLatin1Char('\t') +
                        model->index(row, AccountFindingsModel::KindColumn).data().toString();
        }
        return rows;
    }

    QList<Outcome> logOf(const QString &email) const
    {
        const LogModel *log = m_window->findChild<LogPane *>(QStringLiteral("logPane"))->model();
        QList<Outcome> outcomes;
        for (int row = 0; row < log->rowCount(); ++row)
            if (log->outcomeAt(row).email == email)
                outcomes << log->outcomeAt(row);
        return outcomes;
    }

    static QPushButton *button(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<QPushButton *>(QLatin1String(name));
        if (!found)
            qFatal("no button named %s", name);
        return found;
    }

    static QLabel *label(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<QLabel *>(QLatin1String(name));
        if (!found)
            qFatal("no label named %s", name);
        return found;
    }

    static void verifyUniqueMnemonics(const QString &language, const QStringList &texts)
    {
        QHash<QKeySequence, QString> seen;
        for (const QString &text : texts) {
            const QKeySequence key = QKeySequence::mnemonic(text);
            if (key.isEmpty())
                continue;
            QVERIFY2(
                !seen.contains(key),
                qPrintable(
                    QStringLiteral("%1: \"%2\" and \"%3\"").arg(language, seen.value(key), text)));
            seen.insert(key, text);
        }
    }
};

QTEST_MAIN(TestAccountDoctorDialog)
#include "tst_accountdoctordialog.moc"
