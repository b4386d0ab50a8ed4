#pragma once

#include "domain/UserImport.h"

#include <QList>
#include <functional>

class Database;

namespace UserExport {
// Calls `visit` for every membership of the users whose email or name starts with `prefix`
// (letter case aside; empty: every user), and once with no organization for a user in none:
// one row a membership, users in id order, a user's organizations by slug, its teams sorted.
// Streaming: memory stays flat at any table size. Never reads a password. Throws StorageError.
void forEachRow(const Database &database, const QString &prefix,
                const std::function<void(const ExportRow &)> &visit);
// The same for these users (an operator's selection), in id order.
void forEachRow(const Database &database, QList<qint64> userIds,
                const std::function<void(const ExportRow &)> &visit);
} // namespace UserExport
