#include "storage/Database.h"

#include "storage/EmbeddedSchema.h"
#include "storage/PostgresUrl.h"
#include "storage/SentryLayoutReader.h"
#include "storage/SqlConnection.h"
#include "storage/SqlUserDirectory.h"
#include "storage/ThreadGuard.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace {
QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("useradmin-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Where a session password belongs: the same server, port, user and database.
QString sessionKey(const QString &location)
{
    return QUrl(location)
        .adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemovePassword)
        .toString();
}

// Passwords typed during this session, in memory only (never a setting or a file).
struct SessionPasswords
{
    QMutex mutex;
    QHash<QString, Secret> passwords;
};

SessionPasswords &sessionPasswords()
{
    // Never destroyed: QCA's secure memory, which holds the secrets, is gone by the time static
    // objects are (the process is exiting anyway).
    static auto *store = new SessionPasswords;
    return *store;
}

Secret sessionPassword(const QString &location)
{
    SessionPasswords &store = sessionPasswords();
    const QMutexLocker locker(&store.mutex);
    return store.passwords.value(sessionKey(location));
}

// libpq's own words (fe_sendauth, or the server's SQLSTATE 28P01 text) for a missing or refused
// password.
bool asksForPassword(const QSqlError &error)
{
    const QString text = error.databaseText();
    return error.nativeErrorCode() == QLatin1String("28P01") ||
           text.contains(QLatin1String("no password supplied")) ||
           text.contains(QLatin1String("password authentication failed"));
}

// Metadata keys of the instance settings in the embedded database.
const QString singleOrganizationKey = QStringLiteral("single_organization");
const QString selfHostedKey = QStringLiteral("self_hosted");
const QString defaultOrganizationKey = QStringLiteral("default_organization_id");
const QString iterationsKey = QStringLiteral("password_iterations");
} // namespace

void execOrThrow(QSqlQuery &query, const QString &what)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        // PostgreSQL's driver reports the SQLSTATE as the native code.
        throw StorageError(QStringLiteral("%1: %2").arg(what, error.text()),
                           error.nativeErrorCode());
    }
}

QString Database::defaultEmbeddedPath()
{
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(directory).filePath(QStringLiteral("useradmin.sqlite3"));
}

std::unique_ptr<Database> Database::open(const QString &location, const Secret &password)
{
    ThreadGuard::checkNotGuiThread("Database::open");
    std::unique_ptr<Database> database(
        new Database(location.isEmpty() ? defaultEmbeddedPath() : location, uniqueConnectionName(),
                     password.isEmpty() ? sessionPassword(location) : password));
    database->openConnection();
    return database;
}

void Database::rememberSessionPassword(const QString &location, const Secret &password)
{
    SessionPasswords &store = sessionPasswords();
    const QMutexLocker locker(&store.mutex);
    store.passwords.insert(sessionKey(location), password);
}

std::unique_ptr<Database> Database::reopen() const
{
    ThreadGuard::checkNotGuiThread("Database::reopen");
    std::unique_ptr<Database> database(
        new Database(m_location, uniqueConnectionName(), m_password));
    database->openConnection();
    return database;
}

Database::Database(const QString &location, const QString &connectionName, const Secret &password)
    : m_location(location)
    , m_connectionName(connectionName)
    , m_password(password)
{}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString placeholders(qsizetype count)
{
    return QStringList(count, QStringLiteral("?")).join(QLatin1Char(','));
}

