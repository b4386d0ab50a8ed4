#pragma once

#include "domain/AuditTrail.h"
#include "domain/BatchWriter.h"

#include <memory>

class Database;

// Where a database's audit trail lives: the embedded database keeps it in its useradmin_audit
// table; any other database (PostgreSQL, a Sentry SQLite file) in an append-only journal file
// of JSON lines in QStandardPaths::AppDataLocation, named from the database's display name
// (which holds no password): useradmin never adds a table to Sentry's database.
namespace AuditTrails {
// The trail of `database`; it uses the database's connection and must not outlive it.
std::unique_ptr<AuditTrail> forDatabase(const Database &database);
// Appends the record of a write made now by this process's operator on `database`: what the
// command line and the window call once a unit of work is over. Throws StorageError.
void record(const Database &database, const QString &action, const QStringList &emails,
            const QString &outcome);
// The same for a batch of the window: the users its outcomes name, and its counts.
void record(const Database &database, const QString &action, const BatchReport &report);
// The journal file of a database that is not the embedded one.
QString journalPath(const Database &database);
} // namespace AuditTrails
