#include "Django.h"
#include "PostgresServer.h"
#include "crypto/CryptoSession.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/Database.h"
#include "storage/PostgresUrl.h"
#include "storage/SqlUserDirectory.h"
#include "storage/UserListing.h"

#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

namespace {
const QByteArray password = "Corr3ct-Horse-Battery";
const QString templateCurrent = QStringLiteral("sentry");
const QString templateOlder = QStringLiteral("sentry_older");

CreateUserRequest request(const QStringList &emails, bool withPassword = false)
{
    CreateUserRequest request;
    request.emails = emails;
    if (withPassword)
        request.password = Secret::fromUtf8(password);
    else
        request.noPassword = true;
    return request;
}

// An address of exactly `length` characters (47 or more), valid for Django's EmailValidator.
QString emailOfLength(int length)
{
    return QStringLiteral("u@%1.%2.com")
        .arg(QString(40, QLatin1Char('d')), QString(length - 47, QLatin1Char('e')));
}

// The settings of a connection string as libpq reads it (conninfo_parse): key = value pairs,
// a value either 'quoted' (backslash escapes) or up to the next white space. The caller first
// turns ';' into spaces, as Qt's driver does with its connect options.
QList<std::pair<QString, QString>> libpqSettings(const QString &conninfo)
{
    QList<std::pair<QString, QString>> settings;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < conninfo.size() && conninfo[i].isSpace())
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= conninfo.size())
            return settings;
        QString key;
        while (i < conninfo.size() && conninfo[i] != u'=' && !conninfo[i].isSpace())
            key += conninfo[i++];
        skipSpace();
        if (i >= conninfo.size() || conninfo[i] != u'=')
            return {{QStringLiteral("!"), QStringLiteral("missing =")}};
        ++i;
        skipSpace();
        QString value;
        const bool quoted = i < conninfo.size() && conninfo[i] == u'\'';
        if (quoted)
            ++i;
        while (i < conninfo.size()) {
            const QChar c = conninfo[i];
            if (quoted ? c == u'\'' : c.isSpace())
                break;
            if (c == u'\\' && i + 1 < conninfo.size())
                ++i;
            value += conninfo[i++];
        }
        if (quoted) {
            if (i >= conninfo.size())
                return {{QStringLiteral("!"), QStringLiteral("unterminated")}};
            ++i;
        }
        settings.append({key, value});
    }
}
} // namespace

// Database and the workflow on a real PostgreSQL server holding Sentry's tables: the schema
// check, column adaptation, passwords for the server, and Django accepting the stored hashes.
class TestPostgresDatabase : public QObject
{
    Q_OBJECT

private:
    CryptoSession m_crypto;
    PostgresServer m_server;
    int m_databases = 0;

    // A fresh copy of a template database; returns its name.
    QString freshDatabase(const QString &templateName = templateCurrent)
    {
        const QString name = QStringLiteral("db%1").arg(++m_databases);
        if (!m_server.createDatabase(name, templateName))
            qWarning("%s", qPrintable(m_server.errorString()));
        return name;
    }

    QString sql(const QString &database, const QByteArray &statements)
    {
        QString output;
        if (!m_server.psql(database, statements, &output))
            qWarning("%s", qPrintable(m_server.errorString()));
        return output;
    }

    // What the tool must never change: tables, columns (types, lengths, defaults), constraints,
    // indexes, sequences, functions and triggers.
    QString catalog(const QString &database)
    {
        return sql(database,
                   "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || "
                   "coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' ' || "
                   "coalesce(column_default, '') FROM information_schema.columns "
                   "WHERE table_schema = 'public' ORDER BY 1;"
                   "SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint "
                   "WHERE connamespace = 'public'::regnamespace ORDER BY 1;"
                   "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;"
                   "SELECT relname || relkind::text FROM pg_class "
                   "WHERE relnamespace = 'public'::regnamespace ORDER BY 1;"
                   "SELECT proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace "
                   "ORDER BY 1;"
                   "SELECT tgname FROM pg_trigger ORDER BY 1;");
    }