QDateTime storedDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType().id() == QMetaType::QDateTime)
        return value.toDateTime();
    // Django writes "YYYY-MM-DD HH:MM:SS[.ffffff]+00:00" in SQLite, this project ISO 8601 with
    // 'T'.
    QString text = value.toString();
    if (text.size() > 10 && text[10] == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QSqlDatabase sqlConnection(const Database &database)
{
    ThreadGuard::checkNotGuiThread("sqlConnection");
    return QSqlDatabase::database(database.connectionName(), false);
}

std::unique_ptr<UserDirectory> Database::userDirectory() const
{
    return std::make_unique<SqlUserDirectory>(*this);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Database::openConnection()
{
    if (PostgresUrl::isPostgresUrl(m_location)) {
        m_kind = Kind::PostgreSQL;
        QString problem;
        const std::optional<PostgresUrl::Parsed> url = PostgresUrl::parse(m_location, &problem);
        if (!url)
            throw StorageError(problem);
        m_displayName = url->displayName;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        db.setHostName(url->host);
        if (url->port > 0)
            db.setPort(url->port);
        db.setUserName(url->user);
        db.setDatabaseName(url->database);
        // Without a password here, libpq itself reads PGPASSWORD and ~/.pgpass.
        db.setConnectOptions(url->connectOptions);
        if (!m_password.isEmpty())
            db.setPassword(QString::fromUtf8(m_password.utf8()));
        const bool opened = db.open();
        // The driver keeps its own copy only while connecting.
        db.setPassword(QString());
        if (!opened) {
            const QSqlError error = db.lastError();
            const QString message = tr("Cannot connect to %1: %2").arg(m_displayName, error.text());
            if (asksForPassword(error))
                throw PasswordRequiredError(message);
            throw StorageError(message);
        }
        checkSentryTables();
        return;
    }

    m_kind = Kind::SQLite;
    m_displayName = QDir::toNativeSeparators(m_location);
    // SQLite would keep users only in memory, or in a temporary file, and lose them at exit.
    if (m_location.trimmed().isEmpty() || m_location == QLatin1String(":memory:") ||
        m_location.startsWith(QLatin1String("file:")))
        throw StorageError(
            tr("\"%1\" is not a database file; give the path of one.").arg(m_displayName));
    prepareFile();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_location);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        throw StorageError(tr("Cannot open %1: %2").arg(m_displayName, db.lastError().text()));
    const QStringList tables = db.tables();
    const bool embedded = tables.isEmpty() || tables.contains(EmbeddedSchema::MetadataTable);
    // In the embedded database, WAL lets the users browser read while a batch writes, and
    // NORMAL sync stays durable across application crashes without waiting for the disk on
    // every commit. Someone else's file keeps its journal mode. A checkpoint (two waits for the
    // disk) comes every 64 MiB of WAL rather than SQLite's 4 MiB: a 20,000-user batch commits 80
    // chunks and used to wait through a dozen checkpoints (bench section cli: 3.10x raw SQLite
    // before, 2.10x after); the WAL file is cut back to 64 MiB after each.
    // Savepoint journals stay in memory rather than in a temporary file.
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"};
    if (embedded)
        pragmas << "PRAGMA journal_mode = WAL"
                << "PRAGMA synchronous = NORMAL"
                << "PRAGMA wal_autocheckpoint = 16384"
                << "PRAGMA journal_size_limit = 67108864";
    for (const char *pragma : std::as_const(pragmas)) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(pragma)))
            throw StorageError(
                tr("Cannot open %1: %2").arg(m_displayName, query.lastError().text()));
    }
    if (embedded)
        prepareEmbedded();
    else
        checkSentryTables();
}

// Password hashes live in the file: it is made private before SQLite writes anything (its -wal
// and -shm files take the same mode). A new file goes only into an existing folder, so a
// mistyped path is an error rather than a new, empty database; the default location is the
// exception, its folder made private too.
void Database::prepareFile()
{
    const QFileInfo file(m_location);
    if (file.isDir())
        throw StorageError(tr("%1 is a folder, not a database file.").arg(m_displayName));
    const QString folder = file.absolutePath();
    const QString shownFolder = QDir::toNativeSeparators(folder);
    constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (m_location == defaultEmbeddedPath()) {
        if (!QDir().mkpath(folder))
            throw StorageError(tr("Cannot create the folder %1.").arg(shownFolder));
        QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner);
    }
    if (file.exists()) {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        if (file.permissions() & others)
            m_warnings << tr("%1 holds password hashes and other local users can read "
                             "it; make it private with: chmod 600 %1")
                              .arg(m_displayName);
        return;
    }
    if (!QFileInfo(folder).isDir())
        throw StorageError(tr("The folder %1 does not exist; a new database is created "
                              "only in an existing folder.")
                               .arg(shownFolder));
    QFile created(m_location);
    if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerOnly))
        throw StorageError(tr("Cannot create %1: %2").arg(m_displayName, created.errorString()));
}

