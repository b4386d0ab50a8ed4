#pragma once

#include <QStringList>
#include <functional>

class Database;

struct UserSummary
{
    qint64 id = 0;
    QString email;
    bool superuser = false;
    bool staff = false;
    bool active = true;
    QStringList organizations; // slugs, sorted
};

namespace UserListing {
// Calls `visit` for every user in id order, streaming: memory stays flat at any table size.
// Throws StorageError.
void forEachUser(const Database &database, const std::function<void(const UserSummary &)> &visit);
} // namespace UserListing
