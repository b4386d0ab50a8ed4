#include "PostgresServer.h"

#include "TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QStandardPaths>
#include <QVersionNumber>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
const QString serverUser = QStringLiteral("postgres");

// A port nobody listens on right now; start() retries if another process takes it first.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool runningAsRoot()
{
    return ::getuid() == 0;
}

// Gives the folder to the server's user, who must own its data and socket folders.
bool giveToServerUser(const QString &path)
{
    if (!runningAsRoot())
        return true;
    const passwd *user = ::getpwnam(serverUser.toLocal8Bit().constData());
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}
} // namespace

PostgresServer::PostgresServer()
{
    m_data = m_dir.filePath(QStringLiteral("data"));
    m_socket = m_dir.filePath(QStringLiteral("socket"));
}

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::program(const QString &name)
{
    QVersionNumber newest;
    QString found;
    const QDir versions(QStringLiteral("/usr/lib/postgresql"));
    for (const QString &version : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString candidate = versions.filePath(version + QStringLiteral("/bin/") + name);
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (QFile::exists(candidate) && number > newest) {
            newest = number;
            found = candidate;
        }
    }
    if (!found.isEmpty())
        return found;
    const QString inPath = QStandardPaths::findExecutable(name);
    return inPath.isEmpty() ? name : inPath;
}

QString PostgresServer::schemaFile(Schema schema)
{
    const QDir fixtures(QString::fromUtf8(TestPaths::sourceDir) +
                        QStringLiteral("/tests/postgres"));
    switch (schema) {
    case Schema::Current:
        return fixtures.filePath(QStringLiteral("sentry_schema.sql"));
    case Schema::Older:
        return fixtures.filePath(QStringLiteral("sentry_schema_older.sql"));
    case Schema::Hybrid:
        return fixtures.filePath(QStringLiteral("sentry_schema_hybrid.sql"));
    case Schema::HybridUnknownColumn:
        return fixtures.filePath(QStringLiteral("sentry_schema_unknown_column.sql"));
    }
    return {};
}

QStringList PostgresServer::schemaFiles(Schema schema)
{
    switch (schema) {
    case Schema::Older:
        return {schemaFile(Schema::Current), schemaFile(schema)};
    case Schema::HybridUnknownColumn:
        return {schemaFile(Schema::Hybrid), schemaFile(schema)};
    case Schema::Current:
    case Schema::Hybrid:
        break;
    }
    return {schemaFile(schema)};
}

QProcessEnvironment PostgresServer::cleanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("PG")))
            environment.remove(name);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return environment;
}

bool PostgresServer::run(const QString &program, const QStringList &arguments, bool asServerUser,
                         const QByteArray &input, QString *output)
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.setWorkingDirectory(m_dir.path());
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), serverUser, QStringLiteral("--"), program} +
                          arguments);
    else
        process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(180000)) {
        process.kill();
        process.waitForFinished();
        m_error = QStringLiteral("%1 did not finish").arg(program);
        return false;
    }
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    if (output)
        *output = out.trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (exit %3):\n%4%5")
                      .arg(program, arguments.join(QLatin1Char(' ')))
                      .arg(process.exitCode())
                      .arg(QString::fromUtf8(process.readAllStandardError()), out);
        return false;
    }
    return true;
}

QString PostgresServer::serverLog() const
{
    QFile log(m_dir.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder: %1").arg(m_dir.errorString());
        return false;
    }
    if (!QFile::exists(m_data)) {
        if (!QDir().mkpath(m_socket) || !giveToServerUser(m_dir.path()) ||
            !giveToServerUser(m_socket)) {
            m_error =
                QStringLiteral("cannot prepare %1 for the user %2").arg(m_dir.path(), serverUser);
            return false;
        }
        if (!run(program(QStringLiteral("initdb")),
                 {QStringLiteral("--pgdata"), m_data, QStringLiteral("--username"), serverUser,
                  QStringLiteral("--auth"), QStringLiteral("trust"), QStringLiteral("--encoding"),
                  QStringLiteral("UTF8"), QStringLiteral("--no-locale"),
                  QStringLiteral("--no-sync")},
                 true))
            return false;
    }
    // Another process may take the free port between our look and the server's bind.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        if (startOnce())
            return true;
    }
    m_error += QStringLiteral("\nserver log:\n") + serverLog();
    return false;
}

bool PostgresServer::startOnce()
{
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                           "-c shared_buffers=32MB -c max_connections=40")
                                .arg(m_port)
                                .arg(m_socket);
    m_running =
        run(program(QStringLiteral("pg_ctl")),
            {QStringLiteral("start"), QStringLiteral("--pgdata"), m_data, QStringLiteral("--wait"),
             QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--log"),
             m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("--options"), options},
            true);
    return m_running;
}

bool PostgresServer::stop()
{
    if (!m_running)
        return true;
    m_running = !run(program(QStringLiteral("pg_ctl")),
                     {QStringLiteral("stop"), QStringLiteral("--pgdata"), m_data,
                      QStringLiteral("--mode"), QStringLiteral("fast"), QStringLiteral("--wait")},
                     true);
    return !m_running;
}

bool PostgresServer::restart()
{
    return stop() && startOnce();
}

QString PostgresServer::url(const QString &database, const QString &user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

bool PostgresServer::psql(const QString &database, const QByteArray &sql, QString *output)
{
    return run(program(QStringLiteral("psql")),
               {QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                QStringLiteral("--no-align"), QStringLiteral("--tuples-only"),
                QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--host=127.0.0.1"),
                QStringLiteral("--port=%1").arg(m_port), QStringLiteral("--username=postgres"),
                QStringLiteral("--dbname=%1").arg(database)},
               false, sql, output);
}

bool PostgresServer::createDatabase(const QString &name, const QString &templateName)
{
    // Identifiers cannot be bound; the names come from the tests themselves.
    QString sql = QStringLiteral("CREATE DATABASE \"%1\"").arg(name);
    if (!templateName.isEmpty())
        sql += QStringLiteral(" TEMPLATE \"%1\"").arg(templateName);
    return psql(QStringLiteral("postgres"), sql.toUtf8());
}

bool PostgresServer::createSentryDatabase(const QString &name, Schema schema)
{
    if (!createDatabase(name))
        return false;
    const QStringList files = schemaFiles(schema);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        if (!psql(name, file.readAll()))
            return false;
    }
    return true;
}

QSqlDatabase PostgresServer::connect(const QString &database, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(serverUser);
    db.setDatabaseName(database);
    if (!db.open())
        m_error = db.lastError().text();
    return db;
}

bool PostgresServer::requirePasswordFor(const QString &role)
{
    // pg_hba.conf is read top down: this line wins over initdb's "trust" lines.
    QFile hba(m_data + QStringLiteral("/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1").arg(hba.fileName());
        return false;
    }
    const QByteArray rules =
        QStringLiteral("host all %1 127.0.0.1/32 scram-sha-256\n").arg(role).toUtf8() +
        hba.readAll();
    hba.close();
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size()) {
        m_error = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    hba.close();
    return psql(QStringLiteral("postgres"), "SELECT pg_reload_conf()");
}
