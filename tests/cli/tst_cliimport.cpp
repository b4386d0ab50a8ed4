#include "CliRunner.h"
#include "Django.h"
#include "SqlValue.h"
#include "TestConnection.h"
#include "crypto/CryptoSession.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {
using Result = CliRunner::Result;

// Columns of the files below; the third organization has a team named as one of acme's.
const QByteArray header = "email,name,superuser,staff,organization,role,teams\n";
} // namespace

// useradmin-cli import-users and export-users (issue #11), on embedded SQLite files: Sentry's
// current tables, member mappings and team replicas included.
class TestCliImport : public QObject
{
    Q_OBJECT

    CryptoSession m_crypto;
    std::unique_ptr<QTemporaryDir> m_home;

    QString path(const QString &name) const { return m_home->filePath(name); }
    QString databasePath() const { return path(QStringLiteral("x.db")); }

    Result cli(const QStringList &arguments, const QString &database)
    {
        return CliRunner(m_home->path())
            .run(QStringList{QStringLiteral("--database"), database} + arguments);
    }
    Result cli(const QStringList &arguments) { return cli(arguments, databasePath()); }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

    QVariant value(const QString &sql, const QVariantList &values = {},
                   const QString &database = {})
    {
        return sqlValue(
            testConnection(*Database::open(database.isEmpty() ? databasePath() : database)), sql,
            values);
    }

