#pragma once

#include "crypto/Secret.h"
#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"
#include "storage/SentryLayout.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

// One connection to a Sentry user database: the embedded SQLite file (created and seeded on first
// use) or an existing Sentry database (SQLite file or postgresql:// URL), whose tables are checked
// and never created, altered or dropped. Throws StorageError when it cannot be used.
// Its Qt SQL connection is for storage code only (storage/SqlConnection.h): this header names no
// Qt SQL type, and the window and the command line do not see Qt SQL at all. Queries made on the
// connection must be destroyed before the Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class Kind
    {
        SQLite,
        PostgreSQL
    };

    // Where the embedded database lives: QStandardPaths::AppDataLocation/useradmin.sqlite3.
    static QString defaultEmbeddedPath();
    // A path or postgresql:// URL; empty means the embedded database. A PostgreSQL password
    // comes from `password`, else from one given earlier in this session for the same server,
    // database and user, else from libpq itself (PGPASSWORD, ~/.pgpass). It is kept in memory
    // only, for reopen(); never written anywhere.
    static std::unique_ptr<Database> open(const QString &location, const Secret &password = {});
    // Keeps a password that worked, in memory, for later open() calls of this process.
    static void rememberSessionPassword(const QString &location, const Secret &password);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // A second connection to the same database, for another thread.
    std::unique_ptr<Database> reopen() const;

    // Whether the connection is open (false once it was lost or closed); asks no server.
    bool isOpen() const;
    // Lets go of the connection, keeping what was read on connect and what reopen() needs: a
    // window keeps such a description while workers use connections of their own.
    void close();
    // The name of the Qt SQL connection; tests use it to read and write the tables directly.
    QString connectionName() const { return m_connectionName; }
    // The workflows' view of the Sentry tables on this connection; must not outlive it.
    std::unique_ptr<UserDirectory> userDirectory() const;
    Kind kind() const { return m_kind; }
    // The location as given, without any password; for titles and messages.
    QString displayName() const { return m_displayName; }
    QString location() const { return m_location; }
    // Whether this is the project's own embedded database (it has the metadata table).
    bool isEmbedded() const { return m_embedded; }
    DirectoryLimits limits() const { return m_limits; }
    // The Sentry tables and columns found on connect (or after creating or migrating).
    const SentryLayout &layout() const { return m_layout; }

    // Kept in the embedded database's metadata table; defaults elsewhere.
    InstanceSettings instanceSettings() const;
    void saveInstanceSettings(const InstanceSettings &settings);

    int schemaVersion() const;
    // What the operator should know about the database file (wider permissions than its
    // owner's, say); shown once, after opening.
    QStringList warnings() const { return m_warnings; }

private:
    Database(const QString &location, const QString &connectionName, const Secret &password);
    void openConnection();
    void prepareFile();
    void prepareEmbedded();
    void checkSentryTables();

    QString m_location;
    QString m_displayName;
    QString m_connectionName;
    Secret m_password;
    Kind m_kind = Kind::SQLite;
    bool m_embedded = false;
    DirectoryLimits m_limits;
    SentryLayout m_layout;
    QStringList m_warnings;
};

// The server asked for a password and none was given (or the one given was refused): the
// window then prompts for one.
class PasswordRequiredError : public StorageError
{
public:
    using StorageError::StorageError;
};
