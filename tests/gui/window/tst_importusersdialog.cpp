#include "Django.h"
#include "MainWindowTest.h"
#include "gui/Dialogs.h"
#include "gui/ImportUsersDialog.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QPlainTextEdit>
#include <QTableView>
#include <sys/stat.h>

// File > Import users… on the real main window, driven with key presses, on a fresh embedded
// database per test: the verdict of every row, invalid rows left out, the import with its log
// lines, and generated passwords shown once and saved to a new private file.
class TestImportUsersDialog : public MainWindowTest
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    ImportUsersDialog *openImport(const QString &fileName)
    {
        Dialogs::setNextFileName(fileName);
        triggerAction("actionImportUsers");
        ImportUsersDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = m_window->findChild<ImportUsersDialog *>())); }();
        return dialog;
    }

    template<typename T> static T *part(QDialog *dialog, const char *name)
    {
        T *found = dialog->findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return found;
    }

    static void press(QWidget *widget)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_Space);
    }

private slots:
    void initTestCase() { setUpHome(); }
    void init() { openWindowOnNewDatabase(100); }
    void cleanup() { closeWindowAndDatabase(); }

    void invalidRowsBlockTheImportUntilLeftOut()
    {
        const QString file =
            writeFile(QStringLiteral("users.csv"), "email;name;organization;teams\n"
                                                   "ann@example.com;Ann;sentry;sentry\n"
                                                   "nope;;sentry;\n"
                                                   "bob@example.com;\"Bob\nBrown\";;\n");
        ImportUsersDialog *dialog = openImport(file);
        auto *view = part<QTableView>(dialog, "verdictView");
        QTRY_COMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->model()->index(1, 0).data().toString(), QStringLiteral("3"));
        QCOMPARE(view->model()->index(1, 2).data().toString(),
                 QStringLiteral("Enter a valid email address."));
        QCOMPARE(view->model()->index(2, 0).data().toString(), QStringLiteral("4"));
        auto *importButton = part<QPushButton>(dialog, "importButton");
        QVERIFY(!importButton->isEnabled());

        press(part<QCheckBox>(dialog, "leaveOutCheck"));
        QVERIFY(importButton->isEnabled());
        press(part<QCheckBox>(dialog, "generateCheck"));
        press(importButton);
        auto *summary = part<QLabel>(dialog, "summaryLabel");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(QStringLiteral("2 created")), 30000);
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 2);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmembermapping")), 1);
        QCOMPARE(m_database->count(QStringLiteral("sentry_organizationmember_teamsreplica")), 1);
        QCOMPARE(log()->outcomeAt(log()->rowCount() - 1).message,
                 QStringLiteral("User created: bob@example.com"));
        // The browser shows the imported users at once, not at its next check.
        QTRY_COMPARE(label("userCountLabel")->text(), QStringLiteral("2 users"));

        // The generated passwords, once, in the dialog: Django accepts each.
        auto *passwords = part<QPlainTextEdit>(dialog, "passwordsEdit");
        QTRY_VERIFY(passwords->isVisible());
        const QStringList lines = passwords->toPlainText().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        for (const QString &line : lines.mid(1)) {
            const QString email = line.section(QLatin1Char(','), 0, 0);
            const QString password = line.section(QLatin1Char(','), 1);
            QCOMPARE(password.size(), 24);
            QVERIFY(Django::acceptsPassword(
                password.toUtf8(),
                m_database
                    ->value(QStringLiteral("SELECT password FROM auth_user WHERE email = ?"),
                            {email})
                    .toString()));
            for (int row = 0; row < log()->rowCount(); ++row)
                QVERIFY(!log()->outcomeAt(row).message.contains(password));
        }

        // Saved to a new file of mode 0600, never over an existing one.
        const QString saved = m_home.filePath(QStringLiteral("passwords.csv"));
        Dialogs::setNextFileName(saved);
        press(part<QPushButton>(dialog, "savePasswordsButton"));
        struct stat status
        {};
        QCOMPARE(::stat(QFile::encodeName(saved).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0600u);
        QFile savedFile(saved);
        QVERIFY(savedFile.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(savedFile.readAll()), lines.join(QLatin1Char('\n')) + u'\n');
        Dialogs::setNextFileName(saved);
        press(part<QPushButton>(dialog, "savePasswordsButton"));
        QCOMPARE(Dialogs::messagesShown().size(), 1);
        QVERIFY(Dialogs::messagesShown().first().text.contains(QStringLiteral("exists")));

        press(part<QPushButton>(dialog, "copyPasswordsButton"));
        QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(QLatin1Char('\n')));

        press(part<QPushButton>(dialog, "closeButton"));
        QTRY_VERIFY(!m_window->findChild<ImportUsersDialog *>());
    }

    void exportWritesWhatTheSearchFinds()
    {
        ImportUsersDialog *dialog =
            openImport(writeFile(QStringLiteral("users.csv"), "email,name,organization,role\n"
                                                              "ann@example.com,Ann,sentry,admin\n"
                                                              "bob@example.com,\"Brown, Bob\",,\n"
                                                              "bea@example.com,,sentry,\n"));
        auto *importButton = part<QPushButton>(dialog, "importButton");
        QTRY_VERIFY(importButton->isEnabled());
        press(importButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            part<QLabel>(dialog, "summaryLabel")->text().startsWith(QStringLiteral("3 created")),
            30000);
        press(part<QPushButton>(dialog, "closeButton"));

        QLineEdit *search = lineEdit("searchEdit");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("b"));
        const QString exported = m_home.filePath(QStringLiteral("exported.csv"));
        Dialogs::setNextFileName(exported);
        const int logged = log()->rowCount();
        triggerAction("actionExportUsers");
        QTRY_COMPARE(log()->rowCount(), logged + 1);
        QCOMPARE(log()->outcomeAt(logged).message,
                 QStringLiteral("Exported 2 rows to %1").arg(exported));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // In id order: a chunk of users is written sorted by email.
        QCOMPARE(file.readAll(), QByteArray("email,name,superuser,staff,organization,role,teams\n"
                                            "bea@example.com,,false,false,sentry,member,\n"
                                            "bob@example.com,\"Brown, Bob\",false,false,,,\n"));
        file.close();

        // The selection only: Bob's row, clicked in the browser (sorted by email: second).
        QVERIFY(!action("actionExportSelectedUsers")->isEnabled());
        auto *users = child<QTableView>("usersView");
        QTRY_VERIFY(users->model()->index(1, 0).data().toString() ==
                    QStringLiteral("bob@example.com"));
        QTest::mouseClick(users->viewport(), Qt::LeftButton, {},
                          users->visualRect(users->model()->index(1, 0)).center());
        QTRY_VERIFY(action("actionExportSelectedUsers")->isEnabled());
        QVERIFY(users->actions().contains(action("actionExportSelectedUsers")));
        const QString selected = m_home.filePath(QStringLiteral("selected.csv"));
        Dialogs::setNextFileName(selected);
        triggerAction("actionExportSelectedUsers");
        QTRY_COMPARE(log()->rowCount(), logged + 2);
        QCOMPARE(log()->outcomeAt(logged + 1).message,
                 QStringLiteral("Exported 1 row to %1").arg(selected));
        QFile selection(selected);
        QVERIFY(selection.open(QIODevice::ReadOnly));
        QCOMPARE(selection.readAll(),
                 QByteArray("email,name,superuser,staff,organization,role,teams\n"
                            "bob@example.com,\"Brown, Bob\",false,false,,,\n"));
    }

    void aBrokenFileSaysWhereAndImportsNothing()
    {
        ImportUsersDialog *dialog =
            openImport(writeFile(QStringLiteral("broken.csv"), "email,phone\nx@example.com,1\n"));
        auto *summary = part<QLabel>(dialog, "summaryLabel");
        QTRY_VERIFY(summary->text().startsWith(QStringLiteral("line 1: unknown columns: phone")));
        QVERIFY(!part<QPushButton>(dialog, "importButton")->isEnabled());
        QCOMPARE(m_database->count(QStringLiteral("auth_user")), 0);
    }
};

QTEST_MAIN(TestImportUsersDialog)
#include "tst_importusersdialog.moc"
