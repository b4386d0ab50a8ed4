#include "BrowserTestData.h"
#include "GuiTest.h"
#include "crypto/CryptoSession.h"
#include "crypto/PasswordHasher.h"
#include "gui/Dialogs.h"
#include "gui/browser/AccountActionDialogs.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/GeneratedPasswords.h"
#include "gui/browser/MembershipsDialog.h"
#include "gui/browser/UsersBrowser.h"
#include "gui/browser/UsersTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

// The real browser driven by keys and clicks: search, sort, select, bulk update.
class TestUsersBrowser : public GuiTest
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<UsersBrowser> m_browser;

    QTableView *view() const { return m_browser->findChild<QTableView *>("usersView"); }
    UsersTableModel *model() const { return qobject_cast<UsersTableModel *>(view()->model()); }
    qint64 rowId(int row) const
    {
        return view()->model()->index(row, 0).data(UsersTableModel::IdRole).toLongLong();
    }
    void insertUserElsewhere(const QString &email) const
    {
        const ThreadGuard::TestFixtureScope fixture;
        m_db->exec(QStringLiteral("INSERT INTO auth_user (password, username, first_name, email, "
                                  "is_staff, is_active, is_superuser, date_joined) VALUES ('', ?, "
                                  "'', ?, false, true, false, '2026-01-01T00:00:00Z')"),
                   {email, email});
    }
    // Leaves one active superuser on the instance (the others inactive), searches for it and
    // selects its row; returns its id.
    qint64 selectTheOnlyActiveSuperuser()
    {
        m_db->exec(QStringLiteral("UPDATE auth_user SET is_active = 0 WHERE is_superuser = 1"));
        const qint64 last = m_db->value(QStringLiteral("SELECT MIN(id) FROM auth_user WHERE "
                                                       "is_superuser = 1"))
                                .toLongLong();
        m_db->exec(QStringLiteral("UPDATE auth_user SET is_active = 1 WHERE id = ?"), {last});
        const QString email =
            m_db->value(QStringLiteral("SELECT email FROM auth_user WHERE id = ?"), {last})
                .toString();
        QTest::keyClicks(m_browser->findChild<QLineEdit *>("searchEdit"), email);
        [&] {
            QTRY_COMPARE(view()->model()->rowCount(), 1);
            QTRY_VERIFY(model()->isLoaded(0));
        }();
        if (QTest::currentTestFailed())
            return 0;
        view()->selectRow(0);
        return last;
    }
    QString cell(int row, int column) const
    {
        return view()->model()->index(row, column).data().toString();
    }
    // Selects these rows with Ctrl+clicks, as an operator picks users here and there.
    void ctrlClickRows(const QList<int> &rows) const
    {
        for (const int row : rows)
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier,
                              view()->visualRect(model()->index(row, 0)).center());
    }
    QString emailOf(qint64 id) const
    {
        return m_db->value(QStringLiteral("SELECT email FROM auth_user WHERE id = ?"), {id})
            .toString();
    }
    QString hashOf(qint64 id) const
    {
        return m_db->value(QStringLiteral("SELECT password FROM auth_user WHERE id = ?"), {id})
            .toString();
    }
    // Hashes made quickly: the tests are about the window, not PBKDF2's cost.
    void useFewIterations()
    {
        InstanceSettings settings;
        settings.passwordIterations = 1000;
        m_browser->setDatabaseLocation(m_db->path(), settings);
        QTRY_VERIFY(model()->isLoaded(2));
    }
    // The dialog an action opened (they open without blocking, as the operator sees them).
    template<typename T> T *openedDialog(const char *name) const
    {
        T *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_browser->findChild<T *>(QLatin1String(name)))); }();
        return dialog;
    }
    static QPushButton *okButton(QDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok);
    }
    static void press(QWidget *widget)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_Space);
    }
    static QStringList messagesOf(const QSignalSpy &outcomes)
    {
        QStringList messages;
        for (const QList<QVariant> &arguments : outcomes)
            for (const Outcome &outcome : arguments.first().value<QList<Outcome>>())
                messages << outcome.message;
        return messages;
    }

