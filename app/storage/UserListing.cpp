#include "storage/UserListing.h"

#include "storage/Database.h"

#include <QSqlQuery>

void UserListing::forEachUser(const Database &database,
                              const std::function<void(const UserSummary &)> &visit)
{
    QSqlQuery users(database.connection());
    users.setForwardOnly(true);
    users.prepare(QStringLiteral("SELECT id, email, is_superuser, is_staff, is_active FROM "
                                 "auth_user ORDER BY id"));
    execOrThrow(users, QStringLiteral("auth_user"));

    // Both sides are ordered by user id, so memberships merge in as the users stream past.
    QSqlQuery memberships(database.connection());
    memberships.setForwardOnly(true);
    memberships.prepare(QStringLiteral(
        "SELECT m.user_id, o.slug FROM sentry_organizationmember m JOIN sentry_organization o "
        "ON o.id = m.organization_id WHERE m.user_id IS NOT NULL ORDER BY m.user_id, o.slug"));
    execOrThrow(memberships, QStringLiteral("sentry_organizationmember"));
    bool membership = memberships.next();

    while (users.next()) {
        UserSummary user;
        user.id = users.value(0).toLongLong();
        user.email = users.value(1).toString();
        user.superuser = users.value(2).toBool();
        user.staff = users.value(3).toBool();
        user.active = users.value(4).toBool();
        while (membership && memberships.value(0).toLongLong() < user.id)
            membership = memberships.next();
        while (membership && memberships.value(0).toLongLong() == user.id) {
            user.organizations.append(memberships.value(1).toString());
            membership = memberships.next();
        }
        visit(user);
    }
}
