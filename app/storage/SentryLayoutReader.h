#pragma once

#include "storage/SentryLayout.h"

#include <QSqlDatabase>

// Storage-internal (storage/SqlConnection.h): reads a SentryLayout from the database's catalog.
namespace SentryLayoutReader {
// Reads the columns of every table this project knows (docs/sentry-schema.md).
SentryLayout read(const QSqlDatabase &db, bool postgres);
} // namespace SentryLayoutReader
