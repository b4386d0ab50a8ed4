#include "CliRunner.h"
#include "PostgresServer.h"
#include "SqlValue.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {
const QByteArray typedPassword = "Audit-Typed-Passw0rd-7723";
const QByteArray rolePassword = "Audit-Role-S3cret-5150";
using Result = CliRunner::Result;
} // namespace

// The audit trail of useradmin-cli on a real PostgreSQL server (issue #11 item 5): a journal
// file in the data location, mode 0600, one per database; never a table in Sentry's database;
// neither the users' passwords nor the server's in it.
class TestPostgresAudit : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_home;

    Result cli(const QString &url, const QStringList &arguments, const QByteArray &input = {})
    {
        QProcessEnvironment environment = PostgresServer::cleanEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), QString::fromLatin1(rolePassword));
        return CliRunner(m_home.path(), environment)
            .run(QStringList{QStringLiteral("--database"), url} + arguments, input);
    }

    QStringList journals() const
    {
        QStringList found;
        QDirIterator files(m_home.filePath(QStringLiteral("data")),
                           {QStringLiteral("audit-*.jsonl")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext())
            found << files.next();
        return found;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        for (const QString &name : {QStringLiteral("first"), QStringLiteral("second")})
            QVERIFY2(m_server.createSentryDatabase(name), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.psql(QStringLiteral("first"),
                               "CREATE ROLE operator LOGIN PASSWORD '" + rolePassword +
                                   "';"
                                   "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "
                                   "public TO operator;"
                                   "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO operator;"),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.requirePasswordFor(QStringLiteral("operator")),
                 qPrintable(m_server.errorString()));
    }

    void journalPerDatabaseWithoutSecrets()
    {
        const QString first = m_server.url(QStringLiteral("first"), QStringLiteral("operator"));
        const QString second = m_server.url(QStringLiteral("second"));
        const QString email = QStringLiteral("ann@example.com");
        const auto on = [&](const QString &command) {
            return QStringList{command, QStringLiteral("--email"), email};
        };
        for (const auto &[arguments, input] : QList<std::pair<QStringList, QByteArray>>{
                 {on(QStringLiteral("createuser")) + QStringList{QStringLiteral("--no-password"),
                                                                 QStringLiteral("--no-input"),
                                                                 QStringLiteral("--no-superuser")},
                  {}},
                 {on(QStringLiteral("set-password")) +
                      QStringList{QStringLiteral("--password-stdin")},
                  typedPassword + '\n'},
                 {on(QStringLiteral("deactivate")), {}},
             }) {
            const Result result = cli(first, arguments, input);
            QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(u' ') + result.err));
        }
        QCOMPARE(cli(second, {QStringLiteral("createuser"), QStringLiteral("--email"),
                              QStringLiteral("bob@example.com"), QStringLiteral("--no-password"),
                              QStringLiteral("--no-input"), QStringLiteral("--no-superuser")})
                     .exitCode,
                 0);

        const Result listed = cli(first, {QStringLiteral("audit")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList actions{QStringLiteral("createuser"), QStringLiteral("set-password"),
                                  QStringLiteral("deactivate")};
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList fields = lines[i].split(u'\t');
            QCOMPARE(fields.value(3), actions[i]);
            QCOMPARE(fields.value(4), email);
            QVERIFY(fields.value(2).contains(QStringLiteral("first")));
        }
        QCOMPARE(cli(second, {QStringLiteral("audit")}).out.count(u'\n'), 1);

        // One journal per database, owner-only, with no password of any kind in it.
        const QStringList files = journals();
        QCOMPARE(files.size(), 2);
        for (const QString &path : files) {
            struct stat status
            {};
            QCOMPARE(::stat(QFile::encodeName(path).constData(), &status), 0);
            QCOMPARE(status.st_mode & 07777, mode_t(0600));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            QVERIFY(!content.contains(typedPassword));
            QVERIFY(!content.contains(rolePassword));
        }

        // Never a table of useradmin's in Sentry's database.
        QString tables;
        QVERIFY(m_server.psql(QStringLiteral("first"),
                              "SELECT count(*) FROM information_schema.tables WHERE table_name "
                              "LIKE 'useradmin%';",
                              &tables));
        QCOMPARE(tables.trimmed(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAudit)
#include "tst_postgresaudit.moc"
