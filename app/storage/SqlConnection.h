#pragma once

#include <QSqlDatabase>

class Database;
class QDateTime;
class QSqlQuery;
class QString;
class QVariant;

// Storage-internal, like every header that includes Qt SQL: only the storage library's sources
// (and tests) include it. Qt SQL is linked PRIVATE, so the window and the command line, which
// see only headers that name no Qt SQL type, cannot include it.

// The connection of `database`: all storage code reaches Qt SQL through here.
QSqlDatabase sqlConnection(const Database &database);

// Runs a prepared statement, throwing StorageError with `what` and the driver's text on failure.
void execOrThrow(QSqlQuery &query, const QString &what);

// A stored date and time as read from either engine (PostgreSQL's timestamptz, SQLite's text);
// invalid for NULL.
QDateTime storedDateTime(const QVariant &value);

// Ids bound per IN (...) list: under SQLite's and PostgreSQL's limits on parameters.
constexpr qsizetype IdsPerStatement = 500;
// "?,?,...,?": `count` parameter marks for an IN (...) list.
QString placeholders(qsizetype count);
