#pragma once

#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// A throw-away PostgreSQL server for tests: initdb and pg_ctl in a temporary folder, listening on
// 127.0.0.1 on a free port with trust authentication, its socket in that folder too. PostgreSQL
// refuses to run as root, so as root (CI) the server runs as the `postgres` system user.
// Every step returns false with errorString() (server log included) on failure: a test must then
// fail, never skip. The server is stopped and its folder removed on destruction.
class PostgresServer
{
public:
    enum class Schema
    {
        Current,             // Sentry's tables without the hybrid-cloud ones
        Older,               // Current, with email varchar(75) and no is_suspended
        Hybrid,              // hybrid-cloud Sentry (23.x and later), newest layout
        HybridUnknownColumn, // Hybrid, with a NOT NULL column no Sentry has (a future Sentry)
    };

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    bool start();
    bool stop();
    // Stops the server (dropping every connection) and starts it again on the same port.
    bool restart();
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    QString url(const QString &database, const QString &user = QStringLiteral("postgres")) const;

    bool createDatabase(const QString &name, const QString &templateName = {});
    // A database holding Sentry's tables, seeded like a fresh self-hosted install.
    bool createSentryDatabase(const QString &name, Schema schema = Schema::Current);
    // Runs SQL through psql (on its standard input); `output` gets psql's unaligned rows.
    bool psql(const QString &database, const QByteArray &sql, QString *output = nullptr);
    // Makes the server ask `role` for its password (SCRAM) on 127.0.0.1; others stay trusted.
    bool requirePasswordFor(const QString &role);
    // A direct Qt SQL connection as the superuser, for checks and for sabotage.
    QSqlDatabase connect(const QString &database, const QString &connectionName);

    // The path of a PostgreSQL program (initdb, psql...) of the newest installed version.
    static QString program(const QString &name);
    // The fixture file of `schema`: the whole schema for Current and Hybrid, the changes made to
    // that base for the others.
    static QString schemaFile(Schema schema);
    // The fixture files that make `schema`, in the order they are run.
    static QStringList schemaFiles(Schema schema);
    // The environment child processes get: the caller's, without PG* variables that would point
    // them at another server.
    static QProcessEnvironment cleanEnvironment();

private:
    bool run(const QString &program, const QStringList &arguments, bool asServerUser,
             const QByteArray &input = {}, QString *output = nullptr);
    bool startOnce();
    QString serverLog() const;

    QTemporaryDir m_dir;
    QString m_data;
    QString m_socket;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};
