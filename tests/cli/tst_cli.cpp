#include "CliRunner.h"
#include "Django.h"
#include "SqlValue.h"
#include "TestConnection.h"
#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"
#include "crypto/PasswordHasher.h"
#include "storage/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray password = "Corr3ct-Horse-Battery";
using Result = CliRunner::Result;
} // namespace

// Drives the real useradmin-cli executable: arguments, standard input, outputs and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    std::unique_ptr<QTemporaryDir> m_home;

    QString databasePath() const { return m_home->filePath(QStringLiteral("x.db")); }

    CliRunner runner() const { return CliRunner(m_home->path()); }

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runner().run(arguments, input);
    }

    Result createUser(const QStringList &extra, const QByteArray &input = password + '\n')
    {
        return cli(QStringList{QStringLiteral("--database"), databasePath(),
                               QStringLiteral("createuser")} +
                       extra,
                   input);
    }

    QVariant value(const QString &sql, const QVariantList &values = {})
    {
        return sqlValue(testConnection(*Database::open(databasePath())), sql, values);
    }

private slots:
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void createsASuperuserFromStandardInput()
    {
        // The foundation issue's "done when", with Django's real default of 1,000,000 iterations.
        const Result result =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("createuser"),
                 QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                 QStringLiteral("--password-stdin"), QStringLiteral("--superuser"),
                 QStringLiteral("--no-input")},
                password + '\n');
        QCOMPARE(result.err, QString());
        QCOMPARE(result.out, QStringLiteral("Added to organization: sentry\n"
                                            "User created: ops@example.com\n"));
        QCOMPARE(result.exitCode, 0);
        const QString hash = value(QStringLiteral("SELECT password FROM auth_user")).toString();
        QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2_sha256$1000000$")), qPrintable(hash));
        QVERIFY(Django::acceptsPassword(password, hash));
        QVERIFY(!Django::acceptsPassword("not-the-password", hash));
        QCOMPARE(value(QStringLiteral("SELECT role FROM sentry_organizationmember WHERE "
                                      "organization_id = 1"))
                     .toString(),
                 QStringLiteral("owner"));
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember_teams")).toInt(),
            1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sentry_userrole_users u JOIN "
                                      "sentry_userrole r ON r.id = u.role_id WHERE r.name = "
                                      "'Super Admin'"))
                     .toInt(),
                 1);
    }

    void existingUserExitsWithThree()
    {
        QCOMPARE(createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                             QStringLiteral("--no-password"), QStringLiteral("--no-input")},
                            {})
                     .exitCode,
                 0);
        const Result again =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input")},
                       {});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(again.out,
                 QStringLiteral("User: a@example.com exists, use --force-update to force.\n"));
        const Result forced =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input"),
                        QStringLiteral("--force-update")},
                       {});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(forced.out, QStringLiteral("User updated: a@example.com\n"));
    }

    void demotingTheLastActiveSuperuserWarnsButGoesOn()
    {
        const QStringList root{QStringLiteral("--email"), QStringLiteral("root@example.com"),
                               QStringLiteral("--no-password"), QStringLiteral("--no-input")};
        QCOMPARE(createUser(root + QStringList{QStringLiteral("--superuser")}, {}).exitCode, 0);
        QCOMPARE(createUser({QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                             QStringLiteral("--no-password"), QStringLiteral("--no-input")},
                            {})
                     .exitCode,
                 0);
        const QString warning =
            QStringLiteral("Note: No active superuser is left on this instance: nobody can open "
                           "Sentry's admin until a user is made superuser again.\n");
        // Demoting a plain user says nothing: root is still there.
        const Result plain =
            createUser({QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input"),
                        QStringLiteral("--force-update")},
                       {});
        QCOMPARE(plain.err, QString());
        // Sentry's createuser does not refuse: neither does this one, but it says so.
        const Result demoted = createUser(
            root + QStringList{QStringLiteral("--no-superuser"), QStringLiteral("--force-update")},
            {});
        QCOMPARE(demoted.exitCode, 0);
        QCOMPARE(demoted.out, QStringLiteral("User updated: root@example.com\n"));
        QCOMPARE(demoted.err, warning);
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM auth_user WHERE is_superuser = 1")).toInt(),
            0);
        // An instance that had none to begin with is not warned about again.
        QCOMPARE(createUser(root + QStringList{QStringLiteral("--force-update")}, {}).err,
                 QString());
    }

    void invalidBatchNamesEachEmailAndWritesNothing()
    {
        const Result result = createUser(
            {QStringLiteral("--email"), QStringLiteral("ok@example.com"), QStringLiteral("--email"),
             QStringLiteral("nope"), QStringLiteral("--email"), QStringLiteral("x@-bad-.com"),
             QStringLiteral("--no-password"), QStringLiteral("--no-input")},
            {});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QCOMPARE(result.err, QStringLiteral("Error: nope: Enter a valid email address.\n"
                                            "Error: x@-bad-.com: Enter a valid email address.\n"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 0);
    }

    void missingInputsAreErrorsWithNoInput()
    {
        const Result noEmail =
            createUser({QStringLiteral("--no-password"), QStringLiteral("--no-input")}, {});
        QCOMPARE(noEmail.exitCode, 1);
        QCOMPARE(noEmail.err, QStringLiteral("Error: Invalid or missing email address.\n"));
        const Result noPassword =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--no-input")},
                       {});
        QCOMPARE(noPassword.exitCode, 1);
        QCOMPARE(noPassword.err,
                 QStringLiteral("Error: No password set and --no-password not passed.\n"));
    }

    void staffWithoutSuperuserIsCorrected()
    {
        const Result result = createUser(
            {QStringLiteral("--email"), QStringLiteral("a@example.com"), QStringLiteral("--staff"),
             QStringLiteral("--no-password"), QStringLiteral("--no-input")},
            {});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out.section(QLatin1Char('\n'), 0, 0),
                 QStringLiteral("Non-superuser asked to be given staff access, correcting to "
                                "staff=False"));
    }

    void promptsForWhatIsMissing()
    {
        const Result result =
            createUser({}, "asked@example.com\n" + password + '\n' + password + "\ny\n");
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Email: Password: Repeat for confirmation: "
                                                      "Should this user be a superuser? [y/N]: ")),
                 qPrintable(result.out));
        QVERIFY(result.out.endsWith(QStringLiteral("User created: asked@example.com\n")));
        QCOMPARE(value(QStringLiteral("SELECT is_superuser FROM auth_user")).toInt(), 1);
        QVERIFY(!result.out.contains(QString::fromLatin1(password)));
    }

    // takePasswordArgument reads the arguments as QCommandLineParser does (the value of an option
    // is the next argument, whatever it looks like; nothing after "--"), and hides whatever
    // follows a --password, read as its value or not.
    void passwordArgumentIsTheOneTheParserReads_data()
    {
        QTest::addColumn<QByteArrayList>("arguments");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArrayList>("left");
        QTest::newRow("plain") << QByteArrayList{"createuser", "--password", "S3cret"}
                               << QByteArray("S3cret")
                               << QByteArrayList{"createuser", "--password", "xxxxxx"};
        QTest::newRow("with =") << QByteArrayList{"--password=S3cret", "createuser"}
                                << QByteArray("S3cret")
                                << QByteArrayList{"--password=xxxxxx", "createuser"};
        QTest::newRow("doubled option")
            << QByteArrayList{"createuser", "--password", "--password", "S3cret"}
            << QByteArray("--password")
            << QByteArrayList{"createuser", "--password", "xxxxxxxxxx", "xxxxxx"};
        QTest::newRow("doubled, then =")
            << QByteArrayList{"--password", "--password=S3cret"} << QByteArray("--password=S3cret")
            << QByteArrayList{"--password", "xxxxxxxxxxxxxxxxx"};
        QTest::newRow("last wins")
            << QByteArrayList{"--password=One1", "--password", "Two2"} << QByteArray("Two2")
            << QByteArrayList{"--password=xxxx", "--password", "xxxx"};
        QTest::newRow("value of --email")
            << QByteArrayList{"--email", "--password", "S3cret"} << QByteArray()
            << QByteArrayList{"--email", "--password", "xxxxxx"};
        QTest::newRow("after --") << QByteArrayList{"createuser", "--", "--password", "S3cret"}
                                  << QByteArray()
                                  << QByteArrayList{"createuser", "--", "--password", "xxxxxx"};
        QTest::newRow("missing value") << QByteArrayList{"createuser", "--password"} << QByteArray()
                                       << QByteArrayList{"createuser", "--password"};
    }

    void passwordArgumentIsTheOneTheParserReads()
    {
        QFETCH(QByteArrayList, arguments);
        QFETCH(QByteArray, value);
        QFETCH(QByteArrayList, left);
        QByteArrayList storage{"useradmin-cli"};
        storage += arguments;
        std::vector<char *> argv;
        for (QByteArray &argument : storage)
            argv.push_back(argument.data());
        QCOMPARE(takePasswordArgument(int(argv.size()), argv.data()), value);
        QByteArrayList after;
        for (std::size_t i = 1; i < argv.size(); ++i)
            after << QByteArray(argv[i]);
        QCOMPARE(after, left);
    }

    void doubledPasswordOptionShowsNoSecret()
    {
        const Result result =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--password"), QStringLiteral("--password"),
                        QString::fromLatin1(password), QStringLiteral("--no-input")},
                       {});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.contains(QString::fromLatin1(password)));
        QVERIFY(!result.out.contains(QString::fromLatin1(password)));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 0);
    }

    void passwordOnTheCommandLineWarns()
    {
        const Result result =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--password"), QString::fromLatin1(password),
                        QStringLiteral("--no-input")},
                       {});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.startsWith(QStringLiteral("Warning: ")));
        QVERIFY(!result.err.contains(QString::fromLatin1(password)));
    }

    void weakPasswordIsRefusedUnlessOverridden()
    {
        const QStringList arguments{QStringLiteral("--email"), QStringLiteral("a@example.com"),
                                    QStringLiteral("--password-stdin"),
                                    QStringLiteral("--no-input")};
        const Result refused = createUser(arguments, "12345678\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains(QStringLiteral("This password is too common.")));
        QVERIFY(refused.err.contains(QStringLiteral("This password is entirely numeric.")));
        QVERIFY(!refused.err.contains(QStringLiteral("12345678")));
        const Result overridden = createUser(
            arguments + QStringList{QStringLiteral("--override-password-policy")}, "12345678\n");
        QCOMPARE(overridden.exitCode, 0);
        QVERIFY(overridden.out.contains(QStringLiteral("Password policy overridden")));
        QVERIFY(!overridden.out.contains(QStringLiteral("12345678")));
    }

    void dryRunWritesNothing()
    {
        const Result result =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--password-stdin"), QStringLiteral("--no-input"),
                        QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("Added to organization: sentry\n"
                                            "User created: a@example.com\n"
                                            "Dry run: nothing was written.\n"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 0);
    }

    void instanceOptionsApply()
    {
        const Result result =
            createUser({QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input"),
                        QStringLiteral("--superuser")},
                       {});
        QCOMPARE(result.exitCode, 0);
        const Result other =
            cli({QStringLiteral("--database"), databasePath(),
                 QStringLiteral("--no-single-organization"), QStringLiteral("--no-self-hosted"),
                 QStringLiteral("createuser"), QStringLiteral("--email"),
                 QStringLiteral("b@example.com"), QStringLiteral("--superuser"),
                 QStringLiteral("--no-password"), QStringLiteral("--no-input")});
        QCOMPARE(other.out, QStringLiteral("User created: b@example.com\n"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sentry_userrole_users")).toInt(), 1);
        const Result unknownDefault =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("--default-org-id"),
                 QStringLiteral("5"), QStringLiteral("createuser"), QStringLiteral("--email"),
                 QStringLiteral("c@example.com"), QStringLiteral("--no-password"),
                 QStringLiteral("--no-input")});
        QCOMPARE(unknownDefault.exitCode, 1);
    }

    void listUsersPrintsOneUserPerLine()
    {
        createUser({QStringLiteral("--email"), QStringLiteral("root@example.com"),
                    QStringLiteral("--superuser"), QStringLiteral("--no-password"),
                    QStringLiteral("--no-input")},
                   {});
        cli({QStringLiteral("--database"), databasePath(),
             QStringLiteral("--no-single-organization"), QStringLiteral("createuser"),
             QStringLiteral("--email"), QStringLiteral("solo@example.com"),
             QStringLiteral("--no-password"), QStringLiteral("--no-input")});
        const Result list =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("list-users")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, QStringLiteral("1\troot@example.com\ttrue\ttrue\ttrue\tsentry\n"
                                          "2\tsolo@example.com\tfalse\tfalse\ttrue\t\n"));
    }

    void embeddedDatabaseIsTheDefault()
    {
        const Result result = cli({QStringLiteral("createuser"), QStringLiteral("--email"),
                                   QStringLiteral("a@example.com"), QStringLiteral("--no-password"),
                                   QStringLiteral("--no-input")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(
            QFile::exists(m_home->filePath(QStringLiteral("data/useradmin/useradmin.sqlite3"))));
    }

    void badUsageAndBadDatabasesAreClearErrors()
    {
        const Result unknown = cli({QStringLiteral("createuser"), QStringLiteral("--bogus")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(QStringLiteral("bogus")));
        const Result noCommand = cli({});
        QCOMPARE(noCommand.exitCode, 1);
        const Result contradiction =
            createUser({QStringLiteral("--superuser"), QStringLiteral("--no-superuser")});
        QCOMPARE(contradiction.exitCode, 1);
        const Result folder =
            cli({QStringLiteral("--database"), m_home->path(), QStringLiteral("list-users")});
        QCOMPARE(folder.exitCode, 1);
        QVERIFY(folder.err.startsWith(QStringLiteral("Error: ")));
        QFile notSqlite(m_home->filePath(QStringLiteral("notes.txt")));
        QVERIFY(notSqlite.open(QIODevice::WriteOnly));
        notSqlite.write(QByteArray(4096, 'x'));
        notSqlite.close();
        const Result garbage =
            cli({QStringLiteral("--database"), notSqlite.fileName(), QStringLiteral("list-users")});
        QCOMPARE(garbage.exitCode, 1);
        QCOMPARE(notSqlite.size(), 4096); // untouched
    }

    void twoProcessesCreatingTheSameEmailAtOnce()
    {
        createUser({QStringLiteral("--email"), QStringLiteral("warmup@example.com"),
                    QStringLiteral("--no-password"), QStringLiteral("--no-input")},
                   {});
        for (int round = 0; round < 5; ++round) {
            const QString email = QStringLiteral("race%1@example.com").arg(round);
            const QStringList arguments{
                QStringLiteral("--database"), databasePath(), QStringLiteral("createuser"),
                QStringLiteral("--email"),    email,          QStringLiteral("--no-password"),
                QStringLiteral("--no-input")};
            QObject owner;
            QProcess *first = runner().start(arguments, &owner);
            QProcess *second = runner().start(arguments, &owner);
            const Result a = CliRunner::finish(first);
            const Result b = CliRunner::finish(second);
            QCOMPARE(QList<int>({a.exitCode, b.exitCode}).count(0), 1);
            QCOMPARE(QList<int>({a.exitCode, b.exitCode}).count(3), 1);
            QVERIFY2(a.err.isEmpty() && b.err.isEmpty(), qPrintable(a.err + b.err));
            QCOMPARE(
                value(QStringLiteral("SELECT COUNT(*) FROM auth_user WHERE username = ?"), {email})
                    .toInt(),
                1);
        }
    }

    // Hostile input: a clear error on standard error, exit 1, nothing written.
    void unusablePasswordsAreRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        const QStringList base{QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                               QStringLiteral("--no-input")};
        const QString control = QStringLiteral("control character");
        QTest::newRow("newline in --password")
            << base + QStringList{QStringLiteral("--password"), QStringLiteral("Corr3ct\nHorse")}
            << QByteArray() << control;
        QTest::newRow("NUL from standard input")
            << base + QStringList{QStringLiteral("--password-stdin")}
            << QByteArray("Corr3ct\0Horse-Battery\n", 22) << control;
        QTest::newRow("invalid UTF-8 from standard input")
            << base + QStringList{QStringLiteral("--password-stdin")}
            << QByteArray("Corr3ct-\xff\xfe-Battery\n") << QStringLiteral("not valid UTF-8");
        QTest::newRow("--password-stdin with --no-password")
            << base +
                   QStringList{QStringLiteral("--password-stdin"), QStringLiteral("--no-password")}
            << password + '\n'
            << QStringLiteral("--no-password contradicts");
    }

    void unusablePasswordsAreRefused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const Result result = createUser(arguments, input);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(expected), qPrintable(result.err));
        QCOMPARE(result.out, QString());
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 0);
    }

    void storedControlCharactersNeverReachTheTerminal()
    {
        // A quoted local part with ESC and BEL is valid for Django: it would retitle the terminal.
        const QString hostile = QStringLiteral("\"a\x1b]0;owned\x07\"@example.com");
        const Result created =
            createUser({QStringLiteral("--email"), hostile, QStringLiteral("--no-password"),
                        QStringLiteral("--no-input")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(QStringLiteral("User created: \"a\\x1b]0;owned\\x07\"")),
                 qPrintable(created.out));
        const Result listed =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("list-users")});
        QCOMPARE(listed.exitCode, 0);
        for (const QString &output : {created.out, created.err, listed.out})
            for (const QChar c : output)
                QVERIFY2(
                    c.unicode() >= 0x20 || c == u'\n' || c == u'\t',
                    qPrintable(QStringLiteral("raw control character %1").arg(c.unicode(), 0, 16)));
        QCOMPARE(listed.out.count(u'\t'), 5); // the columns stay columns
    }

    void aHugeInvalidAddressIsNamedNotRepeated()
    {
        const QString huge = QString(10'000, u'a') + QStringLiteral("@@example.com");
        const Result result =
            createUser({QStringLiteral("--email"), huge, QStringLiteral("--no-password"),
                        QStringLiteral("--no-input")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.size() < 400, qPrintable(result.err.left(400)));
    }

    void databasePathsThatWouldLoseUsersAreRefused()
    {
        const QString missing = m_home->filePath(QStringLiteral("sentyr/db.sqlite3"));
        for (const QString &location : {missing, QStringLiteral(":memory:"), QString()}) {
            const Result result =
                cli({QStringLiteral("--database"), location, QStringLiteral("createuser"),
                     QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                     QStringLiteral("--no-password"), QStringLiteral("--no-input")});
            QCOMPARE(result.exitCode, 1);
            QCOMPARE(result.out, QString());
        }
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("sentyr"))));
        const Result named = cli({QStringLiteral("--database"), missing, QStringLiteral("info")});
        QVERIFY2(named.err.contains(QStringLiteral("does not exist")), qPrintable(named.err));
    }

    void databaseFilesArePrivate()
    {
        QCOMPARE(createUser({QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                             QStringLiteral("--no-password"), QStringLiteral("--no-input")})
                     .exitCode,
                 0);
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QFileInfo file(databasePath() + suffix);
            if (suffix.isEmpty() || file.exists())
                QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                         ownerOnly);
        }
        // The embedded database's folder (the default location) is the owner's only.
        QCOMPARE(cli({QStringLiteral("info")}).exitCode, 0);
        const QFileInfo folder(
            QFileInfo(m_home->filePath(QStringLiteral("data/useradmin/useradmin.sqlite3")))
                .absolutePath());
        QVERIFY2(folder.isDir(), qPrintable(folder.filePath()));
        QCOMPARE(folder.permissions() &
                     ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 ownerOnly | QFileDevice::ExeOwner);
        // A file others can read is used, with a warning.
        QFile::setPermissions(databasePath(),
                              ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        const Result warned =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("list-users")});
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(warned.err.contains(QStringLiteral("chmod 600")), qPrintable(warned.err));
    }

    void listingDoesNotWaitForAWriter()
    {
        QCOMPARE(createUser({QStringLiteral("--email"), QStringLiteral("ops@example.com"),
                             QStringLiteral("--no-password"), QStringLiteral("--no-input")})
                     .exitCode,
                 0);
        {
            QSqlDatabase writer =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
            writer.setDatabaseName(databasePath());
            QVERIFY(writer.open());
            QSqlQuery lock(writer);
            QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QElapsedTimer timer;
            timer.start();
            const Result listed =
                cli({QStringLiteral("--database"), databasePath(), QStringLiteral("list-users")});
            QCOMPARE(listed.exitCode, 0);
            QVERIFY2(listed.out.contains(QStringLiteral("ops@example.com")),
                     qPrintable(listed.err));
            QVERIFY2(timer.elapsed() < 9000, "waited for the writer's lock");
            QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("writer"));
    }

    void addressesDifferingOnlyInCaseAreRefused()
    {
        const QStringList once{QStringLiteral("--no-password"), QStringLiteral("--no-input")};
        QCOMPARE(
            createUser(QStringList{QStringLiteral("--email"), QStringLiteral("ops@example.com")} +
                       once)
                .exitCode,
            0);
        const Result clash = createUser(
            QStringList{QStringLiteral("--email"), QStringLiteral("OPS@EXAMPLE.COM")} + once);
        QCOMPARE(clash.exitCode, 1);
        QVERIFY2(clash.err.contains(QStringLiteral("OPS@EXAMPLE.COM: a user with this address in "
                                                   "other letter case exists (ops@example.com)")),
                 qPrintable(clash.err));
        const Result inBatch =
            createUser(QStringList{QStringLiteral("--email"), QStringLiteral("dev@example.com"),
                                   QStringLiteral("--email"), QStringLiteral("Dev@example.com")} +
                       once);
        QCOMPARE(inBatch.exitCode, 1);
        QVERIFY2(inBatch.err.contains(QStringLiteral("Dev@example.com: the same address in other "
                                                     "letter case is also given")),
                 qPrintable(inBatch.err));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 1);
    }

    // The membership commands: in the help, a role change, and options that belong elsewhere or
    // are missing refused before anything is opened.
    void membershipCommands()
    {
        const Result help = cli({QStringLiteral("--help")});
        for (const QString &command :
             {QStringLiteral("add-member"), QStringLiteral("set-role"), QStringLiteral("add-team"),
              QStringLiteral("remove-team"), QStringLiteral("remove-member"),
              QStringLiteral("--organization <ORG>"), QStringLiteral("--team <SLUG>")})
            QVERIFY2(help.out.contains(command), qPrintable(command));

        const QString admin = QStringLiteral("admin@example.com");
        const QString user = QStringLiteral("user@example.com");
        QCOMPARE(createUser({QStringLiteral("--email"), admin, QStringLiteral("--no-password"),
                             QStringLiteral("--superuser"), QStringLiteral("--no-input")})
                     .exitCode,
                 0);
        QCOMPARE(createUser({QStringLiteral("--email"), user, QStringLiteral("--no-password"),
                             QStringLiteral("--no-input")})
                     .exitCode,
                 0);
        const auto onSentry = [&](const QStringList &arguments) {
            return cli(QStringList{QStringLiteral("--database"), databasePath()} + arguments +
                       QStringList{QStringLiteral("--organization"), QStringLiteral("sentry")});
        };
        const Result promoted = onSentry({QStringLiteral("set-role"), QStringLiteral("--email"),
                                          user, QStringLiteral("--role"), QStringLiteral("admin")});
        QCOMPARE(promoted.exitCode, 0);
        QCOMPARE(promoted.out, user + QStringLiteral(": role in sentry member → admin\n"));
        QCOMPARE(value(QStringLiteral("SELECT role FROM sentry_organizationmembermapping WHERE "
                                      "user_id = (SELECT id FROM auth_user WHERE email = ?)"),
                       {user})
                     .toString(),
                 QStringLiteral("admin"));

        const Result onlyOwner =
            onSentry({QStringLiteral("remove-member"), QStringLiteral("--email"), admin});
        QCOMPARE(onlyOwner.exitCode, 1);
        QCOMPARE(onlyOwner.err,
                 QStringLiteral("Error: %1: not removed: the only remaining owner of sentry "
                                "(Sentry keeps at least one)\n")
                     .arg(admin));

        const QList<std::pair<QStringList, QString>> misuses{
            {{QStringLiteral("set-role"), QStringLiteral("--email"), user, QStringLiteral("--role"),
              QStringLiteral("admin"), QStringLiteral("--team"), QStringLiteral("sentry")},
             QStringLiteral("Error: --team belongs to the add-member, add-team and remove-team "
                            "commands.\n")},
            {{QStringLiteral("deactivate"), QStringLiteral("--email"), user},
             QStringLiteral("Error: --organization belongs to the add-member, set-role, add-team, "
                            "remove-team and remove-member commands.\n")},
            {{QStringLiteral("set-role"), QStringLiteral("--email"), user},
             QStringLiteral("Error: set-role takes the new role with --role.\n")},
            {{QStringLiteral("remove-team"), QStringLiteral("--email"), user},
             QStringLiteral("Error: remove-team takes the teams with --team.\n")},
        };
        for (const auto &[arguments, error] : misuses) {
            const Result result = onSentry(arguments);
            QCOMPARE(result.exitCode, 1);
            QCOMPARE(result.err, error);
        }
        const Result noOrganization =
            cli({QStringLiteral("--database"), databasePath(), QStringLiteral("remove-member"),
                 QStringLiteral("--email"), user});
        QCOMPARE(noOrganization.exitCode, 1);
        QCOMPARE(noOrganization.err,
                 QStringLiteral("Error: remove-member takes the organization with "
                                "--organization.\n"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember")).toInt(),
                 2);
    }

    void printsSentrysEnglishWhateverTheLanguage()
    {
        // German everywhere it could come from: the locale and the window's language setting.
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        german.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        german.insert(QStringLiteral("LC_MESSAGES"), QStringLiteral("de_DE.UTF-8"));
        german.remove(QStringLiteral("LC_ALL"));
        german.insert(QStringLiteral("XDG_CONFIG_HOME"),
                      m_home->filePath(QStringLiteral("config")));
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("config/useradmin")));
        QFile settings(m_home->filePath(QStringLiteral("config/useradmin/useradmin.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=de\n");
        settings.close();
        const CliRunner runner(m_home->path(), german);

        const Result created =
            runner.run({QStringLiteral("--database"), databasePath(), QStringLiteral("createuser"),
                        QStringLiteral("--email"), QStringLiteral("a@example.com"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input")});
        QCOMPARE(created.out, QStringLiteral("Added to organization: sentry\n"
                                             "User created: a@example.com\n"));
        const Result noEmail =
            runner.run({QStringLiteral("--database"), databasePath(), QStringLiteral("createuser"),
                        QStringLiteral("--no-password"), QStringLiteral("--no-input")});
        // Ends with: a root without the German locale has Qt warn about it first.
        QVERIFY2(noEmail.err.endsWith(QStringLiteral("Error: Invalid or missing email address.\n")),
                 qPrintable(noEmail.err));
        // Qt's own texts too: qtbase has German for these.
        const Result unknown = runner.run({QStringLiteral("--bogus")});
        QVERIFY2(unknown.err.endsWith(QStringLiteral("Error: Unknown option 'bogus'.\n")),
                 qPrintable(unknown.err));
        const Result help = runner.run({QStringLiteral("--help")});
        QVERIFY2(help.out.contains(QStringLiteral("Displays help on commandline options.")),
                 qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("Create and list the users of a Sentry")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