void Database::prepareEmbedded()
{
    EmbeddedSchema::createOrMigrate(sqlConnection(*this));
    m_embedded = true;
    checkSentryTables();
}

void Database::checkSentryTables()
{
    m_layout = SentryLayoutReader::read(sqlConnection(*this), m_kind == Kind::PostgreSQL);
    QStringList missing;
    for (const auto &[table, columns] : EmbeddedSchema::requiredColumns()) {
        if (!m_layout.hasTable(table)) {
            missing << tr("table %1").arg(table);
            continue;
        }
        for (const QString &column : columns)
            if (!m_layout.hasColumn(table, column))
                missing << QStringLiteral("%1.%2").arg(table, column);
    }
    // Tables that only some Sentry versions have are written where they exist, in full.
    for (const auto &[table, columns] : EmbeddedSchema::columnsWhereTablesExist()) {
        if (!m_layout.hasTable(table))
            continue;
        for (const QString &column : columns)
            if (!m_layout.hasColumn(table, column))
                missing << QStringLiteral("%1.%2").arg(table, column);
    }
    if (!missing.isEmpty())
        throw StorageError(tr("%1 is not a Sentry database this tool can use; missing: %2")
                               .arg(m_displayName, missing.join(QStringLiteral(", "))));
    // Every column that holds the address bounds it (older Sentry versions: 75 characters).
    const QList<std::pair<QString, QString>> emailColumns{
        {SentryTables::Users, QStringLiteral("email")},
        {SentryTables::Users, QStringLiteral("username")},
        {SentryTables::UserEmails, QStringLiteral("email")},
        {SentryTables::Members, QStringLiteral("user_email")}};
    for (const auto &[table, column] : emailColumns) {
        const int length = m_layout.columnLength(table, column);
        if (length > 0)
            m_limits.emailLength = qMin(m_limits.emailLength, length);
    }
}

int Database::schemaVersion() const
{
    return m_embedded ? EmbeddedSchema::storedVersion(sqlConnection(*this)) : 0;
}

InstanceSettings Database::instanceSettings() const
{
    InstanceSettings settings;
    if (!m_embedded)
        return settings;
    QSqlQuery query(sqlConnection(*this));
    query.prepare(QStringLiteral("SELECT key, value FROM useradmin_meta"));
    execOrThrow(query, EmbeddedSchema::MetadataTable);
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == singleOrganizationKey)
            settings.singleOrganization = value == QLatin1String("1");
        else if (key == selfHostedKey)
            settings.selfHosted = value == QLatin1String("1");
        else if (key == defaultOrganizationKey && !value.isEmpty())
            settings.defaultOrganizationId = value.toLongLong();
        else if (key == iterationsKey && value.toInt() > 0)
            settings.passwordIterations = value.toInt();
    }
    return settings;
}

void Database::saveInstanceSettings(const InstanceSettings &settings)
{
    if (!m_embedded)
        throw StorageError(tr("Instance settings are kept only in the embedded database."));
    QSqlDatabase db = sqlConnection(*this);
    if (!db.transaction())
        throw StorageError(db.lastError().text());
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO useradmin_meta (key, value) VALUES (?, ?)"));
    const QList<std::pair<QString, QString>> values{
        {singleOrganizationKey,
         settings.singleOrganization ? QStringLiteral("1") : QStringLiteral("0")},
        {selfHostedKey, settings.selfHosted ? QStringLiteral("1") : QStringLiteral("0")},
        {defaultOrganizationKey, settings.defaultOrganizationId
                                     ? QString::number(*settings.defaultOrganizationId)
                                     : QStringLiteral("")}, // empty, not NULL: none set
        {iterationsKey, QString::number(settings.passwordIterations)},
    };
    try {
        for (const auto &[key, value] : values) {
            query.bindValue(0, key);
            query.bindValue(1, value);
            execOrThrow(query, EmbeddedSchema::MetadataTable);
        }
    } catch (...) {
        db.rollback();
        throw;
    }
    if (!db.commit())
        throw StorageError(db.lastError().text());
}
