#include "MainWindowTest.h"
#include "domain/DisplayText.h"
#include "gui/Dialogs.h"
#include "gui/LogJournal.h"

#include <QClipboard>
#include <QDirIterator>
#include <QHeaderView>
#include <QStandardPaths>
#include <QTableView>
#include <sys/stat.h>

// The log pane kept per database across restarts: its journal in the data folder, private to
// its owner whatever the umask, without a password, and named after the database in every entry.
class TestLastingLog : public MainWindowTest
{
    Q_OBJECT

    const QString strongPassword = QStringLiteral("Kept-out-of-the-log-4471!");

    QTableView *logView() const { return child<QTableView>("logView"); }

    // The form filled by keys, then Ctrl+Return as an operator creates.
    void createByKeys(const QString &email)
    {
        typeEmails(email);
        typePasswords(strongPassword, strongPassword);
        QTRY_VERIFY(action("actionCreateUsers")->isEnabled());
        QTest::keyClick(lineEdit("confirmPasswordEdit"), Qt::Key_Return, Qt::ControlModifier);
        waitForBatch();
    }

    void waitForLog() { QTRY_VERIFY_WITH_TIMEOUT(!log()->isLoading(), 30000); }

    // Every file the application keeps in its data folder, read whole.
    QByteArray dataFiles() const
    {
        QByteArray all;
        QDirIterator files(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                           QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private slots:
    void initTestCase() { setUpHome(); }

    void cleanup() { closeWindowAndDatabase(); }

    void theLogOfEachDatabaseSurvivesARestart()
    {
        openWindowOnNewDatabase();
        waitForLog();
        createByKeys(QStringLiteral("kept@example.com"));
        QVERIFY(logMessages().contains(QStringLiteral("User created: kept@example.com")));
        const QString name = m_window->database()->displayName();

        // A restart: window and model gone, the same database opened again.
        m_window.reset();
        QVERIFY(BackgroundJob::waitForAll(30000));
        openWindowOn(m_database->path());
        waitForLog();
        QVERIFY2(logMessages().contains(QStringLiteral("User created: kept@example.com")),
                 qPrintable(logMessages().join(u'\n')));
        const int row =
            int(logMessages().indexOf(QStringLiteral("User created: kept@example.com")));
        QCOMPARE(log()->index(row, LogModel::DatabaseColumn).data().toString(), name);
        QCOMPARE(log()->index(row, LogModel::TimeColumn).data().toString(),
                 DisplayText::dateTime(log()->outcomeAt(row).time));

        // Another database shows none of them, and keeps its own.
        TestDatabase other;
        QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
        m_window->openDatabase(other.path());
        QVERIFY(opened.wait(30000));
        waitForPickers();
        waitForLog();
        QVERIFY(!logMessages().contains(QStringLiteral("User created: kept@example.com")));
        createByKeys(QStringLiteral("elsewhere@example.com"));

        m_window->openDatabase(m_database->path());
        QVERIFY(opened.wait(30000));
        waitForPickers();
        waitForLog();
        QVERIFY(logMessages().contains(QStringLiteral("User created: kept@example.com")));
        QVERIFY(!logMessages().contains(QStringLiteral("User created: elsewhere@example.com")));
        m_window.reset();
        QVERIFY(BackgroundJob::waitForAll(30000));
    }

    void theJournalIsPrivateAndHoldsNoPassword()
    {
        // A lax umask: the journal is its owner's only all the same.
        const mode_t previous = umask(0);
        openWindowOnNewDatabase();
        waitForLog();
        createByKeys(QStringLiteral("one@example.com two@example.com"));
        umask(previous);
        QCOMPARE(countKind(Outcome::Kind::Created), 2);

        const QString journal = log()->journalPath();
        QVERIFY2(
            journal.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)),
            qPrintable(journal));
        struct stat status = {};
        QCOMPARE(stat(QFile::encodeName(journal).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, mode_t(0600));
        QVERIFY(dataFiles().contains("User created: two@example.com"));
        QVERIFY(!dataFiles().contains(strongPassword.toUtf8()));

        // A server's journal is named from host, port, database and role, never the password.
        const QString withPassword =
            QStringLiteral("postgresql://admin:S3cret-in-url@db.example:5432/sentry");
        const QString journalOfServer = LogJournal::pathFor(withPassword);
        QVERIFY(!journalOfServer.contains(QStringLiteral("S3cret")));
        QCOMPARE(journalOfServer,
                 LogJournal::pathFor(QStringLiteral("postgresql://admin:other@db.example/sentry")));
        QVERIFY(journalOfServer !=
                LogJournal::pathFor(QStringLiteral("postgresql://admin@db.example/other")));
        LogModel model;
        model.setDatabase(QStringLiteral("postgresql://admin@db.example:5432/sentry"),
                          journalOfServer);
        model.append(Outcome::created(QStringLiteral("server@example.com")));
        QFile file(journalOfServer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains("User created: server@example.com"));
        QVERIFY(!written.contains("S3cret"));
        QVERIFY(!dataFiles().contains("S3cret"));
    }

    void copyAndSaveNameTheDatabase()
    {
        openWindowOnNewDatabase();
        waitForLog();
        createByKeys(QStringLiteral("named@example.com"));
        const QString name = m_window->database()->displayName();

        // Every entry selected and copied by keys.
        logView()->setFocus();
        QTest::keyClick(logView(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(logView(), Qt::Key_C, Qt::ControlModifier);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QStringLiteral("\t%1\tcreated\tnamed@example.com\t").arg(name)),
                 qPrintable(copied));

        QTemporaryDir dir;
        const QString fileName = dir.filePath(QStringLiteral("log.txt"));
        QSignalSpy savedSpy(log(), &LogModel::saved);
        Dialogs::setNextFileName(fileName);
        action("actionSaveLog")->trigger();
        QTRY_COMPARE(savedSpy.size(), 1);
        QFile file(fileName);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QVERIFY2(saved.contains(QStringLiteral("\t%1\tcreated\tnamed@example.com\t").arg(name)),
                 qPrintable(saved));
        QVERIFY(!saved.contains(strongPassword));

        // The kind column holds its longest name, whatever rows are in view.
        QHeaderView *header = logView()->horizontalHeader();
        QVERIFY(header->sectionSize(LogModel::KindColumn) >
                logView()->fontMetrics().horizontalAdvance(
                    outcomeKindName(Outcome::Kind::AddedToOrganization)));
        QVERIFY(header->sectionSize(LogModel::DatabaseColumn) >=
                logView()->fontMetrics().horizontalAdvance(name));
    }
};

QTEST_MAIN(TestLastingLog)
#include "tst_lastinglog.moc"
