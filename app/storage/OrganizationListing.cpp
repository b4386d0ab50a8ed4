#include "storage/OrganizationListing.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QSqlQuery>

QList<Organization> OrganizationListing::organizations(const Database &database)
{
    QSqlQuery query(sqlConnection(database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, name, slug, default_role, status FROM "
                                 "sentry_organization ORDER BY name, id"));
    execOrThrow(query, QStringLiteral("sentry_organization"));
    QList<Organization> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString(),
                       query.value(4).toInt()});
    return found;
}

QList<Team> OrganizationListing::teams(const Database &database, qint64 organizationId)
{
    QSqlQuery query(sqlConnection(database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, organization_id, name, slug FROM sentry_team "
                                 "WHERE organization_id = ? ORDER BY name, id"));
    query.addBindValue(organizationId);
    execOrThrow(query, QStringLiteral("sentry_team"));
    QList<Team> found;
    while (query.next())
        found.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       query.value(2).toString(), query.value(3).toString()});
    return found;
}
