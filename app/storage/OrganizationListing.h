#pragma once

#include "domain/UserDirectory.h"

#include <QList>

class Database;

// The organizations and teams operators choose from in the desktop window's pickers.
namespace OrganizationListing {
// Every organization, by name then id. Throws StorageError.
QList<Organization> organizations(const Database &database);
// Every team of the organization, by name then id. Throws StorageError.
QList<Team> teams(const Database &database, qint64 organizationId);
} // namespace OrganizationListing
