#pragma once

#include <QSqlDatabase>
#include <QStringList>

// The embedded SQLite database: Sentry's tables in their newest layout (docs/sentry-schema.md),
// seeded like a fresh self-hosted install, plus the project's metadata table with its schema
// version.
namespace EmbeddedSchema {
constexpr int CurrentVersion = 6;
inline const QString AuditTable = QStringLiteral("useradmin_audit");
inline const QString MetadataTable = QStringLiteral("useradmin_meta");

// The Sentry tables (and their columns) this project reads and writes.
const QList<std::pair<QString, QStringList>> &requiredColumns();
// Tables only some Sentry versions have, and the columns each must have where it exists.
const QList<std::pair<QString, QStringList>> &columnsWhereTablesExist();

// Creates and seeds an empty database, or migrates an older embedded one, in one transaction.
// Throws StorageError; refuses a database written by a newer version.
void createOrMigrate(QSqlDatabase db);

// The schema version recorded in the metadata table (0 when none is).
int storedVersion(QSqlDatabase db);
} // namespace EmbeddedSchema
