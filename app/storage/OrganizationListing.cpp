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

OrganizationListing::OrganizationsAndTeams
OrganizationListing::organizationsAndTeams(const Database &database)
{
    OrganizationsAndTeams found;
    found.organizations = organizations(database);
    for (const Organization &organization : std::as_const(found.organizations))
        found.teams.insert(organization.id, teams(database, organization.id));
    return found;
}

OrganizationListing::MembershipCounts
OrganizationListing::membershipCounts(const Database &database, const QList<qint64> &userIds)
{
    MembershipCounts counts;
    const auto countInto = [&](QHash<qint64, qint64> &into, const QString &sql,
                               const QString &table, const QList<qint64> &ids) {
        QSqlQuery query(sqlConnection(database));
        query.setForwardOnly(true);
        query.prepare(sql.arg(placeholders(ids.size())));
        for (const qint64 id : ids)
            query.addBindValue(id);
        execOrThrow(query, table);
        while (query.next())
            into[query.value(0).toLongLong()] += query.value(1).toLongLong();
    };
    for (qsizetype first = 0; first < userIds.size(); first += IdsPerStatement) {
        const QList<qint64> ids = userIds.mid(first, IdsPerStatement);
        countInto(counts.organizations,
                  QStringLiteral("SELECT organization_id, count(*) FROM sentry_organizationmember "
                                 "WHERE user_id IN (%1) GROUP BY organization_id"),
                  QStringLiteral("sentry_organizationmember"), ids);
        countInto(counts.teams,
                  QStringLiteral("SELECT t.team_id, count(*) FROM sentry_organizationmember_teams "
                                 "t JOIN sentry_organizationmember m ON m.id = "
                                 "t.organizationmember_id WHERE m.user_id IN (%1) GROUP BY "
                                 "t.team_id"),
                  QStringLiteral("sentry_organizationmember_teams"), ids);
    }
    return counts;
}