    CreateUserReport run(Database &database, const CreateUserRequest &input)
    {
        SqlUserDirectory directory(database);
        CreateUserWorkflow workflow(directory, database.instanceSettings());
        return workflow.run(input);
    }

private slots:
    void initTestCase()
    {
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(templateCurrent),
                 qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(templateOlder, PostgresServer::Schema::Older),
                 qPrintable(m_server.errorString()));
    }

    void hashesWrittenToPostgresAreAcceptedByDjango()
    {
        const QString name = freshDatabase();
        std::unique_ptr<Database> database = Database::open(m_server.url(name));
        QCOMPARE(database->kind(), Database::Kind::PostgreSQL);
        CreateUserRequest input =
            request({QStringLiteral("ops@example.com"), QStringLiteral("dev@example.com")}, true);
        input.superuser = true;
        const CreateUserReport report = run(*database, input); // Django's 1,000,000 iterations
        QCOMPARE(report.created, 2);
        const QStringList hashes =
            sql(name, "SELECT password FROM auth_user ORDER BY id").split(QLatin1Char('\n'));
        QCOMPARE(hashes.size(), 2);
        for (const QString &hash : hashes) {
            QVERIFY2(hash.startsWith(QStringLiteral("pbkdf2_sha256$1000000$")), qPrintable(hash));
            QVERIFY(Django::acceptsPassword(password, hash));
            QVERIFY(!Django::acceptsPassword("not-the-password", hash));
        }
        QCOMPARE(sql(name, "SELECT count(*) FROM sentry_userrole_users"), QStringLiteral("2"));
        QCOMPARE(sql(name, "SELECT role FROM sentry_organizationmember ORDER BY id LIMIT 1"),
                 QStringLiteral("owner"));
    }

    void missingTablesAndColumnsAreNamed()
    {
        const QString name = freshDatabase();
        sql(name, "ALTER TABLE auth_user DROP COLUMN is_managed;"
                  "DROP TABLE sentry_userrole_users;");
        const QString before = catalog(name);
        try {
            Database::open(m_server.url(name));
            QFAIL("a database without Sentry's columns was accepted");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("auth_user.is_managed")),
                     qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("table sentry_userrole_users")),
                     qPrintable(error.message()));
        }
        QCOMPARE(catalog(name), before); // nothing created to make up for it
    }

    void nothingIsCreatedAlteredOrDroppedInASentryDatabase()
    {
        const QString name = freshDatabase();
        // Any DDL at all, temporary tables included, would leave a row here.
        sql(name, "CREATE TABLE ddl_log (tag text NOT NULL);"
                  "CREATE FUNCTION log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS "
                  "$$ BEGIN INSERT INTO ddl_log VALUES (tg_tag); END $$;"
                  "CREATE EVENT TRIGGER log_ddl_start ON ddl_command_start "
                  "EXECUTE FUNCTION log_ddl();"
                  "CREATE EVENT TRIGGER log_ddl_drop ON sql_drop EXECUTE FUNCTION log_ddl();");
        const QString before = catalog(name);
        {
            std::unique_ptr<Database> database = Database::open(m_server.url(name));
            QVERIFY(!database->isEmbedded());
            CreateUserRequest input =
                request({QStringLiteral("root@example.com"), QStringLiteral("dev@example.com")});
            input.superuser = true;
            QCOMPARE(run(*database, input).created, 2);
            input.superuser = false;
            input.forceUpdate = true;
            QCOMPARE(run(*database, input).updated, 2);
            int users = 0;
            UserListing::forEachUser(*database, [&](const UserSummary &) { ++users; });
            QCOMPARE(users, 2);
            QVERIFY_THROWS_EXCEPTION(StorageError,
                                     database->saveInstanceSettings(InstanceSettings()));
            QVERIFY(database->reopen());
        }
        QCOMPARE(sql(name, "SELECT count(*) FROM ddl_log"), QStringLiteral("0"));
        QCOMPARE(catalog(name), before);
    }

    void columnLengthsAndOptionalColumnsFollowTheDatabase()
    {
        const QString current = freshDatabase(templateCurrent);
        const QString older = freshDatabase(templateOlder);
        std::unique_ptr<Database> newer = Database::open(m_server.url(current));
        std::unique_ptr<Database> old = Database::open(m_server.url(older));
        // username is varchar(128) and takes the email too.
        QCOMPARE(newer->limits().emailLength, 128);
        QCOMPARE(old->limits().emailLength, 75);
        QVERIFY(
            newer->layout().hasColumn(QStringLiteral("auth_user"), QStringLiteral("is_suspended")));
        QVERIFY(
            !old->layout().hasColumn(QStringLiteral("auth_user"), QStringLiteral("is_suspended")));

        // Older Sentry: 76 characters is refused before anything is written; 75 fits.
        const CreateUserReport tooLong = run(*old, request({emailOfLength(76)}));
        QVERIFY(tooLong.rejected);
        QCOMPARE(tooLong.outcomes.first().email, emailOfLength(76));
        QVERIFY2(tooLong.outcomes.first().message.contains(QStringLiteral("at most 75")),
                 qPrintable(tooLong.outcomes.first().message));
        QCOMPARE(run(*old, request({emailOfLength(75)})).created, 1);
        QCOMPARE(sql(older, "SELECT length(email) FROM auth_user"), QStringLiteral("75"));

        // Newer Sentry: 200 characters fit, and is_suspended is written (it has no default).
        QCOMPARE(run(*newer, request({emailOfLength(76)})).created, 1);
        QCOMPARE(sql(current, "SELECT is_suspended FROM auth_user"), QStringLiteral("f"));
    }

    void passwordsComeFromTheCallerTheSessionOrLibpq()
    {
        const QString name = freshDatabase();
        const QByteArray secret = "S3cret-for-the-operator";
        sql(name, "CREATE ROLE operator LOGIN PASSWORD '" + secret +
                      "';"
                      "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                      "TO operator;"
                      "GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO operator;");
        QVERIFY2(m_server.requirePasswordFor(QStringLiteral("operator")),
                 qPrintable(m_server.errorString()));
        const QString url = m_server.url(name, QStringLiteral("operator"));

        QVERIFY_THROWS_EXCEPTION(PasswordRequiredError, Database::open(url));
        try {
            Database::open(url, Secret::fromUtf8("wrong-password"));
            QFAIL("a wrong password was accepted");
        } catch (const PasswordRequiredError &error) {
            QVERIFY(!error.message().contains(QStringLiteral("wrong-password")));
        }

        std::unique_ptr<Database> database = Database::open(url, Secret::fromUtf8(secret));
        const std::unique_ptr<Database> worker = database->reopen(); // the controller's thread
        QCOMPARE(run(*worker, request({QStringLiteral("a@example.com")})).created, 1);

        Database::rememberSessionPassword(url, Secret::fromUtf8(secret));
        QVERIFY(Database::open(url)); // e.g. the users browser's own connection

        // libpq's own conventions still work when nothing was typed.
        const QString other = m_server.url(freshDatabase(), QStringLiteral("operator"));
        qputenv("PGPASSWORD", secret);
        std::unique_ptr<Database> fromEnvironment;
        try {
            fromEnvironment = Database::open(other);
        } catch (const StorageError &error) {
            qWarning("%s", qPrintable(error.message()));
        }
        qunsetenv("PGPASSWORD");
        QVERIFY(fromEnvironment);
    }

    void tlsSettingsPassThroughToLibpq()
    {
        const QString name = freshDatabase();
        QVERIFY(Database::open(m_server.url(name) + QStringLiteral("?sslmode=disable")));
        // The test server has no TLS: libpq itself refuses when TLS is required.
        try {
            Database::open(m_server.url(name) + QStringLiteral("?sslmode=require"));
            QFAIL("sslmode=require was not passed to libpq");
        } catch (const StorageError &error) {
            QVERIFY2(error.message().contains(QStringLiteral("SSL")), qPrintable(error.message()));
        }
    }

    void restartedServerEndsTheBatchAndAReopenedConnectionGoesOn()
    {
        const QString name = freshDatabase();
        std::unique_ptr<Database> database = Database::open(m_server.url(name));
        QCOMPARE(run(*database, request({QStringLiteral("before@example.com")})).created, 1);
        QVERIFY2(m_server.restart(), qPrintable(m_server.errorString()));

        const QStringList emails{QStringLiteral("a@example.com"), QStringLiteral("b@example.com")};
        const CreateUserReport lost = run(*database, request(emails));
        QCOMPARE(lost.created, 0);
        QCOMPARE(lost.exitCode(), 1);
        QCOMPARE(lost.notDone, emails);

        // What the window's "go on" does: a new connection, the emails not done.
        const std::unique_ptr<Database> reconnected = database->reopen();
        QCOMPARE(run(*reconnected, request(lost.notDone)).created, 2);
        QCOMPARE(sql(name, "SELECT count(*) FROM auth_user"), QStringLiteral("3"));
    }

    // Every allowed setting, with values written to smuggle a password in: libpq reads back
    // exactly the one setting with exactly the value given.
    void urlSettingsCannotInjectOthers()
    {
        const QStringList hostile{
            QStringLiteral("x password=hunter2"),
            QStringLiteral("x' password='hunter2"),
            QStringLiteral("x\\' password=hunter2"),
            QStringLiteral("\\"),
            QStringLiteral("'"),
            QStringLiteral("a\tb password=hunter2"),
            QStringLiteral("=password=hunter2"),
            QStringLiteral(""),
        };
        for (const QString &key : PostgresUrl::allowedSettings()) {
            for (const QString &value : hostile) {
                QUrlQuery query;
                query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
                const QString url = QStringLiteral("postgresql://ops@db.example/sentry?") +
                                    query.toString(QUrl::FullyEncoded);
                QString problem;
                const std::optional<PostgresUrl::Parsed> parsed = PostgresUrl::parse(url, &problem);
                QVERIFY2(parsed, qPrintable(url + u' ' + problem));
                QString conninfo = parsed->connectOptions;
                conninfo.replace(u';', u' ');
                QList<std::pair<QString, QString>> expected{{key, value}};
                if (key != QLatin1String("connect_timeout"))
                    expected.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
                QCOMPARE(libpqSettings(conninfo), expected);
                QVERIFY(!parsed->displayName.contains(QStringLiteral("hunter2")));
            }
        }
        // Refused, and the value is never repeated.
        for (const QString &query :
             {QStringLiteral("password=hunter2"), QStringLiteral("passfile=/tmp/hunter2"),
              QStringLiteral("sslpassword=hunter2"), QStringLiteral("unknown_setting=hunter2"),
              QStringLiteral("application_name=a%3Bhunter2")}) {
            QString problem;
            QVERIFY(!PostgresUrl::parse(QStringLiteral("postgresql://ops@db/sentry?") + query,
                                        &problem));
            QVERIFY2(!problem.isEmpty() && !problem.contains(QStringLiteral("hunter2")),
                     qPrintable(problem));
        }
    }

    // An unknown setting is named only when its name reads as a libpq setting name ([a-z_]);
    // anything else, a secret typed as a name or terminal control text, is not repeated.
    void unknownSettingsAreNamedOnlyWhenPlain()
    {
        const auto problemWith = [](const QString &name) {
            QString problem;
            const QString url = QStringLiteral("postgresql://ops@db/sentry?") +
                                QString::fromLatin1(QUrl::toPercentEncoding(name)) +
                                QStringLiteral("=1");
            if (PostgresUrl::parse(url, &problem))
                return QStringLiteral("accepted");
            return problem;
        };
        QVERIFY(problemWith(QStringLiteral("sslmodes")).contains(QStringLiteral("\"sslmodes\"")));
        QVERIFY(problemWith(QStringLiteral("target_session_attrz"))
                    .contains(QStringLiteral("\"target_session_attrz\"")));
        for (const QString &name :
             {QStringLiteral("Hunter2"), QStringLiteral("hunter2"), QStringLiteral("hunter-two"),
              QStringLiteral("hunter\x1b[2Jtwo"), QStringLiteral("hunter two"),
              QStringLiteral("hunter\u00e9"), QString(41, u'h')}) {
            const QString problem = problemWith(name);
            QVERIFY2(problem.contains(QStringLiteral("an unknown setting")), qPrintable(problem));
            QVERIFY2(!problem.contains(QStringLiteral("hunter")) &&
                         !problem.contains(QStringLiteral("hhhh")),
                     qPrintable(problem));
        }
    }

    // Through a real server that asks the role for its password: a value holding the right
    // password as a setting of its own still gets no connection.
    void injectedPasswordDoesNotConnect()
    {
        const QString name = freshDatabase();
        const QByteArray secret = "S3cret-for-the-injector";
        sql(name, "CREATE ROLE injector LOGIN PASSWORD '" + secret + "';");
        QVERIFY2(m_server.requirePasswordFor(QStringLiteral("injector")),
                 qPrintable(m_server.errorString()));
        const QString base = m_server.url(name, QStringLiteral("injector"));
        for (const QString &key : {QStringLiteral("application_name"), QStringLiteral("options")}) {
            for (const QString &value :
                 {QStringLiteral("x password=") + QString::fromLatin1(secret),
                  QStringLiteral("x' password='") + QString::fromLatin1(secret)}) {
                const QString url =
                    base + u'?' + key + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
                try {
                    Database::open(url);
                    QFAIL(qPrintable(QStringLiteral("connected through %1").arg(key)));
                } catch (const StorageError &error) {
                    QVERIFY2(!error.message().contains(QString::fromLatin1(secret)),
                             qPrintable(error.message()));
                }
            }
        }
    }

    void aPasswordInTheUrlIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(
            StorageError,
            Database::open(
                QStringLiteral("postgresql://postgres:pw@127.0.0.1:%1/x").arg(m_server.port())));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "tst_postgresdatabase.moc"
