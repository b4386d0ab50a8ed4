#include "storage/UserListing.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QSqlQuery>
#include <optional>

void UserListing::forEachUser(const Database &database,
                              const std::function<void(const UserSummary &)> &visit)
{
    // One streaming query: PostgreSQL's driver cannot stream two result sets at once on one
    // connection. Ordered by user id only, so that SQLite walks auth_user and the membership
    // index without sorting; a user's few organizations are sorted here.
    QSqlQuery rows(sqlConnection(database));
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral(
        "SELECT u.id, u.email, u.is_superuser, u.is_staff, u.is_active, o.slug FROM auth_user u "
        "LEFT JOIN sentry_organizationmember m ON m.user_id = u.id "
        "LEFT JOIN sentry_organization o ON o.id = m.organization_id ORDER BY u.id"));
    execOrThrow(rows, QStringLiteral("auth_user"));

    std::optional<UserSummary> user;
    const auto finishUser = [&] {
        if (!user)
            return;
        user->organizations.sort();
        visit(*user);
    };
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        if (!user || user->id != id) {
            finishUser();
            user = UserSummary();
            user->id = id;
            user->email = rows.value(1).toString();
            user->superuser = rows.value(2).toBool();
            user->staff = rows.value(3).toBool();
            user->active = rows.value(4).toBool();
        }
        if (!rows.isNull(5))
            user->organizations.append(rows.value(5).toString());
    }
    finishUser();
}