private slots:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        addBrowserUsers(*m_db, 300);
        m_browser = std::make_unique<UsersBrowser>();
        m_browser->resize(900, 600);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        QSignalSpy total(m_browser.get(), &UsersBrowser::totalUsersChanged);
        m_browser->setDatabaseLocation(m_db->path(), InstanceSettings());
        QTRY_COMPARE(total.size(), 1);
        QCOMPARE(m_browser->totalUsers(), 300);
    }
    void cleanup()
    {
        m_browser.reset();
        m_db.reset();
    }

    void searchNarrowsAndHeaderSorts()
    {
        auto *countLabel = m_browser->findChild<QLabel *>("countLabel");
        QTRY_VERIFY(countLabel->text().startsWith(QStringLiteral("300 user")));
        auto *search = m_browser->findChild<QLineEdit *>("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("VIC"));
        QTRY_COMPARE(view()->model()->rowCount(), 30);
        QTRY_COMPARE(countLabel->text(), QStringLiteral("30 of 300 users"));
        QTRY_VERIFY(cell(0, 0).startsWith(QStringLiteral("VICTOR"), Qt::CaseInsensitive));

        // Date joined, clicked twice: descending.
        QHeaderView *header = view()->horizontalHeader();
        const int x = header->sectionViewportPosition(UsersTableModel::DateJoinedColumn) + 5;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        const QString newest =
            m_db->value(QStringLiteral("SELECT email FROM auth_user WHERE email LIKE 'vic%' ORDER "
                                       "BY date_joined DESC, id "
                                       "DESC LIMIT 1"))
                .toString();
        QTRY_COMPARE(cell(0, 0), newest);
    }

    void endAndHomeGoToTheLastAndFirstUserInTheSameColumn()
    {
        QTRY_VERIFY(view()->model()->index(0, 0).data(UsersTableModel::IdRole).isValid());
        view()->setFocus();
        view()->setCurrentIndex(view()->model()->index(0, UsersTableModel::EmailColumn));
        QTest::keyClick(view(), Qt::Key_End);
        QCOMPARE(view()->currentIndex().row(), 299);
        QCOMPARE(view()->currentIndex().column(), int(UsersTableModel::EmailColumn));
        QVERIFY(view()->selectionModel()->isRowSelected(299));
        // The view does not scroll sideways to the last column.
        QCOMPARE(view()->horizontalScrollBar()->value(), 0);
        QTest::keyClick(view(), Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(view()->currentIndex().row(), 0);
        QCOMPARE(view()->currentIndex().column(), int(UsersTableModel::EmailColumn));
    }

    void aNewSearchStartsAtTheTop()
    {
        QTRY_VERIFY(view()->model()->index(0, 0).data(UsersTableModel::IdRole).isValid());
        view()->scrollToBottom();
        QVERIFY(view()->verticalScrollBar()->value() > 0);
        auto *search = m_browser->findChild<QLineEdit *>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("a"));
        QTRY_COMPARE(view()->model()->rowCount(), 30);
        QVERIFY(view()->verticalScrollBar()->maximum() > 0);
        QCOMPARE(view()->verticalScrollBar()->value(), 0);
    }

    // The details are in the window's pane: the browser says which user is current, and asks
    // for the pane on a double-click or Return.
    void doubleClickAndReturnAskForTheCurrentUsersDetails()
    {
        QTRY_VERIFY(model()->isLoaded(0));
        QSignalSpy current(m_browser.get(), &UsersBrowser::currentUserChanged);
        QSignalSpy requested(m_browser.get(), &UsersBrowser::detailsRequested);
        const QRect rowRect = view()->visualRect(model()->index(3, UsersTableModel::NameColumn));
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rowRect.center());
        QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, rowRect.center());
        QCOMPARE(requested.count(), 1);
        QVERIFY(!current.isEmpty());
        QCOMPARE(current.last().at(0).toLongLong(), rowId(3));

        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_Down);
        QCOMPARE(current.last().at(0).toLongLong(), rowId(4));
        QTest::keyClick(view(), Qt::Key_Return);
        QCOMPARE(requested.count(), 2);
    }

    void copyPutsTheSelectedRowsOnTheClipboardWithTitles()
    {
        QTRY_VERIFY(model()->isLoaded(0));
        view()->setFocus();
        view()->setCurrentIndex(model()->index(0, 0));
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QTest::keyClick(view(), Qt::Key_Down, Qt::ShiftModifier);
        QSignalSpy copied(m_browser.get(), &UsersBrowser::selectionCopied);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(copied.wait());
        QStringList lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.takeLast(), QString()); // the text ends with a line break
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("Email\tName\tSuperuser")));
        for (int row = 0; row < 3; ++row) {
            const QStringList fields = lines[row + 1].split(QLatin1Char('\t'));
            QCOMPARE(fields.size(), int(UsersTableModel::ColumnCount));
            QCOMPARE(fields[UsersTableModel::EmailColumn], cell(row, UsersTableModel::EmailColumn));
            QCOMPARE(fields[UsersTableModel::DateJoinedColumn],
                     cell(row, UsersTableModel::DateJoinedColumn));
        }

        // Every row, most of them never loaded: read again on a worker, in the order shown.
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(view(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(copied.wait());
        QCOMPARE(copied.last().at(0).toLongLong(), 300);
        lines = QGuiApplication::clipboard()->text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 302);
        QStringList emails;
        for (int row = 1; row <= 300; ++row)
            emails << lines[row].section(QLatin1Char('\t'), 0, 0);
        QCOMPARE(QSet<QString>(emails.cbegin(), emails.cend()).size(), 300);
        QCOMPARE(emails.first(), cell(0, UsersTableModel::EmailColumn));
        view()->scrollToBottom();
        QTRY_VERIFY(model()->isLoaded(299));
        QCOMPARE(emails.last(), cell(299, UsersTableModel::EmailColumn));
        QCOMPARE(emails[150], (view()->scrollTo(model()->index(150, 0)), model()->isLoaded(150))
                                  ? cell(150, UsersTableModel::EmailColumn)
                                  : emails[150]);
    }

    void deactivateAndActivateTheSelectedUsers()
    {
        QTRY_VERIFY(model()->isLoaded(1));
        // Two active users among the first rows shown, clicked with Ctrl held.
        QList<int> rows;
        for (int row = 0; row < 15 && rows.size() < 2; ++row)
            if (cell(row, UsersTableModel::ActiveColumn) == QStringLiteral("yes"))
                rows << row;
        QCOMPARE(rows.size(), 2);
        ctrlClickRows(rows);
        QCOMPARE(view()->selectionModel()->selectedRows().size(), 2);
        const QList<qint64> ids{rowId(rows[0]), rowId(rows[1])};
        const QString where = QStringLiteral("id IN (%1, %2)").arg(ids[0]).arg(ids[1]);
        const int activeBefore = m_db->count(QStringLiteral("auth_user"), where + " AND is_active");
        QCOMPARE(activeBefore, 2);
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        auto *deactivate = m_browser->findChild<QAction *>("actionDeactivate");
        QVERIFY(view()->actions().contains(deactivate));
        Dialogs::setNextAnswers({true});
        deactivate->trigger();
        QVERIFY(changed.wait());
        QCOMPARE(m_db->count(QStringLiteral("auth_user"), where + " AND NOT is_active"), 2);
        // The members' copy of the flag follows, as Sentry keeps it.
        QCOMPARE(
            m_db->count(
                QStringLiteral("sentry_organizationmember"),
                QStringLiteral("user_id IN (%1, %2) AND user_is_active").arg(ids[0]).arg(ids[1])),
            0);
        int deactivated = 0;
        for (const QList<QVariant> &arguments : std::as_const(outcomes))
            for (const Outcome &outcome : arguments.first().value<QList<Outcome>>())
                deactivated += outcome.message.contains(QStringLiteral("deactivated"));
        QCOMPARE(deactivated, 2);
        QCOMPARE(
            m_db->count(QStringLiteral("useradmin_audit"), QStringLiteral("action = 'deactivate'")),
            1);
        // The selection follows the users through the refresh.
        QTRY_COMPARE(view()->selectionModel()->selectedRows().size(), 2);
        // Declined: nothing changes.
        Dialogs::setNextAnswers({false});
        m_browser->findChild<QAction *>("actionActivate")->trigger();
        QCOMPARE(m_db->count(QStringLiteral("auth_user"), where + " AND is_active"), 0);
        Dialogs::setNextAnswers({true});
        m_browser->findChild<QAction *>("actionActivate")->trigger();
        QVERIFY(changed.wait());
        QCOMPARE(m_db->count(QStringLiteral("auth_user"), where + " AND is_active"), 2);
    }

    // Another operator renamed the user after this window showed it: deactivating it is
    // refused with a word to reload, and the user stays as the other operator left it.
    void aUserChangedElsewhereSinceShownIsRefused()
    {
        QTRY_VERIFY(model()->isLoaded(0));
        int row = 0;
        while (cell(row, UsersTableModel::ActiveColumn) != QStringLiteral("yes"))
            ++row;
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          view()->visualRect(model()->index(row, 0)).center());
        const qint64 id = rowId(row);
        {
            const ThreadGuard::TestFixtureScope fixture;
            m_db->exec(QStringLiteral("UPDATE auth_user SET first_name = 'Renamed' WHERE id = ?"),
                       {id});
        }
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        m_browser->findChild<QAction *>("actionDeactivate")->trigger();
        QVERIFY(outcomes.wait());
        const QList<Outcome> reported = outcomes.first().first().value<QList<Outcome>>();
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.first().isError());
        QVERIFY2(reported.first().message.contains(QStringLiteral("changed by someone else; "
                                                                  "reload")),
                 qPrintable(reported.first().message));
        QCOMPARE(m_db->value(QStringLiteral("SELECT is_active FROM auth_user WHERE id = ?"), {id})
                     .toInt(),
                 1);
    }

    // An account action on many users shows the progress bar, and its Cancel stops it between
    // users. The first user waits behind another writer's lock, so that Cancel comes while the
    // run is surely going.
    void anAccountActionShowsProgressAndCancelStopsIt()
    {
        QTRY_VERIFY(model()->isLoaded(0));
        const int active =
            m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_active = 1"));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        auto *bar = m_browser->findChild<QWidget *>("bulkProgressBar");
        auto *cancel = m_browser->findChild<QPushButton *>("cancelBulkButton");
        QVERIFY(bar->isHidden());
        m_db->exec(QStringLiteral("BEGIN IMMEDIATE"));
        QSignalSpy said(m_browser.get(), &UsersBrowser::statusMessage);
        Dialogs::setNextAnswers({true, true});
        m_browser->findChild<QAction *>("actionDeactivate")->trigger();
        QVERIFY(!bar->isHidden());
        QVERIFY(!cancel->isHidden());
        QTest::mouseClick(cancel, Qt::LeftButton);
        m_db->exec(QStringLiteral("ROLLBACK"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isHidden(), 30000);
        // At most the user it was writing when asked.
        QVERIFY(m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_active = 1")) >=
                active - 1);
        QCOMPARE(said.size(), 1);
        QVERIFY(said.first().first().toString().startsWith(QStringLiteral("Cancelled")));
    }

    // The same for a bulk update: the row shown is compared inside the user's transaction.
    void aBulkUpdateRefusesAUserChangedElsewhereSinceShown()
    {
        QTRY_VERIFY(model()->isLoaded(20));
        QList<int> rows; // two users who are not superusers yet
        for (int row = 0; rows.size() < 2; ++row)
            if (cell(row, UsersTableModel::SuperuserColumn) == QStringLiteral("no"))
                rows << row;
        ctrlClickRows(rows);
        const qint64 renamed = rowId(rows[0]);
        const qint64 kept = rowId(rows[1]);
        {
            const ThreadGuard::TestFixtureScope fixture;
            m_db->exec(QStringLiteral("UPDATE auth_user SET first_name = 'Renamed' WHERE id = ?"),
                       {renamed});
        }
        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        auto *superuser = dialog->findChild<QComboBox *>("superuserCombo");
        superuser->setFocus();
        QTest::keyClick(superuser, Qt::Key_Down); // Set
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        QTest::keyClick(dialog, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() > 0, 30000);
        const QStringList said = messagesOf(outcomes);
        QCOMPARE(said.filter(QStringLiteral("changed by someone else; reload")).size(), 1);
        const auto superuserOf = [this](qint64 id) {
            return m_db
                ->value(QStringLiteral("SELECT is_superuser FROM auth_user WHERE id = ?"), {id})
                .toInt();
        };
        QCOMPARE(superuserOf(renamed), 0);
        QCOMPARE(superuserOf(kept), 1);
    }

    void theContextMenuOffersDetailsCopyAndTheWindowsActions()
    {
        QAction bulk(QStringLiteral("Force-update selected"));
        m_browser->addContextActions({&bulk});
        QCOMPARE(view()->contextMenuPolicy(), Qt::ActionsContextMenu);
        QStringList texts;
        for (const QAction *action : view()->actions())
            texts << action->text();
        QCOMPARE(texts,
                 (QStringList{QStringLiteral("De&tails"), QStringLiteral("&Copy"), QString(),
                              QStringLiteral("Set &password…"), QStringLiteral("Change e&mail…"),
                              QStringLiteral("&Reset two-factor…"),
                              QStringLiteral("&Organizations and teams…"),
                              QStringLiteral("D&eactivate…"), QStringLiteral("Acti&vate…"),
                              QString(), QStringLiteral("Force-update selected")}));
    }

    void setATypedPasswordForTheSelectedUsers()
    {
        useFewIterations();
        ctrlClickRows({0, 2});
        const QList<qint64> ids{rowId(0), rowId(2)};
        auto *action = m_browser->findChild<QAction *>("actionSetPassword");
        QVERIFY(view()->actions().contains(action));
        QVERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = openedDialog<SetPasswordDialog>("setPasswordDialog");
        // (English plural forms come with the window's translator, not loaded here.)
        QVERIFY(dialog->findChild<QLabel *>("selectionLabel")
                    ->text()
                    .contains(QStringLiteral("selected. Their Sentry sessions end")));
        auto *password = dialog->findChild<QLineEdit *>("passwordEdit");
        auto *confirm = dialog->findChild<QLineEdit *>("confirmPasswordEdit");
        auto *problems = dialog->findChild<QLabel *>("passwordProblemsLabel");
        QVERIFY(!okButton(dialog)->isEnabled());
        // A common password: the policy's reason, and OK only with the override.
        QTest::keyClicks(password, QStringLiteral("password"));
        QTest::keyClicks(confirm, QStringLiteral("password"));
        QVERIFY2(problems->text().contains(QStringLiteral("too common")),
                 qPrintable(problems->text()));
        QVERIFY(!okButton(dialog)->isEnabled());
        press(dialog->findChild<QCheckBox *>("overridePolicyCheck"));
        QVERIFY(okButton(dialog)->isEnabled());
        press(dialog->findChild<QCheckBox *>("overridePolicyCheck"));
        // A mismatch is said, and no override lets it through.
        const QString chosen = QStringLiteral("Quiet-Lantern-47-Orbit");
        password->clear();
        confirm->clear();
        QTest::keyClicks(password, chosen);
        QTest::keyClicks(confirm, chosen.chopped(1));
        QCOMPARE(problems->text(), QStringLiteral("The passwords do not match."));
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(confirm, chosen.right(1));
        QCOMPARE(problems->text(), QString());
        QVERIFY(okButton(dialog)->isEnabled());

        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(changed.wait(30000));
        QCOMPARE(Dialogs::questionsAsked().size(), 1);
        QVERIFY2(Dialogs::questionsAsked().first().text.startsWith(
                     QStringLiteral("Set the new password for 2 user")),
                 qPrintable(Dialogs::questionsAsked().first().text));
        for (const qint64 id : ids) {
            QVERIFY(hashOf(id).startsWith(QStringLiteral("pbkdf2_sha256$1000$")));
            QVERIFY(PasswordHasher::verify(Secret::fromText(chosen), hashOf(id)));
        }
        const QStringList messages = messagesOf(outcomes);
        QCOMPARE(messages.filter(QStringLiteral(": password set")).size(), 2);
        QVERIFY(messages.filter(chosen).isEmpty());
        QCOMPARE(m_db->count(QStringLiteral("useradmin_audit"),
                             QStringLiteral("action = 'set-password'")),
                 1);
        // No generated password to show.
        QVERIFY(!m_browser->findChild<GeneratedPasswordsDialog *>());
    }

    void generatedPasswordsAreShownOnceAndWork()
    {
        useFewIterations();
        ctrlClickRows({1, 3});
        const QList<qint64> ids{rowId(1), rowId(3)};
        m_browser->findChild<QAction *>("actionSetPassword")->trigger();
        auto *dialog = openedDialog<SetPasswordDialog>("setPasswordDialog");
        press(dialog->findChild<QRadioButton *>("generateRadio"));
        QVERIFY(!dialog->findChild<QLineEdit *>("passwordEdit")->isEnabled());
        QVERIFY(okButton(dialog)->isEnabled());
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        auto *shown = openedDialog<GeneratedPasswordsDialog>("generatedPasswordsDialog");
        QTRY_VERIFY(shown->isVisible());
        QVERIFY(Dialogs::questionsAsked().first().text.contains(
            QStringLiteral("The passwords are shown once")));

        const QString text = shown->findChild<QPlainTextEdit *>("passwordsEdit")->toPlainText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first(), QStringLiteral("email,password"));
        QSet<QString> emails;
        for (const QString &line : lines.mid(1)) {
            const QString email = line.section(QLatin1Char(','), 0, 0);
            const QString password = line.section(QLatin1Char(','), 1);
            emails << email;
            QVERIFY(password.size() >= 24);
            const qint64 id = ids[email == emailOf(ids[0]) ? 0 : 1];
            QCOMPARE(emailOf(id), email);
            QVERIFY(PasswordHasher::verify(Secret::fromText(password), hashOf(id)));
            // Never in the log.
            for (const QString &message : messagesOf(outcomes))
                QVERIFY(!message.contains(password));
        }
        QCOMPARE(emails.size(), 2);
        QCOMPARE(messagesOf(outcomes).filter(QStringLiteral(": password generated")).size(), 2);

        press(shown->findChild<QPushButton *>("copyPasswordsButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), text);
        QGuiApplication::clipboard()->clear();
        // Closed: gone, and not shown again.
        press(shown->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close));
        QTRY_VERIFY(!m_browser->findChild<GeneratedPasswordsDialog *>());
    }

    void changeEmailRefusesATakenAddressAndChangesAFreeOne()
    {
        QTRY_VERIFY(model()->isLoaded(2));
        auto *action = m_browser->findChild<QAction *>("actionChangeEmail");
        ctrlClickRows({0, 1});
        QVERIFY(!action->isEnabled()); // one user at a time
        view()->setFocus();
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                          view()->visualRect(model()->index(0, 0)).center());
        QVERIFY(action->isEnabled());
        QVERIFY(view()->actions().contains(action));
        const qint64 id = rowId(0);
        const QString old = emailOf(id);
        const QString taken = emailOf(rowId(1));

        action->trigger();
        auto *dialog = openedDialog<ChangeEmailDialog>("changeEmailDialog");
        QCOMPARE(dialog->findChild<QLabel *>("currentEmailLabel")->text(), old);
        auto *edit = dialog->findChild<QLineEdit *>("newEmailEdit");
        QTest::keyClicks(edit, QStringLiteral("not an address"));
        QCOMPARE(dialog->findChild<QLabel *>("emailProblemLabel")->text(),
                 QStringLiteral("Enter a valid email address."));
        QVERIFY(!okButton(dialog)->isEnabled());
        edit->clear();
        // Another user's address in other letter case: the domain refuses it, as Sentry's
        // login look-up would find two users.
        QTest::keyClicks(edit, taken.toLower());
        QVERIFY(okButton(dialog)->isEnabled());
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(changed.wait());
        QCOMPARE(emailOf(id), old);
        const QString refusal =
            QStringLiteral("another user already has the address %1").arg(taken.toLower());
        QVERIFY(!messagesOf(outcomes).filter(refusal).isEmpty());
        QCOMPARE(Dialogs::messagesShown().size(), 1);
        QVERIFY2(Dialogs::messagesShown().first().text.contains(refusal),
                 qPrintable(Dialogs::messagesShown().first().text));

        // A free address: the row changes, the username with it.
        QTRY_COMPARE(view()->selectionModel()->selectedRows().size(), 1);
        const QString fresh = QStringLiteral("grace.hopper@example.com");
        action->trigger();
        dialog = openedDialog<ChangeEmailDialog>("changeEmailDialog");
        QTest::keyClicks(dialog->findChild<QLineEdit *>("newEmailEdit"), fresh);
        Dialogs::setNextAnswers({true});
        QTest::keyClick(dialog->findChild<QLineEdit *>("newEmailEdit"), Qt::Key_Return);
        QVERIFY(changed.wait());
        QCOMPARE(emailOf(id), fresh);
        QCOMPARE(m_db->value(QStringLiteral("SELECT username FROM auth_user WHERE id = ?"), {id})
                     .toString(),
                 fresh);
        QCOMPARE(m_db->count(QStringLiteral("useradmin_audit"),
                             QStringLiteral("action = 'change-email'")),
                 2);
    }

    // The dialog alone, on a survey of five users of whom three are in acme, two of those in
    // its team alpha: what each change says, what it asks for, and when OK is possible.
    void organizationsAndTeamsSummarizesEachChange()
    {
        MembershipSurvey survey;
        survey.users = 5;
        survey.choices.organizations = {
            {7, QStringLiteral("Acme"), QStringLiteral("acme"), QStringLiteral("member"), 0},
            {8, QStringLiteral("Empty"), QStringLiteral("empty"), QStringLiteral("admin"), 0}};
        survey.choices.teams.insert(7, {{3, 7, QStringLiteral("Alpha"), QStringLiteral("alpha")},
                                        {4, 7, QStringLiteral("Beta"), QStringLiteral("beta")}});
        survey.members.organizations.insert(7, 3);
        survey.members.teams.insert(3, 2);
        MembershipsDialog dialog(survey);
        dialog.show();
        const auto said = [](const char *text, int count) {
            return QCoreApplication::translate("MembershipsDialog", text, nullptr, count);
        };
        auto *change = dialog.findChild<QComboBox *>("changeCombo");
        auto *teams = dialog.findChild<QListWidget *>("teamsList");
        const auto choose = [&](AccountAction action) {
            change->setCurrentIndex(change->findData(int(action)));
        };
        const auto lines = [&] { return dialog.summary(); };

        QCOMPARE(lines(), (QStringList{
                              said("%Ln user(s) join %1 as %2.", 2).arg("acme", "Member"),
                              said("%Ln user(s) already in %1: left as they are.", 3).arg("acme"),
                          }));
        QVERIFY(okButton(&dialog)->isEnabled());

        choose(AccountAction::ChangeRole);
        QCOMPARE(lines().first(),
                 said("%Ln member(s) of %1 get the role %2, where they have another.", 3)
                     .arg("acme", "Member"));
        QVERIFY(
            lines().contains(QStringLiteral("The only owner of acme is refused, as in Sentry.")));

        choose(AccountAction::AddTeams);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY(lines().contains(QStringLiteral("Tick the teams.")));
        teams->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(lines().first(), said("%1: %Ln member(s) join.", 1).arg("alpha"));
        QVERIFY(okButton(&dialog)->isEnabled());
        const AccountActionRequest request = dialog.request();
        QCOMPARE(request.action, AccountAction::AddTeams);
        QCOMPARE(request.organization, QStringLiteral("7"));
        QCOMPARE(request.teams, QStringList{QStringLiteral("alpha")});
        QVERIFY(request.role.isEmpty());

        choose(AccountAction::RemoveTeams);
        QCOMPARE(lines(), QStringList{said("%1: %Ln user(s) leave.", 2).arg("alpha")});

        choose(AccountAction::LeaveOrganization);
        QCOMPARE(lines().first(),
                 said("%Ln member(s) leave %1, with their teams there.", 3).arg("acme"));

        // An organization none of them is in, without teams; its own default role.
        dialog.findChild<QComboBox *>("organizationCombo")->setCurrentIndex(1);
        QVERIFY(!okButton(&dialog)->isEnabled());
        choose(AccountAction::AddTeams);
        QVERIFY(lines().contains(QStringLiteral("empty has no team.")));
        choose(AccountAction::JoinOrganization);
        QCOMPARE(lines(), QStringList{said("%Ln user(s) join %1 as %2.", 5).arg("empty", "Admin")});
        QCOMPARE(dialog.request().role, QStringLiteral("admin"));
    }

    void organizationsAndTeamsSaysWhatChangesAndKeepsTheOnlyOwner()
    {
        // acme gets a team, and its first member (ALICE0) becomes its only owner; Bob1 is not in
        // acme.
        m_db->exec(QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, "
                                  "status, idp_provisioned, date_added) VALUES (31, 2, 'backend', "
                                  "'Backend', 0, 0, '2020-01-01T00:00:00Z')"));
        const qint64 owner =
            m_db->value(
                    QStringLiteral("SELECT id FROM auth_user WHERE email = 'ALICE0@example.com'"))
                .toLongLong();
        const qint64 joining =
            m_db->value(QStringLiteral("SELECT id FROM auth_user WHERE email = 'Bob1@example.com'"))
                .toLongLong();
        m_db->exec(QStringLiteral("UPDATE sentry_organizationmember SET role = 'owner' WHERE "
                                  "organization_id = 2 AND user_id = ?"),
                   {owner});
        const auto selectOnly = [this](const QString &email) {
            auto *search = m_browser->findChild<QLineEdit *>("searchEdit");
            search->clear();
            QTest::keyClicks(search, email);
            QTRY_COMPARE(view()->model()->rowCount(), 1);
            QTRY_VERIFY(model()->isLoaded(0));
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, {},
                              view()->visualRect(model()->index(0, 0)).center());
        };
        auto *action = m_browser->findChild<QAction *>("actionMemberships");
        QVERIFY(view()->actions().contains(action));
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);

        // Bob1 joins acme in the team backend.
        selectOnly(QStringLiteral("Bob1@example.com"));
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(action->isEnabled());
        action->trigger();
        auto *dialog = openedDialog<MembershipsDialog>("membershipsDialog");
        auto *organizations = dialog->findChild<QComboBox *>("organizationCombo");
        QCOMPARE(organizations->currentText(), QStringLiteral("Acme (acme)"));
        auto *summary = dialog->findChild<QLabel *>("summaryLabel");
        // The dialog's own words, with whatever plural forms are loaded.
        const auto said = [](const char *text, int count = 1) {
            return QCoreApplication::translate("MembershipsDialog", text, nullptr, count);
        };
        QCOMPARE(summary->text(),
                 said("%Ln user(s) join %1 as %2.").arg(QStringLiteral("acme"), "Member"));
        auto *teams = dialog->findChild<QListWidget *>("teamsList");
        QCOMPARE(teams->item(0)->text(), said("%1 (%2): %Ln of the selected users", 0)
                                             .arg(QStringLiteral("Backend"), "backend"));
        teams->setFocus();
        teams->setCurrentRow(0);
        QTest::keyClick(teams, Qt::Key_Space);
        QCOMPARE(summary->text(),
                 said("%Ln user(s) join %1 as %2, %3.")
                     .arg(QStringLiteral("acme"), "Member",
                          said("in the team(s) %1").arg(QStringLiteral("backend"))));
        const QString shown = summary->text(); // the dialog is gone once answered
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(changed.wait());
        QCOMPARE(Dialogs::questionsAsked().size(), 1);
        QVERIFY(Dialogs::questionsAsked().first().text.startsWith(shown));
        const QString bobMember =
            QStringLiteral("user_id = %1 AND organization_id = 2").arg(joining);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember"),
                             bobMember + QStringLiteral(" AND role = 'member'")),
                 1);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmembermapping"), bobMember), 1);
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember_teams"),
                             QStringLiteral("team_id = 31 AND organizationmember_id = (SELECT id "
                                            "FROM sentry_organizationmember WHERE %1)")
                                 .arg(bobMember)),
                 1);
        QCOMPARE(messagesOf(outcomes).filter(QStringLiteral("Bob1@example.com")).size(), 1);

        // ALICE0 is acme's only owner: removing her is refused, and said.
        selectOnly(QStringLiteral("ALICE0@example.com"));
        if (QTest::currentTestFailed())
            return;
        action->trigger();
        dialog = openedDialog<MembershipsDialog>("membershipsDialog");
        auto *change = dialog->findChild<QComboBox *>("changeCombo");
        change->setFocus();
        QTest::keyClick(change, Qt::Key_End);
        QCOMPARE(dialog->request().action, AccountAction::LeaveOrganization);
        QCOMPARE(dialog->findChild<QLabel *>("summaryLabel")->text(),
                 said("%Ln member(s) leave %1, with their teams there.").arg("acme") +
                     QStringLiteral("\nThe only owner of acme is refused, as in Sentry."));
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(changed.wait());
        QTRY_COMPARE(Dialogs::messagesShown().size(), 1);
        QVERIFY2(Dialogs::messagesShown().first().text.contains(QStringLiteral("owner")),
                 qPrintable(Dialogs::messagesShown().first().text));
        QCOMPARE(m_db->count(QStringLiteral("sentry_organizationmember"),
                             QStringLiteral("user_id = %1 AND organization_id = 2").arg(owner)),
                 1);
        QCOMPARE(m_db->count(QStringLiteral("useradmin_audit"),
                             QStringLiteral("action IN ('add-member', 'remove-member')")),
                 2);
    }

    void resetTwoFactorNamesTheEnrolledMethods()
    {
        QTRY_VERIFY(model()->isLoaded(2));
        const QList<qint64> ids{rowId(0), rowId(1), rowId(2)};
        const auto enroll = [&](qint64 id, int type) {
            m_db->exec(QStringLiteral("INSERT INTO auth_authenticator (user_id, created_at, type, "
                                      "config) VALUES (?, '2026-01-01T00:00:00Z', ?, '')"),
                       {id, type});
        };
        enroll(ids[0], 0); // recovery codes
        enroll(ids[0], 1); // TOTP
        enroll(ids[1], 0);
        auto *action = m_browser->findChild<QAction *>("actionResetTwoFactor");
        QVERIFY(view()->actions().contains(action));

        // The third user alone has none: said, and nothing asked.
        Dialogs::setNextAnswers({});
        ctrlClickRows({2});
        action->trigger();
        QTRY_COMPARE(Dialogs::messagesShown().size(), 1);
        QVERIFY(Dialogs::messagesShown().first().text.endsWith(
            QStringLiteral("two-factor method enrolled: there is nothing to reset.")));
        QVERIFY(Dialogs::questionsAsked().isEmpty());

        ctrlClickRows({0, 1});
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({false});
        action->trigger();
        QTRY_COMPARE(Dialogs::questionsAsked().size(), 1);
        // Named in Sentry's order, recovery codes last, each with its count of users.
        const QString question = Dialogs::questionsAsked().first().text;
        QVERIFY2(question.startsWith(QStringLiteral("Remove every two-factor method of 2 user")),
                 qPrintable(question));
        const qsizetype totp = question.indexOf(QStringLiteral("Enrolled: totp (1 user"));
        QVERIFY2(totp > 0, qPrintable(question));
        QVERIFY(question.indexOf(QStringLiteral(", recovery (2 user")) > totp);
        QVERIFY(question.contains(QStringLiteral("selected user")));
        QVERIFY(question.endsWith(
            QStringLiteral("They sign in with their password alone until they enroll again.")));
        QCOMPARE(m_db->count(QStringLiteral("auth_authenticator")), 3);

        Dialogs::setNextAnswers({true});
        action->trigger();
        QVERIFY(changed.wait());
        QCOMPARE(m_db->count(QStringLiteral("auth_authenticator")), 0);
        QCOMPARE(messagesOf(outcomes).filter(QStringLiteral("2FA reset: totp, recovery")).size(),
                 1);
        QCOMPARE(messagesOf(outcomes).filter(QStringLiteral("no two-factor method")).size(), 1);
        QCOMPARE(
            m_db->count(QStringLiteral("useradmin_audit"), QStringLiteral("action = 'reset-2fa'")),
            1);
    }

    void resetTwoFactorExplainsADatabaseWithoutTheTable()
    {
        QTRY_VERIFY(model()->isLoaded(0));
        m_db->exec(QStringLiteral("DROP TABLE auth_authenticator"));
        Dialogs::setNextAnswers({});
        view()->selectRow(0);
        m_browser->findChild<QAction *>("actionResetTwoFactor")->trigger();
        QTRY_COMPARE(Dialogs::messagesShown().size(), 1);
        QVERIFY(Dialogs::messagesShown().first().text.contains(
            QStringLiteral("no two-factor table (auth_authenticator)")));
        QVERIFY(Dialogs::questionsAsked().isEmpty());
    }

    void writesMadeElsewhereShowUpByThemselves()
    {
        auto *countLabel = m_browser->findChild<QLabel *>("countLabel");
        QTRY_VERIFY(countLabel->text().startsWith(QStringLiteral("300 user")));
        QSignalSpy checked(m_browser.get(), &UsersBrowser::freshnessChecked);
        m_browser->setFreshnessCheckInterval(50);
        // A check after the interval's change: what it found is the state shown.
        QVERIFY(checked.wait());
        checked.clear();
        insertUserElsewhere(QStringLiteral("zed@example.com"));
        QTRY_VERIFY(countLabel->text().startsWith(QStringLiteral("301 user")));
        QTRY_COMPARE(view()->model()->rowCount(), 301);
    }

    void searchCountsAgreeWithTheSameMomentsTotal()
    {
        // No check notices the new user: only the search's own read does.
        m_browser->setFreshnessCheckInterval(24 * 3600 * 1000);
        auto *countLabel = m_browser->findChild<QLabel *>("countLabel");
        auto *search = m_browser->findChild<QLineEdit *>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("vic"));
        QTRY_COMPARE(countLabel->text(), QStringLiteral("30 of 300 users"));
        insertUserElsewhere(QStringLiteral("victoria@example.com"));
        QTest::keyClicks(search, QStringLiteral("t"));
        QTRY_COMPARE(countLabel->text(), QStringLiteral("31 of 301 users"));
        QCOMPARE(view()->model()->rowCount(), 31);
    }

    void emptyStatesSayWhatToDo()
    {
        auto *emptyLabel = m_browser->findChild<QLabel *>("emptyLabel");
        QVERIFY(emptyLabel->isHidden());
        auto *search = m_browser->findChild<QLineEdit *>("searchEdit");
        QTest::keyClicks(search, QStringLiteral("zoe"));
        QTRY_VERIFY(emptyLabel->isVisible());
        QCOMPARE(emptyLabel->text(), QStringLiteral("No user matches 'zoe'"));
        // Centred over the rows' area.
        QCOMPARE(emptyLabel->geometry().center(), view()->viewport()->rect().center());
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QTRY_VERIFY(emptyLabel->isHidden());

        TestDatabase empty;
        m_browser->setDatabaseLocation(empty.path(), InstanceSettings());
        QTRY_VERIFY(emptyLabel->isVisible());
        QCOMPARE(emptyLabel->text(),
                 QStringLiteral("Create the first user with the form on the left"));
    }

    void bulkUpdateShowsTheNewState()
    {
        QTRY_VERIFY(view()->model()->index(0, 0).data(UsersTableModel::IdRole).isValid());
        QSignalSpy selection(m_browser.get(), &UsersBrowser::selectionCountChanged);
        // Rows 0 and 2, by clicks; email order puts ALICE0, alice10, alice100 first.
        const auto clickRow = [&](int row, Qt::KeyboardModifiers modifiers) {
            const QRect rect = view()->visualRect(view()->model()->index(row, 0));
            QTest::mouseClick(view()->viewport(), Qt::LeftButton, modifiers, rect.center());
        };
        clickRow(0, {});
        clickRow(2, Qt::ControlModifier);
        QCOMPARE(selection.last().first().toInt(), 2);
        const QList<qint64> ids = m_browser->selectedUserIds();
        QCOMPARE(ids.size(), 2);
        const QString first = cell(0, 0);
        QCOMPARE(cell(0, UsersTableModel::ActiveColumn), QStringLiteral("no"));

        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        // Opens once the selection and the organizations are read in the background.
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        QTRY_VERIFY(dialog->isVisible());
        auto *ok = dialog->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());                                            // nothing chosen yet
        dialog->findChild<QComboBox *>("activeCombo")->setCurrentIndex(1);    // set
        dialog->findChild<QComboBox *>("staffCombo")->setCurrentIndex(1);     // set
        dialog->findChild<QComboBox *>("superuserCombo")->setCurrentIndex(2); // unset
        QVERIFY(ok->isEnabled());

        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({true});
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_COMPARE(changed.size(), 1);
        QStringList messages;
        for (const QList<QVariant> &arguments : std::as_const(outcomes))
            for (const Outcome &outcome : arguments.first().value<QList<Outcome>>())
                messages << outcome.message;
        QVERIFY(!messages.filter(QStringLiteral("User updated: %1 (").arg(first)).isEmpty());
        QVERIFY(messages.contains(QStringLiteral(
            "Non-superuser asked to be given staff access, correcting to staff=False")));
        QCOMPARE(m_db->count(QStringLiteral("useradmin_audit"),
                             QStringLiteral("action = 'force-update' AND emails LIKE ? AND "
                                            "outcome LIKE '%updated 2,%'"),
                             {QStringLiteral("%%1%").arg(first)}),
                 1);
        QTRY_COMPARE(cell(0, UsersTableModel::ActiveColumn), QStringLiteral("yes"));
        QCOMPARE(cell(0, UsersTableModel::SuperuserColumn), QStringLiteral("no"));
        QCOMPARE(cell(0, UsersTableModel::StaffColumn), QStringLiteral("no"));
        QCOMPARE(m_db->count(QStringLiteral("auth_user"),
                             QStringLiteral("is_active = 1 AND id IN (?, ?)"), {ids[0], ids[1]}),
                 2);
    }

    void selectionFollowsTheUsersAReorderingUpdateMoves()
    {
        // Superusers first: the two selected are superusers that the update moves down.
        view()->sortByColumn(UsersTableModel::SuperuserColumn, Qt::DescendingOrder);
        QTRY_VERIFY(model()->isLoaded(0));
        QCOMPARE(cell(0, UsersTableModel::SuperuserColumn), QStringLiteral("yes"));
        QCOMPARE(cell(2, UsersTableModel::SuperuserColumn), QStringLiteral("yes"));
        QList<qint64> ids{rowId(0), rowId(2)};
        std::sort(ids.begin(), ids.end()); // as selectedUserIds() gives them
        view()->selectionModel()->select(view()->model()->index(0, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        view()->selectionModel()->select(view()->model()->index(2, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(m_browser->selectedUserIds(), ids);

        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        // Opens once the selection and the organizations are read in the background.
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        dialog->findChild<QComboBox *>("superuserCombo")->setCurrentIndex(2); // unset
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        Dialogs::setNextAnswers({true});
        dialog->accept();
        QTRY_COMPARE(changed.size(), 1);

        // Rows 0 and 2 now show other users, and are not selected.
        QTRY_VERIFY(model()->isLoaded(0) && !ids.contains(rowId(0)));
        QVERIFY(!view()->selectionModel()->isRowSelected(0));
        QVERIFY(!view()->selectionModel()->isRowSelected(2));
        // The two users are selected where they are now, once shown.
        QList<int> rows;
        for (int row = 0; row < view()->model()->rowCount(); row += 10) {
            view()->scrollTo(view()->model()->index(row, 0));
            QTRY_VERIFY(model()->isLoaded(row));
        }
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            QVERIFY(model()->isLoaded(row));
            if (ids.contains(rowId(row)))
                rows << row;
        }
        QCOMPARE(rows.size(), 2);
        QVERIFY(rows[0] > 2);
        for (const int row : rows) {
            QVERIFY(view()->selectionModel()->isRowSelected(row));
            QCOMPARE(cell(row, UsersTableModel::SuperuserColumn), QStringLiteral("no"));
        }
        QCOMPARE(m_browser->selectedUserIds(), ids);
    }

    void aLargeSelectionKeepsTheDialogResponsive()
    {
        cleanup();
        m_db = std::make_unique<TestDatabase>();
        addBrowserUsers(*m_db, 50000);
        m_browser = std::make_unique<UsersBrowser>();
        m_browser->resize(900, 600);
        m_browser->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
        m_browser->setDatabaseLocation(m_db->path(), InstanceSettings());
        QTRY_COMPARE(m_browser->totalUsers(), 50000);
        QTRY_VERIFY(model()->isLoaded(0));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);
        QSignalSpy selection(m_browser.get(), &UsersBrowser::selectionCountChanged);
        QTRY_VERIFY(!selection.isEmpty() || view()->selectionModel()->isRowSelected(49999));

        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        // Opens once the selection and the organizations are read in the background.
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        QVERIFY(
            dialog->findChild<QLabel *>("selectionLabel")->text().contains(QStringLiteral("50")));
        dialog->findChild<QGroupBox *>("passwordGroup")->setChecked(true);
        auto *password = dialog->findChild<QLineEdit *>("passwordEdit");
        auto *confirm = dialog->findChild<QLineEdit *>("confirmPasswordEdit");
        // A generous sanity bound, not a benchmark: each keystroke re-checks the policy.
        const QString typed = QStringLiteral("Corr3ct-Horse-Battery");
        QElapsedTimer slowest;
        qint64 worst = 0;
        for (QLineEdit *edit : {password, confirm})
            for (const QChar c : typed) {
                slowest.start();
                QTest::keyClicks(edit, QString(c));
                worst = std::max(worst, slowest.elapsed());
            }
        QVERIFY2(worst < 1000, qPrintable(QString::number(worst)));
        auto *ok = dialog->findChild<QDialogButtonBox *>("buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        // Hashing 50,000 passwords is not this test's business.
        Dialogs::setNextAnswers({false});
        dialog->accept();
    }

    void declinedConfirmationWritesNothing()
    {
        QTRY_VERIFY(view()->model()->index(0, 0).data(UsersTableModel::IdRole).isValid());
        view()->selectRow(0);
        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        // Opens once the selection and the organizations are read in the background.
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        dialog->findChild<QComboBox *>("activeCombo")->setCurrentIndex(1);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({false});
        dialog->accept();
        QTRY_COMPARE(Dialogs::questionsAsked().size(), 1);
        QTRY_VERIFY(m_browser->findChild<QWidget *>("bulkProgressBar")->isHidden());
        QCOMPARE(outcomes.size(), 0);
        QCOMPARE(cell(0, UsersTableModel::ActiveColumn), QStringLiteral("no"));
    }

    void confirmationListsStaffClearedWithSuperuserAndSuperAdmin()
    {
        // Every superuser holds Super Admin, as createuser leaves them.
        m_db->exec(QStringLiteral(
            "INSERT INTO sentry_userrole_users (user_id, role_id, date_added, date_updated) "
            "SELECT u.id, r.id, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z' FROM auth_user u, "
            "sentry_userrole r WHERE u.is_superuser = 1 AND r.name = 'Super Admin'"));
        const int superusers =
            m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_superuser = 1"));
        const int staff = m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_staff = 1"));
        QVERIFY(staff > 0 && staff < superusers);
        QTRY_VERIFY(model()->isLoaded(0));
        view()->setFocus();
        QTest::keyClick(view(), Qt::Key_A, Qt::ControlModifier);

        m_browser->startBulkUpdate();
        BulkUpdateDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
        auto *superuser = dialog->findChild<QComboBox *>("superuserCombo");
        superuser->setFocus();
        QTest::keyClick(superuser, Qt::Key_End); // Unset
        QCOMPARE(superuser->currentIndex(), 2);
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        Dialogs::setNextAnswers({false});
        QTest::keyClick(dialog, Qt::Key_Return);

        QTRY_COMPARE(Dialogs::questionsAsked().size(), 1);
        const QString question = Dialogs::questionsAsked().first().text;
        // The window's own words, with whatever plural forms are loaded.
        const auto said = [](const char *context, const char *text, int count) {
            return QCoreApplication::translate(context, text, nullptr, count);
        };
        QVERIFY2(question.startsWith(said("UsersBrowser", "Change %n user(s)?", superusers)),
                 qPrintable(question));
        for (const QString &line :
             {said("BulkUpdateDialog", "Superuser: %n user(s) yes→no", superusers),
              said("BulkUpdateDialog", "Staff: %n user(s) yes→no (cleared with Superuser)", staff),
              said("BulkUpdateDialog", "Super Admin: removed from %n user(s)", superusers),
              said("BulkUpdateDialog", "Unchanged: %n user(s) already as asked", 300 - superusers)})
            QVERIFY2(question.split(QLatin1Char('\n')).contains(line), qPrintable(question));
        // Declined: nothing written.
        QTRY_VERIFY(m_browser->findChild<QWidget *>("bulkProgressBar")->isHidden());
        QCOMPARE(outcomes.size(), 0);
        QCOMPARE(m_db->count(QStringLiteral("auth_user"), QStringLiteral("is_superuser = 1")),
                 superusers);
    }

    void deactivatingTheLastActiveSuperuserAsksAgain()
    {
        const qint64 last = selectTheOnlyActiveSuperuser();
        const auto isActive = [&] {
            return m_db
                ->value(QStringLiteral("SELECT is_active FROM auth_user WHERE id = ?"), {last})
                .toInt();
        };
        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        // Yes, then no to the second question: the last superuser stays active.
        Dialogs::setNextAnswers({true, false});
        m_browser->findChild<QAction *>("actionDeactivate")->trigger();
        QVERIFY(changed.wait());
        QTRY_COMPARE(Dialogs::questionsAsked().size(), 2);
        QVERIFY(Dialogs::questionsAsked()[1].text.contains(
            QStringLiteral("nobody could open Sentry's admin")));
        QCOMPARE(isActive(), 1);
        // Yes to both: deactivated.
        QTRY_COMPARE(view()->selectionModel()->selectedRows().size(), 1);
        Dialogs::setNextAnswers({true, true});
        m_browser->findChild<QAction *>("actionDeactivate")->trigger();
        QTRY_COMPARE(changed.size(), 3);
        QTRY_COMPARE(isActive(), 0);
    }

    void removingTheLastActiveSuperuserAsksAgain()
    {
        const qint64 last = selectTheOnlyActiveSuperuser();
        const QString email =
            m_db->value(QStringLiteral("SELECT email FROM auth_user WHERE id = ?"), {last})
                .toString();
        QCOMPARE(m_browser->selectedUserIds(), QList<qint64>{last});

        const auto removeSuperuser = [&](bool secondAnswer) {
            m_browser->startBulkUpdate();
            BulkUpdateDialog *dialog = nullptr;
            QTRY_VERIFY((dialog = m_browser->findChild<BulkUpdateDialog *>("bulkUpdateDialog")));
            dialog->findChild<QComboBox *>("superuserCombo")->setCurrentIndex(2); // unset
            Dialogs::setNextAnswers({true, secondAnswer});
            dialog->accept();
            QTRY_COMPARE(Dialogs::questionsAsked().size(), 2);
            QVERIFY2(Dialogs::questionsAsked()[1].text.contains(
                         QStringLiteral("nobody could open Sentry's admin")),
                     qPrintable(Dialogs::questionsAsked()[1].text));
        };
        QSignalSpy outcomes(m_browser.get(), &UsersBrowser::outcomesReported);
        removeSuperuser(false);
        QTRY_VERIFY(m_browser->findChild<QWidget *>("bulkProgressBar")->isHidden());
        QCOMPARE(outcomes.size(), 0);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT is_superuser FROM auth_user WHERE id = ?"), {last})
                .toInt(),
            1);

        QSignalSpy changed(m_browser.get(), &UsersBrowser::usersChanged);
        removeSuperuser(true);
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(
            m_db->value(QStringLiteral("SELECT is_superuser FROM auth_user WHERE id = ?"), {last})
                .toInt(),
            0);
        QStringList messages;
        for (const QList<QVariant> &arguments : std::as_const(outcomes))
            for (const Outcome &outcome : arguments.first().value<QList<Outcome>>())
                messages << outcome.message;
        QVERIFY2(messages.contains(QStringLiteral("User updated: %1 (superuser yes→no, staff "
                                                  "yes→no)")
                                       .arg(email)),
                 qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(!messages.filter(QStringLiteral("No active superuser is left")).isEmpty());
    }
};

QTEST_MAIN(TestUsersBrowser)
#include "tst_usersbrowser.moc"
