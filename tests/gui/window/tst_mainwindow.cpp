#include "MainWindowTest.h"
#include "TestDatabase.h"
#include "gui/AppSettings.h"
#include "gui/AuditTrailDialog.h"
#include "gui/Dialogs.h"
#include "gui/Language.h"
#include "gui/ShortcutsDialog.h"
#include "gui/UserGuideDialog.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/UserDetailsPane.h"
#include "gui/browser/UsersBrowser.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace {
const QString strongPassword = QStringLiteral("Corr3ct-Horse-Battery");
} // namespace

// Drives the real main window with key presses and clicks, on a fresh embedded database per test.
class TestMainWindow : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpHome(); }

    void init() { openWindowOnNewDatabase(1000); }

    void cleanup()
    {
        closeWindowAndDatabase();
        Language::choose(QStringLiteral("en"));
    }

    void createOneUser()
    {
        typeEmails(QStringLiteral("ada@example.com"));
        typePasswords(strongPassword, strongPassword);
        QVERIFY(button("createUsersButton")->isEnabled());
        QTest::mouseClick(button("createUsersButton"), Qt::LeftButton);
        // The password left the widgets at once.
        QVERIFY(lineEdit("passwordEdit")->text().isEmpty());
        QVERIFY(lineEdit("confirmPasswordEdit")->text().isEmpty());
        waitForBatch();

        QCOMPARE(logMessages(), QStringList({QStringLiteral("Added to organization: sentry"),
                                             QStringLiteral("User created: ada@example.com")}));
        QCOMPARE(log()->outcomeAt(1).kind, Outcome::Kind::Created);
        QCOMPARE(log()->outcomeAt(1).email, QStringLiteral("ada@example.com"));
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 1);
        // The audit trail has the window's write, as it has the command line's.
        QCOMPARE(m_database->count(QStringLiteral("useradmin_audit"),
                                   QStringLiteral("action = 'createuser' AND emails LIKE ? AND "
                                                  "outcome LIKE 'created 1,%' AND operator <> ''"),
                                   {QStringLiteral("%ada@example.com%")}),
                 1);
        QCOMPARE(m_database->count(
                     QStringLiteral("auth_user"), QStringLiteral("email = ? AND password LIKE ?"),
                     {QStringLiteral("ada@example.com"), QStringLiteral("pbkdf2_sha256$1000$%")}),
                 1);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember")), 1);
    }

    void createSeveralUsers()
    {
        // A pasted list: new lines, commas and spaces all separate addresses.
        plainTextEdit("emailsEdit")
            ->setPlainText(QStringLiteral("a@example.com, b@example.com\nc@example.com "
                                          "d@example.com\n\n"));
        click(checkBox("noPasswordCheck"));
        triggerAction("actionCreateUsers");
        waitForBatch();

        QCOMPARE(countKind(Outcome::Kind::Created), 4);
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 4);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember")), 4);
        QCOMPARE(m_database->count(QStringLiteral("auth_user"), QStringLiteral("password = ''")),
                 4);
    }

    void existingUserWithoutAndWithForceUpdate()
    {
        createWithoutPassword(QStringLiteral("grace@example.com"));
        QCOMPARE(countKind(Outcome::Kind::Created), 1);

        createWithoutPassword(QStringLiteral("grace@example.com"));
        QCOMPARE(countKind(Outcome::Kind::SkippedExisting), 1);
        QCOMPARE(
            log()->outcomeAt(log()->rowCount() - 1).message,
            QStringLiteral("User: grace@example.com exists; tick Force-update to overwrite it."));

        click(checkBox("forceUpdateCheck"));
        click(checkBox("superuserCheck"));
        Dialogs::setNextAnswers({true}); // overwrite existing users
        createWithoutPassword(QStringLiteral("grace@example.com"));
        QCOMPARE(countKind(Outcome::Kind::Updated), 1);
        QCOMPARE(log()->outcomeAt(log()->rowCount() - 1).message,
                 QStringLiteral("User updated: grace@example.com"));
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 1);
        QCOMPARE(m_database->count(QStringLiteral("auth_user"),
                                   QStringLiteral("is_superuser = 1 AND is_staff = 1")),
                 1);
    }

    void staffFollowsSuperuserAndIsCorrectedWithout()
    {
        QCheckBox *superuser = checkBox("superuserCheck");
        QCheckBox *staff = checkBox("staffCheck");
        QVERIFY(!staff->isEnabled());
        click(superuser);
        QVERIFY(staff->isEnabled());
        QVERIFY(staff->isChecked());
        click(superuser);
        QVERIFY(!staff->isEnabled());
        QVERIFY(!staff->isChecked());

        // The operator asks for staff explicitly, then takes superuser away again.
        click(superuser);
        click(staff);
        click(staff);
        QVERIFY(staff->isChecked());
        click(superuser);
        QVERIFY(staff->isChecked());

        createWithoutPassword(QStringLiteral("staff@example.com"));
        QCOMPARE(countKind(Outcome::Kind::StaffCorrected), 1);
        QVERIFY(logMessages().contains(QStringLiteral(
            "Non-superuser asked to be given staff access, correcting to staff=False")));
        QCOMPARE(m_database->count(QStringLiteral("auth_user"),
                                   QStringLiteral("is_staff = 0 AND is_superuser = 0")),
                 1);
    }

    void invalidEmailIsShownAndNothingWritten()
    {
        typeEmails(QStringLiteral("ada@example.com not-an-email"));
        typePasswords(strongPassword, strongPassword);
        QLabel *problem = label("emailsProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(QStringLiteral("not-an-email: ")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("ada@example.com")));
        QVERIFY(!button("createUsersButton")->isEnabled());
        QVERIFY(!action("actionCreateUsers")->isEnabled());

        QTest::keyClick(plainTextEdit("emailsEdit"), Qt::Key_Return, Qt::ControlModifier);
        QTest::mouseClick(button("createUsersButton"), Qt::LeftButton);
        QVERIFY(!batchRunning());
        QCOMPARE(log()->rowCount(), 0);
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 0);

        // Mismatched confirmation is shown beside the password.
        typeEmails(QStringLiteral("ada@example.com"));
        typePasswords(strongPassword, strongPassword + QLatin1Char('x'));
        QVERIFY(!problem->isVisible());
        QVERIFY(label("passwordProblemLabel")->isVisible());
        QCOMPARE(label("passwordProblemLabel")->text(),
                 QStringLiteral("The two entered values do not match."));
        QVERIFY(!button("createUsersButton")->isEnabled());
    }

    void weakPasswordWithAndWithoutOverride()
    {
        typeEmails(QStringLiteral("weak@example.com"));
        typePasswords(QStringLiteral("12345678"), QStringLiteral("12345678"));
        QLabel *problem = label("passwordProblemLabel");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("too common")),
                 qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QStringLiteral("entirely numeric")));
        QVERIFY(!button("createUsersButton")->isEnabled());
        QTest::keyClick(lineEdit("confirmPasswordEdit"), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!batchRunning());
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 0);

        // The override is visible and so are the rules it lets through.
        click(checkBox("overridePolicyCheck"));
        QVERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().startsWith(QStringLiteral("Policy overridden (the log will say so): ")),
            qPrintable(problem->text()));
        QVERIFY(problem->text().contains(QStringLiteral("too common")));
        QVERIFY(button("createUsersButton")->isEnabled());
        QTest::keyClick(lineEdit("confirmPasswordEdit"), Qt::Key_Return, Qt::ControlModifier);
        waitForBatch();
        QCOMPARE(countKind(Outcome::Kind::PolicyOverridden), 1);
        QVERIFY(logMessages().contains(
            QStringLiteral("Password policy overridden by the operator for: weak@example.com")));
        QCOMPARE(m_database->count(QStringLiteral("auth_user"), QStringLiteral("password <> ''")),
                 1);
    }

    void aConfirmationBeingTypedIsNoMismatch()
    {
        typeEmails(QStringLiteral("ada@example.com"));
        typePasswords(strongPassword, strongPassword.left(5));
        QVERIFY(!label("passwordProblemLabel")->isVisible());
        QCOMPARE(label("submitHintLabel")->text(),
                 QStringLiteral("Enter the password again to confirm it."));
        QVERIFY(!button("createUsersButton")->isEnabled());
        QTest::keyClicks(lineEdit("confirmPasswordEdit"), QStringLiteral("x"));
        QVERIFY(label("passwordProblemLabel")->isVisible());
    }

    void theFormDoesNotMoveUnderTheMouse()
    {
        // Clicking "No password" changes the hint; the boxes below it must stay where they are.
        typeEmails(QStringLiteral("ada@example.com"));
        QCheckBox *superuser = checkBox("superuserCheck");
        const QPoint before = superuser->mapTo(m_window.get(), QPoint());
        QVERIFY(!label("submitHintLabel")->text().isEmpty());
        click(checkBox("noPasswordCheck"));
        QVERIFY(label("submitHintLabel")->text().isEmpty());
        settleLayouts();
        QCOMPARE(superuser->mapTo(m_window.get(), QPoint()), before);
    }

    void noDialogEverWaitsForSomeone()
    {
        // GuiTest's test mode: a message is recorded instead of shown, and a dialog nobody
        // answered is cancelled; each action returns with no modal dialog open.
        Dialogs::setNextAnswers({});
        QTemporaryDir dir;
        const QString taken = dir.filePath(QStringLiteral("taken.sqlite3"));
        QFile file(taken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        Dialogs::setNextFileName(taken);
        triggerAction("actionNewDatabase");
        triggerAction("actionOpenDatabase");
        triggerAction("actionConnectPostgres");
        triggerAction("actionAbout");
        QVERIFY(!QApplication::activeModalWidget());
        const QList<Dialogs::Shown> shown = Dialogs::messagesShown();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown[0].title, QStringLiteral("New embedded database"));
        QCOMPARE(
            shown[0].text,
            QStringLiteral("%1 exists already. Open it with File > Open database.").arg(taken));
        QCOMPARE(shown[1].title, QStringLiteral("About useradmin"));
        QVERIFY(Dialogs::questionsAsked().isEmpty());
        QCOMPARE(QFileInfo(taken).size(), 0); // never written over
    }

    void theKeyboardStaysInTheFormAfterABatch()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        typeEmails(QStringLiteral("keys@example.com"));
        typePasswords(strongPassword, strongPassword);
        QLineEdit *confirmation = lineEdit("confirmPasswordEdit");
        confirmation->setFocus();
        QTest::keyClick(confirmation, Qt::Key_Return, Qt::ControlModifier);
        waitForBatch();
        QCOMPARE(QApplication::focusWidget(), confirmation);

        // From the button, which the emptied password disables, the keyboard goes to the emails.
        typeEmails(QStringLiteral("keys2@example.com"));
        typePasswords(strongPassword, strongPassword);
        QPushButton *create = button("createUsersButton");
        create->setFocus();
        QTest::keyClick(create, Qt::Key_Space);
        waitForBatch();
        QCOMPARE(QApplication::focusWidget(), plainTextEdit("emailsEdit"));
    }

    void ctrlFGoesToTheSearchField()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        plainTextEdit("emailsEdit")->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), lineEdit("searchEdit"));
    }

    void f5ShowsUsersCreatedElsewhere()
    {
        auto *browser = child<UsersBrowser>("usersBrowser");
        // Only F5 reads again here.
        browser->setFreshnessChecksPaused(true);
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("0 users"));
        QTRY_COMPARE(label("emptyLabel")->text(),
                     QStringLiteral("Create the first user with the form on the left"));
        QVERIFY(label("emptyLabel")->isVisible());
        insertUserElsewhere(QStringLiteral("ada@example.com"));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("1 user"));
        QTRY_COMPARE(child<QAbstractItemView>("usersView")->model()->index(0, 0).data().toString(),
                     QStringLiteral("ada@example.com"));
        QVERIFY(label("emptyLabel")->isHidden());
        QCOMPARE(label("userCountLabel")->text(), QStringLiteral("1 user"));
    }

    // View > User details (Ctrl+I) hides and shows the pane beside the users, the window
    // remembers which, and a double-click on a user shows the pane again.
    void theDetailsPaneIsAViewOfItsOwn()
    {
        QVERIFY(action("actionShowDetails")->isChecked());
        QVERIFY(child<UserDetailsPane>("userDetailsPane")->isVisible());
        QCOMPARE(label("detailsStatusLabel")->text(), QStringLiteral("No user selected"));
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_I, Qt::ControlModifier);
        QVERIFY(!child<UserDetailsPane>("userDetailsPane")->isVisible());
        m_window->close();
        QCOMPARE(appSettings()->value(QStringLiteral("window/detailsShown")), QVariant(false));

        insertUserElsewhere(QStringLiteral("ada@example.com"));
        openWindowOn(m_database->path());
        QVERIFY(!action("actionShowDetails")->isChecked());
        QVERIFY(!child<UserDetailsPane>("userDetailsPane")->isVisible());
        auto *users = child<QAbstractItemView>("usersView");
        QTRY_COMPARE(users->model()->index(0, 0).data().toString(),
                     QStringLiteral("ada@example.com"));
        const QPoint row = users->visualRect(users->model()->index(0, 1)).center();
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {}, row);
        QTest::mouseDClick(users->viewport(), Qt::LeftButton, {}, row);
        QVERIFY(action("actionShowDetails")->isChecked());
        const auto *pane = child<UserDetailsPane>("userDetailsPane");
        QVERIFY(pane->isVisible());
        QTRY_VERIFY(pane->width() >= pane->minimumSizeHint().width());
        QTRY_COMPARE(label("emailValue")->text(), QStringLiteral("ada@example.com"));
        appSettings()->remove(QStringLiteral("window/detailsShown"));
    }

    void helpOpensTheUserGuideAndTheShortcuts()
    {
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        UserGuideDialog *guide = nullptr;
        QTRY_VERIFY((guide = m_window->findChild<UserGuideDialog *>()));
        const QString guideText = guide->findChild<QTextBrowser *>("guideText")->toPlainText();
        QVERIFY(guideText.startsWith(QStringLiteral("The window")));
        QVERIFY(guideText.contains(QStringLiteral("Check accounts")));
        QVERIFY(!guideText.contains(QStringLiteral("Command line")));
        guide->close();

        child<QAction>("actionKeyboardShortcuts")->trigger();
        ShortcutsDialog *shortcuts = nullptr;
        QTRY_VERIFY((shortcuts = m_window->findChild<ShortcutsDialog *>()));
        QStringList rows;
        auto *list = shortcuts->findChild<QTreeWidget *>("shortcutsList");
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + QLatin1Char('=') +
                        list->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("Refresh=F5")), qPrintable(rows.join(u' ')));
        QVERIFY(rows.contains(QStringLiteral("User guide=F1")));
        QVERIFY(rows.contains(QStringLiteral("Copy=Ctrl+C")));
        QVERIFY(rows.contains(QStringLiteral("Details=Return")));
        shortcuts->close();
    }

    void theAuditTrailShowsTheWindowsWritesFiltered()
    {
        createWithoutPassword(QStringLiteral("ada@example.com grace@example.com"));
        triggerAction("actionAuditTrail");
        AuditTrailDialog *trail = nullptr;
        QTRY_VERIFY((trail = m_window->findChild<AuditTrailDialog *>()));
        QSignalSpy shown(trail, &AuditTrailDialog::recordsShown);
        auto *records = trail->findChild<QTreeWidget *>("recordsList");
        QTRY_COMPARE(records->topLevelItemCount(), 1);
        QCOMPARE(records->topLevelItem(0)->text(2), QStringLiteral("createuser"));
        QCOMPARE(records->topLevelItem(0)->text(3),
                 QStringLiteral("ada@example.com, grace@example.com"));
        QVERIFY(records->topLevelItem(0)->text(4).startsWith(QStringLiteral("created 2,")));

        auto *email = trail->findChild<QLineEdit *>("emailEdit");
        email->setFocus();
        QTest::keyClicks(email, QStringLiteral("zoe@"));
        QVERIFY(shown.wait());
        QCOMPARE(records->topLevelItemCount(), 0);
        QTest::keyClick(email, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(email, QStringLiteral("GRACE@example.com"));
        QVERIFY(shown.wait());
        QCOMPARE(records->topLevelItemCount(), 1);
        trail->close();
    }

    void theUsersContextMenuCarriesTheBulkUpdate()
    {
        const QList<QAction *> actions = child<QAbstractItemView>("usersView")->actions();
        QVERIFY(actions.contains(child<QAction>("actionBulkUpdate")));
    }

    void comingBackToTheWindowPicksUpUsersCreatedElsewhere()
    {
        auto *browser = child<UsersBrowser>("usersBrowser");
        browser->setFreshnessCheckInterval(24 * 3600 * 1000);
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The state shown is the one the checks compare with.
        QSignalSpy checked(browser, &UsersBrowser::freshnessChecked);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(checked.wait());
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        insertUserElsewhere(QStringLiteral("grace@example.com"));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("1 user"));
    }

    void theStatusBarShowsHowManyUsersAreSelected()
    {
        for (const char *email : {"a@example.com", "b@example.com", "c@example.com"})
            insertUserElsewhere(QLatin1String(email));
        triggerAction("actionRefresh");
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("3 users"));
        QVERIFY(label("selectionLabel")->text().isEmpty());
        auto *view = child<QAbstractItemView>("usersView");
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(0, 0)).center());
        QCOMPARE(label("selectionLabel")->text(), QStringLiteral("1 user selected"));
        QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(label("selectionLabel")->text(), QStringLiteral("3 users selected"));
    }

    void mnemonicsAreUniqueInEveryLanguage()
    {
        for (const QString &language :
             {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            Language::choose(language);
            QTRY_COMPARE(action("actionQuit")->text(),
                         QCoreApplication::translate("MainWindow", "&Quit"));
            // What Alt+letter reaches at once: the menus, buttons and check boxes, and labels.
            QStringList texts;
            for (QAction *menu : m_window->menuBar()->actions())
                texts << menu->text();
            for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>())
                if (!qobject_cast<QToolButton *>(button)) // tool buttons show no mnemonic
                    texts << button->text();
            for (QLabel *label : m_window->findChildren<QLabel *>())
                if (label->buddy())
                    texts << label->text();
            QHash<QKeySequence, QString> seen;
            for (const QString &text : std::as_const(texts)) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    continue;
                QVERIFY2(!seen.contains(key),
                         qPrintable(QStringLiteral("%1: \"%2\" and \"%3\"")
                                        .arg(language, seen.value(key), text)));
                seen.insert(key, text);
            }
        }
    }

    void organizationAndTeamChoices()
    {
        m_database->exec(QStringLiteral(
            "INSERT INTO sentry_organization (id, name, slug, status, date_added, default_role, "
            "is_test, flags) VALUES (2, 'Acme', 'acme', 0, '2024-01-01', 'member', 0, 1)"));
        m_database->exec(QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, "
                                        "status, idp_provisioned) VALUES (2, 2, 'alpha', 'Alpha', "
                                        "0, 0), (3, 2, 'beta', 'Beta', 0, 0)"));
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->openDatabase(m_database->path());
        QVERIFY(opened.wait());
        QComboBox *organization = comboBox("organizationCombo");
        QComboBox *team = comboBox("teamCombo");
        // Read in the background, the pickers say so meanwhile.
        QVERIFY(!organization->isEnabled());
        QCOMPARE(organization->currentIndex(), -1); // which shows the placeholder
        QCOMPARE(organization->placeholderText(), QStringLiteral("Loading…"));
        waitForPickers();
        QCOMPARE(organization->itemText(0), QStringLiteral("(default organization)"));
        // The default organization's only team comes with automatic.
        QCOMPARE(team->count(), 3);
        organization->setCurrentIndex(organization->findText(QStringLiteral("Acme (acme)")));
        waitForPickers();
        QCOMPARE(team->count(), 4);
        QCOMPARE(team->itemText(0), QStringLiteral("(automatic: the organization's only team)"));
        QCOMPARE(team->itemText(3), QStringLiteral("(none)"));
        team->setCurrentIndex(team->findText(QStringLiteral("Beta (beta)")));
        createWithoutPassword(QStringLiteral("beta@example.com"));
        QVERIFY(logMessages().contains(QStringLiteral("Added to organization: acme")));

        organization->setCurrentIndex(organization->findText(QStringLiteral("Acme (acme)")));
        waitForPickers();
        team->setCurrentIndex(team->findText(QStringLiteral("(none)")));
        createWithoutPassword(QStringLiteral("none@example.com"));

        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember"),
                                   QStringLiteral("organization_id = 2")),
                 2);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember_teams")), 1);
        QCOMPARE(m_database
                     ->value(QStringLiteral("SELECT u.email FROM sentry_organizationmember_teams t "
                                            "JOIN sentry_organizationmember m ON "
                                            "m.id = t.organizationmember_id JOIN auth_user u ON "
                                            "u.id = m.user_id WHERE t.team_id = 3"))
                     .toString(),
                 QStringLiteral("beta@example.com"));
    }

    void cancelInTheMiddleOfABatch()
    {
        openWindowOnNewDatabase(300'000);
        QStringList emails;
        for (int i = 0; i < 60; ++i)
            emails << QStringLiteral("user%1@example.com").arg(i);
        plainTextEdit("emailsEdit")->setPlainText(emails.join(QLatin1Char('\n')));
        typePasswords(strongPassword, strongPassword);
        triggerAction("actionCreateUsers");
        QProgressBar *progress =
            m_window->findChild<QProgressBar *>(QStringLiteral("batchProgressBar"));
        // Two users a chunk (openWindowOn): Cancel lands between chunks whatever the cores.
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() >= 2, 60000);
        // The window answers while the batch runs.
        QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("userForm"))->isEnabled());
        triggerAction("actionCancelBatch");
        waitForBatch();

        const int users = m_database->count(QStringLiteral("auth_user"));
        QVERIFY2(users > 0 && users < emails.size(), qPrintable(QString::number(users)));
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember")), users);
        QCOMPARE(m_database->count(QStringLiteral("auth_user"), QStringLiteral("password <> ''")),
                 users);
        QCOMPARE(countKind(Outcome::Kind::Created), users);
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("userForm"))->isEnabled());
    }

    // A later, longer address widens the log's email column: it is not elided.
    void theLogsEmailColumnFitsALaterLongerAddress()
    {
        auto *pane = m_window->findChild<LogPane *>(QStringLiteral("logPane"));
        auto *view = pane->findChild<QTableView *>(QStringLiteral("logView"));
        // Entries already shown and laid out, as after a restart or an earlier batch.
        for (const QString &email :
             {QStringLiteral("a@example.com"), QStringLiteral("b@example.com")})
            pane->appendAll({Outcome::created(email)});
        QTest::qWait(100);
        const QString longer = QStringLiteral("a.much.longer.address.than.before@mail.example.com");
        pane->appendAll({Outcome::updated(longer)});
        QTRY_VERIFY2(view->columnWidth(LogModel::EmailColumn) >
                         view->fontMetrics().horizontalAdvance(longer),
                     qPrintable(QString::number(view->columnWidth(LogModel::EmailColumn))));
    }

    void logIsCopiedAndSavedWithoutPasswords()
    {
        typeEmails(QStringLiteral("log@example.com"));
        typePasswords(strongPassword, strongPassword);
        triggerAction("actionCreateUsers");
        waitForBatch();

        auto *pane = m_window->findChild<LogPane *>(QStringLiteral("logPane"));
        pane->findChild<QAction *>(QStringLiteral("actionCopyLogEntries"))->trigger();
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("User created: log@example.com")),
                 qPrintable(copied));

        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("log.txt"));
        // Written in the background.
        QSignalSpy savedSpy(pane->model(), &LogModel::saved);
        Dialogs::setNextFileName(fileName);
        pane->findChild<QAction *>(QStringLiteral("actionSaveLog"))->trigger();
        QTRY_COMPARE(savedSpy.size(), 1);
        QCOMPARE(savedSpy.at(0).at(1).toString(), QString());
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QCOMPARE(saved.count(QLatin1Char('\n')), 2);
        QVERIFY(saved.contains(
            QStringLiteral("\tcreated\tlog@example.com\tUser created: log@example.com")));
        QVERIFY(!saved.contains(strongPassword));
        QVERIFY(!copied.contains(strongPassword));

        // The kind filter narrows the view and what is saved.
        auto *filter = pane->findChild<QComboBox *>(QStringLiteral("kindFilterCombo"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("added to organization")));
        Dialogs::setNextFileName(fileName);
        pane->findChild<QAction *>(QStringLiteral("actionSaveLog"))->trigger();
        QTRY_COMPARE(savedSpy.size(), 2);
        file.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()).count(QLatin1Char('\n')), 1);
    }

    void windowStateIsRememberedWithoutPasswords()
    {
        typePasswords(strongPassword, strongPassword);
        m_window->close();
        const auto settings = appSettings();
        QVERIFY(settings->contains(QStringLiteral("window/geometry")));
        QVERIFY(settings->contains(QStringLiteral("window/splitter")));
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(strongPassword.toUtf8()));
    }

    void switchingLanguageRetranslatesTheWindow()
    {
        QCOMPARE(action("actionQuit")->text(), QStringLiteral("&Quit"));
        QCOMPARE(label("emailsLabel")->text(), QStringLiteral("&Emails:"));
        // The settings dialog opens once the organizations it offers are read.
        triggerAction("actionInstanceSettings");
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("SettingsDialog"))));
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
        QCOMPARE(Language::chosen(), QStringLiteral("de"));
        // Installing a translator posts the LanguageChange event.
        QTRY_COMPARE(action("actionQuit")->text(), QStringLiteral("&Beenden"));
        QCOMPARE(label("emailsLabel")->text(), QStringLiteral("E-&Mail-Adressen:"));
        QCOMPARE(comboBox("teamCombo")->itemText(2), QStringLiteral("(keines)"));
    }

    // What the first live switch left in English: the browser, its counter, the shortcuts shown
    // in the menus, and the log entries made afterwards.
    void switchingLanguageRetranslatesTheBrowserAndTheLog()
    {
        createWithoutPassword(QStringLiteral("ada@example.com"));
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("1 user"));
        const QSignalSpy headersChanged(child<QAbstractItemView>("usersView")->model(),
                                        &QAbstractItemModel::headerDataChanged);
        Language::choose(QStringLiteral("de"));
        QTRY_COMPARE(
            lineEdit("searchEdit")->placeholderText(),
            QStringLiteral("Nach dem Anfang einer E-Mail-Adresse oder eines Namens suchen"));
        QCOMPARE(label("countLabel")->text(), QStringLiteral("1 Benutzer"));
        QVERIFY(!headersChanged.isEmpty()); // the views ask for the German headers
        QCOMPARE(action("actionQuit")->shortcut().toString(QKeySequence::NativeText),
                 QStringLiteral("Strg+Q"));
        createWithoutPassword(QStringLiteral("grace@example.com"));
        QVERIFY2(logMessages().contains(QStringLiteral("Benutzer angelegt: grace@example.com")),
                 qPrintable(logMessages().join(u'\n')));
        QTRY_COMPARE(label("countLabel")->text(), QStringLiteral("2 Benutzer"));
    }

private:
    void insertUserElsewhere(const QString &email) const
    {
        const ThreadGuard::TestFixtureScope fixture;
        m_database->exec(
            QStringLiteral("INSERT INTO auth_user (password, username, first_name, email, "
                           "is_staff, is_active, is_superuser, date_joined) VALUES ('', ?, '', ?, "
                           "false, true, false, '2026-01-01T00:00:00Z')"),
            {email, email});
    }

    // Delivers the layout requests posted so far, and those they post in turn, until none is
    // left: every layout is then redone, as the event loop would do in its own time.
    static void settleLayouts()
    {
        struct LayoutRequestCounter : QObject
        {
            int delivered = 0;
            bool eventFilter(QObject *, QEvent *event) override
            {
                delivered += event->type() == QEvent::LayoutRequest;
                return false;
            }
        } counter;
        QCoreApplication::instance()->installEventFilter(&counter);
        int rounds = 0;
        do {
            counter.delivered = 0;
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        } while (counter.delivered > 0 && ++rounds < 100);
        QCoreApplication::instance()->removeEventFilter(&counter);
        QVERIFY2(counter.delivered == 0, "the layouts keep asking to be redone");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
