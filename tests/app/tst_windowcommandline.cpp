#include "TestPaths.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The window's own command line, through the real useradmin executable (offscreen): --help and
// --version answer, a wrong option is an error, and none of them opens or creates a database.
class TestWindowCommandLine : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1; // -1 also when it crashed or hung
        QString out;
        QString err;
    };

    std::unique_ptr<QTemporaryDir> m_root;

    // Started from an empty working folder, with a home, data and settings folder of its own.
    QString workingFolder() const { return m_root->filePath(QStringLiteral("work")); }
    QString homeFolder() const { return m_root->filePath(QStringLiteral("home")); }

    Result run(const QStringList &arguments) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), homeFolder());
        environment.insert(QStringLiteral("XDG_DATA_HOME"), homeFolder() + QStringLiteral("/data"));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           homeFolder() + QStringLiteral("/config"));
        environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        environment.remove(QStringLiteral("LANGUAGE"));
        environment.remove(QStringLiteral("LC_ALL"));
        environment.remove(QStringLiteral("LC_MESSAGES"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(workingFolder());
        process.start(QString::fromUtf8(TestPaths::appExecutable), arguments);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(60'000);
        if (!finished) {
            process.kill();
            process.waitForFinished();
        }
        const bool normal = finished && process.exitStatus() == QProcess::NormalExit;
        return {normal ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // Files in the working folder, and databases anywhere in the home folder.
    QStringList created() const
    {
        QStringList files =
            QDir(workingFolder())
                .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
        QDirIterator databases(homeFolder(), {QStringLiteral("*.sqlite3")}, QDir::Files,
                               QDirIterator::Subdirectories);
        while (databases.hasNext())
            files << databases.next();
        return files;
    }

    void chooseLanguage(const QString &code) const
    {
        const QString folder = homeFolder() + QStringLiteral("/config/useradmin");
        QVERIFY(QDir().mkpath(folder));
        QFile settings(folder + QStringLiteral("/useradmin.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=" + code.toUtf8() + '\n');
    }

private slots:
    void init()
    {
        m_root = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir().mkpath(workingFolder()));
        QVERIFY(QDir().mkpath(homeFolder()));
    }

    void helpPrintsUsageAndCreatesNothing()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("[database]")));
        QVERIFY(result.out.contains(QStringLiteral("--version")));
        QVERIFY(result.out.contains(QStringLiteral("postgresql://")));
        QCOMPARE(created(), QStringList());
    }

    void versionPrintsTheVersion()
    {
        const Result result = run({QStringLiteral("--version")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^useradmin \\d+\\.\\d+\\.\\d+\\n$"))
                     .match(result.out)
                     .hasMatch(),
                 qPrintable(result.out));
        QCOMPARE(created(), QStringList());
    }

    void unknownOptionIsAnError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("--bogus") << QStringList{QStringLiteral("--bogus")}
                                 << QStringLiteral("bogus");
        QTest::newRow("with a database")
            << QStringList{QStringLiteral("x.sqlite3"), QStringLiteral("--bogus")}
            << QStringLiteral("bogus");
        QTest::newRow("two databases")
            << QStringList{QStringLiteral("a.sqlite3"), QStringLiteral("b.sqlite3")}
            << QStringLiteral("one database");
    }

    void unknownOptionIsAnError()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(result.out, QString());
        QVERIFY2(result.err.contains(named), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("useradmin --help")), qPrintable(result.err));
        QCOMPARE(created(), QStringList());
    }

    void helpSpeaksTheChosenLanguage()
    {
        chooseLanguage(QStringLiteral("de"));
        const Result german = run({QStringLiteral("--help")});
        QCOMPARE(german.exitCode, 0);
        // Qt's own words (qtbase) and the program's, both German.
        QVERIFY2(german.out.contains(QStringLiteral("Aufruf: ")), qPrintable(german.out));
        QVERIFY2(german.out.contains(QStringLiteral("Benutzerkonten")), qPrintable(german.out));
        chooseLanguage(QStringLiteral("fr"));
        const Result french = run({QStringLiteral("--bogus")});
        QCOMPARE(french.exitCode, 2);
        QVERIFY2(french.err.contains(QStringLiteral("useradmin --help")), qPrintable(french.err));
        QVERIFY2(!french.err.contains(QStringLiteral("Run ")), qPrintable(french.err));
        QCOMPARE(created(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestWindowCommandLine)
#include "tst_windowcommandline.moc"