    // The embedded database's organization "sentry" (team "sentry"), plus acme (teams red and
    // blue) and beta (team red).
    void addOrganizations(const QString &database)
    {
        const std::unique_ptr<Database> db = Database::open(database);
        const QSqlDatabase sql = testConnection(*db);
        for (const QString &statement : {
                 QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, "
                                "date_added, default_role, is_test, flags) VALUES (2, 'Acme', "
                                "'acme', 0, '2026-01-01', 'member', 0, 1), (3, 'Beta', 'beta', "
                                "0, '2026-01-01', 'member', 0, 1)"),
                 QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, "
                                "status, idp_provisioned, date_added) VALUES (2, 2, 'red', "
                                "'Red', 0, 0, '2026-01-01'), (3, 2, 'blue', 'Blue', 0, 0, "
                                "'2026-01-01'), (4, 3, 'red', 'Red', 0, 0, '2026-01-01'), (5, "
                                "3, 'green', 'Green', 0, 0, '2026-01-01')"),
             })
            QVERIFY2(QSqlQuery(sql).exec(statement), qPrintable(statement));
    }

    int count(const QString &table, const QString &database = {})
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), {}, database).toInt();
    }

    // The file of the "done when": good rows, after the bad ones are corrected.
    static QByteArray goodRows()
    {
        return "ann@example.com,\"Doe, Ann\",yes,,acme,,red;blue\n"
               "bob@example.com,\"Bob\nSecond line\",no,no,acme,admin,blue\n"
               "bob@example.com,\"Bob\nSecond line\",no,no,beta,,red;green\n"
               "cy@example.com,,,,,,\n";
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        addOrganizations(databasePath());
    }

    void dryRunNamesEachBadLineAndWritesNothing()
    {
        const QString file = write(QStringLiteral("bad.csv"),
                                   "email,name,superuser,organization,teams,password\n"
                                   "ok@example.com,Ok,,acme,red,\n"          // 2
                                   "not-an-address,,,,,\n"                   // 3
                                   "q@example.com,\"two\nlines\",maybe,,,\n" // 4-5
                                   "u@example.com,,,nowhere,,\n"             // 6
                                   "t@example.com,,,sentry,blue,\n"          // 7
                                   "ok@example.com,Ok,,acme,red,\n"          // 8
                                   "OK@example.com,,,,,\n"                   // 9
                                   "w@example.com,,,,,40392817465\n"         // 10
                                   "g@example.com,,,acme,nope,\n");          // 11
        const Result result =
            cli({QStringLiteral("import-users"), file, QStringLiteral("--dry-run")});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(result.out, QString());
        QStringList lines = result.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.takeFirst().startsWith(QStringLiteral("Warning: the file has a password "
                                                             "column. Passwords do not belong "
                                                             "in spreadsheets")),
                 qPrintable(result.err));
        const QStringList expected{
            QStringLiteral("line 3: not-an-address: Enter a valid email address."),
            QStringLiteral("line 4: q@example.com: superuser is not yes or no: maybe"),
            QStringLiteral("line 6: u@example.com: unknown organization: nowhere"),
            QStringLiteral("line 7: t@example.com: team blue is not in organization sentry"),
            QStringLiteral("line 8: ok@example.com: duplicate of line 2"),
            QStringLiteral("line 9: OK@example.com: the same address in other letter case is on "
                           "line 2"),
            QStringLiteral("line 10: w@example.com: password: This password is entirely "
                           "numeric."),
            QStringLiteral("line 11: g@example.com: unknown team: nope"),
        };
        QCOMPARE(lines, expected);
        QCOMPARE(count(QStringLiteral("auth_user")), 0);
        // Without --dry-run, the same: nothing is written while a row is invalid.
        QCOMPARE(cli({QStringLiteral("import-users"), file}).exitCode, 1);
        QCOMPARE(count(QStringLiteral("auth_user")), 0);
    }

    void correctedFileCreatesUsersWithTheirMemberships()
    {
        const QString file = write(QStringLiteral("good.csv"), header + goodRows());
        const Result dry = cli({QStringLiteral("import-users"), file, QStringLiteral("--dry-run")});
        QCOMPARE(dry.err, QString());
        QCOMPARE(dry.exitCode, 0);
        QVERIFY(dry.out.endsWith(QStringLiteral("Dry run: nothing was written.\n")));
        QCOMPARE(count(QStringLiteral("auth_user")), 0);

        const Result result = cli({QStringLiteral("import-users"), file});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("Added to organization: acme\n"
                                            "User created: ann@example.com\n"
                                            "Added to organization: acme\n"
                                            "Added to organization: beta\n"
                                            "User created: bob@example.com\n"
                                            "User created: cy@example.com\n"));
        const auto membership = [this](const QString &email, const QString &organization) {
            return value(QStringLiteral(
                             "SELECT m.role || ':' || COALESCE((SELECT group_concat(slug, ';') "
                             "FROM (SELECT t.slug FROM sentry_organizationmember_teams mt JOIN "
                             "sentry_team t ON t.id = mt.team_id WHERE mt.organizationmember_id "
                             "= m.id ORDER BY t.slug)), '') FROM sentry_organizationmember m "
                             "JOIN auth_user u ON u.id = m.user_id JOIN sentry_organization o "
                             "ON o.id = m.organization_id WHERE u.email = ? AND o.slug = ?"),
                         {email, organization})
                .toString();
        };
        QCOMPARE(membership(QStringLiteral("ann@example.com"), QStringLiteral("acme")),
                 QStringLiteral("owner:blue;red")); // a superuser is an owner, as createuser
        QCOMPARE(membership(QStringLiteral("bob@example.com"), QStringLiteral("acme")),
                 QStringLiteral("admin:blue"));
        QCOMPARE(membership(QStringLiteral("bob@example.com"), QStringLiteral("beta")),
                 QStringLiteral("member:green;red"));
        QCOMPARE(count(QStringLiteral("sentry_organizationmember")), 3);
        QCOMPARE(value(QStringLiteral("SELECT first_name FROM auth_user WHERE email = ?"),
                       {QStringLiteral("bob@example.com")})
                     .toString(),
                 QStringLiteral("Bob\nSecond line"));
        QCOMPARE(value(QStringLiteral("SELECT is_staff FROM auth_user WHERE email = ?"),
                       {QStringLiteral("ann@example.com")})
                     .toBool(),
                 true);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sentry_userrole_users")).toInt(), 1);
        // Sentry's hybrid-cloud rows: a mapping per member, a replica per team link, the
        // useremail row per user; the account doctor finds nothing to repair.
        QCOMPARE(count(QStringLiteral("sentry_organizationmembermapping")), 3);
        QCOMPARE(count(QStringLiteral("sentry_organizationmember_teams")), 5);
        QCOMPARE(count(QStringLiteral("sentry_organizationmember_teamsreplica")), 5);
        QCOMPARE(count(QStringLiteral("sentry_useremail")), 3);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmembermapping "
                                      "mm JOIN sentry_organizationmember m ON m.id = "
                                      "mm.organizationmember_id AND m.role = mm.role AND "
                                      "m.user_id = mm.user_id"))
                     .toInt(),
                 3);
        const Result doctor = cli({QStringLiteral("doctor")});
        QCOMPARE(doctor.exitCode, 0);

        // Again: every user exists and is skipped, as createuser skips them.
        const Result again = cli({QStringLiteral("import-users"), file});
        QCOMPARE(again.exitCode, 3);
        QCOMPARE(count(QStringLiteral("sentry_organizationmember")), 3);
    }

    void generatedPasswordsGoToANewPrivateFileOnly()
    {
        const QString file = write(QStringLiteral("new.csv"),
                                   "email,name\nnew1@example.com,One\nnew2@example.com,Two\n");
        const QString credentials = path(QStringLiteral("credentials.csv"));
        const Result result =
            cli({QStringLiteral("import-users"), file, QStringLiteral("--generate-passwords"),
                 QStringLiteral("--credentials-out"), credentials});
        QCOMPARE(result.err, QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("User created: new1@example.com\n"
                                            "User created: new2@example.com\n"));
        struct stat status
        {};
        QCOMPARE(::stat(QFile::encodeName(credentials).constData(), &status), 0);
        QCOMPARE(status.st_mode & 0777, 0600u);
        QFile saved(credentials);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = saved.readAll().split('\n');
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0], QByteArray("email,password"));
        QCOMPARE(lines[3], QByteArray());
        for (int i = 1; i <= 2; ++i) {
            const QList<QByteArray> fields = lines[i].split(',');
            QCOMPARE(fields.size(), 2);
            QCOMPARE(fields[1].size(), 24);
            QVERIFY(!result.out.contains(QString::fromLatin1(fields[1])));
            const QString hash = value(QStringLiteral("SELECT password FROM auth_user WHERE "
                                                      "email = ?"),
                                       {QString::fromUtf8(fields[0])})
                                     .toString();
            QVERIFY(Django::acceptsPassword(fields[1], hash));
        }

        // Never over an existing file: refused before anything is written.
        const QByteArray before = QFile(credentials).exists() ? lines.join('\n') : QByteArray();
        const QString other = write(QStringLiteral("other.csv"), "email\nnew3@example.com\n");
        for (const bool dryRun : {true, false}) {
            QStringList arguments{QStringLiteral("import-users"), other,
                                  QStringLiteral("--generate-passwords"),
                                  QStringLiteral("--credentials-out"), credentials};
            if (dryRun)
                arguments << QStringLiteral("--dry-run");
            const Result refused = cli(arguments);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("exists: the credentials file is always "
                                                         "a new file")),
                     qPrintable(refused.err));
        }
        QFile unchanged(credentials);
        QVERIFY(unchanged.open(QIODevice::ReadOnly));
        QCOMPARE(unchanged.readAll(), before);
        QCOMPARE(count(QStringLiteral("auth_user")), 2);
        // Generated passwords need the file; the file needs generated passwords.
        QCOMPARE(
            cli({QStringLiteral("import-users"), other, QStringLiteral("--generate-passwords")})
                .exitCode,
            1);
        // An invalid file leaves no credentials file behind.
        const QString fresh = path(QStringLiteral("fresh.csv"));
        const QString bad = write(QStringLiteral("bad.csv"), "email\nnope\n");
        QCOMPARE(cli({QStringLiteral("import-users"), bad, QStringLiteral("--generate-passwords"),
                      QStringLiteral("--credentials-out"), fresh})
                     .exitCode,
                 1);
        QVERIFY(!QFileInfo::exists(fresh));
    }

    void exportThenImportGivesTheSameUsers()
    {
        const QString file = write(QStringLiteral("good.csv"), header + goodRows());
        QCOMPARE(cli({QStringLiteral("import-users"), file}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("set-password"), QStringLiteral("--email"),
                      QStringLiteral("cy@example.com"), QStringLiteral("--generate")})
                     .exitCode,
                 0);
        const Result exported = cli({QStringLiteral("export-users")});
        QCOMPARE(exported.err, QString());
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out,
                 QStringLiteral("email,name,superuser,staff,organization,role,teams\n"
                                "ann@example.com,\"Doe, Ann\",true,true,acme,owner,blue;red\n"
                                "bob@example.com,\"Bob\nSecond line\",false,false,acme,admin,blue\n"
                                "bob@example.com,\"Bob\nSecond line\",false,false,beta,member,"
                                "green;red\n"
                                "cy@example.com,,false,false,,,\n"));
        QVERIFY(!exported.out.contains(QStringLiteral("pbkdf2")));

        // Into a fresh database with the same organizations.
        const QString fresh = path(QStringLiteral("fresh.db"));
        addOrganizations(fresh);
        const QString saved = write(QStringLiteral("exported.csv"), exported.out.toUtf8());
        const Result imported = cli({QStringLiteral("import-users"), saved}, fresh);
        QCOMPARE(imported.err, QString());
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(cli({QStringLiteral("export-users")}, fresh).out, exported.out);

        const Result some =
            cli({QStringLiteral("export-users"), QStringLiteral("--search"), QStringLiteral("B")});
        QCOMPARE(some.out.count(QLatin1Char('\n')), 1 + 2 * 2); // header, bob's two rows
    }

    void controlCharactersNeverReachTheTerminal()
    {
        const QString file =
            write(QStringLiteral("esc.csv"), "email,teams\n\"\x1b]0;owned\x07@example.com\",x\n");
        const Result result = cli({QStringLiteral("import-users"), file});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.contains(QLatin1Char('\x1b')));
        QVERIFY2(result.err.contains(QStringLiteral("\\x1b")), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
