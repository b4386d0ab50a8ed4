#pragma once

#include "domain/UserDirectory.h"

#include <QHash>
#include <QList>

class Database;

// The organizations and teams operators choose from in the desktop window's pickers.
namespace OrganizationListing {
// Every organization, by name then id. Throws StorageError.
QList<Organization> organizations(const Database &database);
// Every team of the organization, by name then id. Throws StorageError.
QList<Team> teams(const Database &database, qint64 organizationId);

// Every organization, and the teams of each. Throws StorageError.
struct OrganizationsAndTeams
{
    QList<Organization> organizations;
    QHash<qint64, QList<Team>> teams; // by organization id
};
OrganizationsAndTeams organizationsAndTeams(const Database &database);

// How many of some users are members of each organization and of each team (ids with none are
// left out). Throws StorageError.
struct MembershipCounts
{
    QHash<qint64, qint64> organizations;
    QHash<qint64, qint64> teams;
};
MembershipCounts membershipCounts(const Database &database, const QList<qint64> &userIds);
} // namespace OrganizationListing
