#include "CliRunner.h"
#include "PostgresServer.h"
#include "SqlValue.h"
#include "storage/Database.h"
#include "storage/UserExport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
using Result = CliRunner::Result;
} // namespace

// useradmin-cli import-users and export-users on a real PostgreSQL server holding a hybrid-cloud
// Sentry's tables: the memberships, team links, mappings and replicas a file names, and a
// round trip through export into a second database.
class TestPostgresImport : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_home;

    Result cli(const QStringList &arguments)
    {
        return CliRunner(m_home.path(), PostgresServer::cleanEnvironment()).run(arguments);
    }

    bool prepare(const QString &name)
    {
        return m_server.createSentryDatabase(name, PostgresServer::Schema::Hybrid) &&
               m_server.psql(name,
                             "INSERT INTO sentry_organization (name, slug, status, date_added, "
                             "default_role, is_test, flags) VALUES ('Acme', 'acme', 0, now(), "
                             "'member', false, 1);\n"
                             "INSERT INTO sentry_team (organization_id, slug, name, status, "
                             "idp_provisioned, date_added) SELECT id, s, s, 0, false, now() FROM "
                             "sentry_organization, (VALUES ('red'), ('blue')) AS t(s) WHERE slug "
                             "= 'acme';\n");
    }

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_home.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(prepare(QStringLiteral("first")), qPrintable(m_server.errorString()));
        QVERIFY2(prepare(QStringLiteral("second")), qPrintable(m_server.errorString()));
    }

    void importsMembershipsWithTheirHybridCloudRows()
    {
        const QString url = m_server.url(QStringLiteral("first"));
        const QString bad = write(QStringLiteral("bad.csv"), "email;organization;teams\n"
                                                             "a@example.com;acme;\"red;blue\"\n"
                                                             "b@example.com;acme;green\n");
        const Result refused =
            cli({QStringLiteral("--database"), url, QStringLiteral("import-users"), bad});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.err, QStringLiteral("line 3: b@example.com: unknown team: green\n"));

        const QString good =
            write(QStringLiteral("good.csv"), "email;name;organization;role;teams\n"
                                              "a@example.com;Ann;acme;;\"red;blue\"\n"
                                              "a@example.com;Ann;sentry;admin;sentry\n"
                                              "b@example.com;;acme;manager;\n");
        const Result result =
            cli({QStringLiteral("--database"), url, QStringLiteral("import-users"), good});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("Added to organization: acme\n"
                                            "Added to organization: sentry\n"
                                            "User created: a@example.com\n"
                                            "Added to organization: acme\n"
                                            "User created: b@example.com\n"));
        QSqlDatabase db = m_server.connect(QStringLiteral("first"), QStringLiteral("check"));
        const auto count = [&db](const char *table) {
            return sqlValue(
                       db,
                       QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)))
                .toInt();
        };
        QCOMPARE(count("sentry_organizationmember"), 3);
        QCOMPARE(count("sentry_organizationmembermapping"), 3);
        QCOMPARE(count("sentry_organizationmember_teams"), 3);
        QCOMPARE(count("sentry_organizationmember_teamsreplica"), 3);
        QCOMPARE(count("sentry_useremail"), 2);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT COUNT(*) FROM "
                                             "sentry_organizationmember_teamsreplica r JOIN "
                                             "sentry_organizationmember_teams t ON t.id = "
                                             "r.organizationmemberteam_id AND t.team_id = "
                                             "r.team_id"))
                     .toInt(),
                 3);
        QCOMPARE(sqlValue(db, QStringLiteral("SELECT m.role FROM sentry_organizationmembermapping "
                                             "m JOIN sentry_organization o ON o.id = "
                                             "m.organization_id JOIN auth_user u ON u.id = "
                                             "m.user_id WHERE o.slug = 'sentry'"))
                     .toString(),
                 QStringLiteral("admin"));
        QCOMPARE(cli({QStringLiteral("--database"), url, QStringLiteral("doctor")}).exitCode, 0);

        // Export, then import into the second database: the same rows come out again.
        const Result exported =
            cli({QStringLiteral("--database"), url, QStringLiteral("export-users")});
        QCOMPARE(exported.exitCode, 0);
        QCOMPARE(exported.out, QStringLiteral("email,name,superuser,staff,organization,role,teams\n"
                                              "a@example.com,Ann,false,false,acme,member,blue;red\n"
                                              "a@example.com,Ann,false,false,sentry,admin,sentry\n"
                                              "b@example.com,,false,false,acme,manager,\n"));
        // The window's export of a selection: the rows of the users chosen by id.
        {
            const std::unique_ptr<Database> database = Database::open(url);
            const qint64 b = sqlValue(db, QStringLiteral("SELECT id FROM auth_user WHERE email = "
                                                         "'b@example.com'"))
                                 .toLongLong();
            QStringList lines;
            UserExport::forEachRow(*database, QList<qint64>{b}, [&](const ExportRow &row) {
                lines << UserImport::exportLine(row);
            });
            QCOMPARE(lines,
                     QStringList{QStringLiteral("b@example.com,,false,false,acme,manager,")});
        }
        const QString second = m_server.url(QStringLiteral("second"));
        const QString saved = write(QStringLiteral("exported.csv"), exported.out.toUtf8());
        QCOMPARE(cli({QStringLiteral("--database"), second, QStringLiteral("import-users"), saved})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--database"), second, QStringLiteral("export-users")}).out,
                 exported.out);
    }
};

QTEST_GUILESS_MAIN(TestPostgresImport)
#include "tst_postgresimport.moc"
