#include "CliRunner.h"
#include "PostgresServer.h"
#include "SqlValue.h"

#include <QTemporaryDir>
#include <QTest>

namespace {
using Result = CliRunner::Result;
using Schema = PostgresServer::Schema;
const QString member = QStringLiteral("member@example.com");
} // namespace

// The generations of Sentry's tables the tool meets on PostgreSQL: before hybrid cloud it writes
// what it always wrote; on hybrid cloud it also bumps Sentry's cache versions; a required column
// it does not know refuses the batch before anything is written (docs/sentry-schema.md).
class TestPostgresGenerations : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QTemporaryDir m_home;
    int m_databases = 0;

    // A fresh database of the generation; its URL.
    QString freshDatabase(Schema schema)
    {
        const QString name = QStringLiteral("generation%1").arg(++m_databases);
        if (!m_server.createSentryDatabase(name, schema))
            qWarning("%s", qPrintable(m_server.errorString()));
        return m_server.url(name);
    }
    Result cli(const QString &url, QStringList arguments)
    {
        arguments.prepend(url);
        arguments.prepend(QStringLiteral("--database"));
        return CliRunner(m_home.path(), PostgresServer::cleanEnvironment()).run(arguments);
    }
    QVariant value(const QString &url, const QString &sql, const QVariantList &values = {})
    {
        const QString name = QStringLiteral("check%1").arg(++m_databases);
        QVariant result;
        {
            QSqlDatabase db = m_server.connect(QUrl(url).path().mid(1), name);
            result = sqlValue(db, sql, values);
        }
        QSqlDatabase::removeDatabase(name);
        return result;
    }
    static QStringList createMember(bool force = false)
    {
        QStringList arguments{QStringLiteral("createuser"), QStringLiteral("--email"), member,
                              QStringLiteral("--no-password"), QStringLiteral("--no-input")};
        if (force)
            arguments << QStringLiteral("--force-update");
        return arguments;
    }

private slots:
    void initTestCase()
    {
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void beforeHybridCloudWritesWhatItAlwaysWrote()
    {
        const QString url = freshDatabase(Schema::Current);
        const Result info = cli(url, {QStringLiteral("info")});
        QVERIFY2(info.out.contains(QStringLiteral("Sentry before 23.x (no hybrid-cloud tables)")),
                 qPrintable(info.out + info.err));
        const Result created = cli(url, createMember());
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.out,
                 QStringLiteral("Added to organization: sentry\nUser created: %1\n").arg(member));
        QCOMPARE(value(url, QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember_teams"))
                     .toInt(),
                 1);
        // Every generation has sentry_useremail.
        QCOMPARE(value(url, QStringLiteral("SELECT email FROM sentry_useremail")).toString(),
                 member);
        QCOMPARE(cli(url, {QStringLiteral("doctor")}).exitCode, 0);
    }

    void hybridCloudForcedUpdateBumpsSentrysCacheVersions()
    {
        const QString url = freshDatabase(Schema::Hybrid);
        QCOMPARE(cli(url, createMember()).exitCode, 0);
        const qint64 id =
            value(url, QStringLiteral("SELECT id FROM auth_user WHERE username = ?"), {member})
                .toLongLong();
        const QString key = QStringLiteral("user_service.get_user:%1").arg(id);
        const QString versionOf =
            QStringLiteral("SELECT version FROM hybridcloud_regioncacheversion WHERE keyname = ?");
        QVERIFY(value(url, versionOf, {key}).isNull()); // a new user was never cached
        for (int version = 1; version <= 2; ++version) {
            const Result updated = cli(url, createMember(true));
            QCOMPARE(updated.exitCode, 0);
            QVERIFY2(updated.err.contains(QStringLiteral("up to 5 minutes")),
                     qPrintable(updated.err));
            QCOMPARE(value(url, versionOf, {key}).toInt(), version);
            QCOMPARE(
                value(url, versionOf, {QStringLiteral("user_service.get_many_by_id:%1").arg(id)})
                    .toInt(),
                version);
        }
    }

    void unknownRequiredColumnRefusesTheBatch()
    {
        const QString url = freshDatabase(Schema::HybridUnknownColumn);
        const Result refused = cli(url, createMember());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("sentry_organizationmembermapping.cell_tier")),
                 qPrintable(refused.err));
        QCOMPARE(value(url, QStringLiteral("SELECT COUNT(*) FROM auth_user")).toInt(), 0);
        // The doctor reads such a database, and refuses to repair it.
        QCOMPARE(cli(url, {QStringLiteral("doctor")}).exitCode, 0);
        const Result repair = cli(url, {QStringLiteral("doctor"), QStringLiteral("--repair")});
        QCOMPARE(repair.exitCode, 1);
        QVERIFY2(repair.err.contains(QStringLiteral("cell_tier")), qPrintable(repair.err));
    }
};

QTEST_GUILESS_MAIN(TestPostgresGenerations)
#include "tst_postgresgenerations.moc"
