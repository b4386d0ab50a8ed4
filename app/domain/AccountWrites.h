#pragma once

#include "domain/CreateUserRequest.h"
#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "domain/UserDirectory.h"

// The writes that createuser and bulk update share, with Sentry's rules.
namespace AccountWrites {
// The user role Sentry's superusers hold on self-hosted and single-organization instances.
extern const QString superAdminRole;
// The organization role with every permission, the one Sentry keeps at least one member in
// (organization_roles.get_top_dog()).
extern const QString topOrganizationRole;
// Sentry's organization roles (sentry.conf.server SENTRY_ROLES).
const QStringList &organizationRoles();
// "unknown role: ROLE (known: ...)".
QString unknownRole(const QString &role);

// The organization an operator names: by slug, else by id when the text is a positive number.
std::optional<Organization> namedOrganization(UserDirectory &directory, const QString &name);
// "unknown organization: NAME".
QString unknownOrganization(const QString &name);

// The team a new member of the organization joins: the chosen one, none, or (automatic) the
// organization's only team if it has exactly one. Empty problem when the choice is valid.
struct TeamResolution
{
    std::optional<Team> team;
    QString problem;
};
TeamResolution resolveTeam(UserDirectory &directory, const Organization &organization,
                           const TeamChoice &choice);
// The organization's team with this slug, from the teams of every organization that have it
// (UserDirectory::teamsWithSlug): a slug is unique only within an organization. The problem
// says whether the slug is unknown or names teams of other organizations only.
TeamResolution teamInOrganization(const QList<Team> &withSlug, const Organization &organization,
                                  const QString &slug);

// The membership of a user joining the organization: as owner when a superuser, else with the
// organization's default role, and in the team if there is one.
Membership membership(const Organization &organization, const std::optional<Team> &team,
                      bool superuser);

// Adds the user to the organization with membership()'s role and team; returns the outcome to
// report.
Outcome joinOrganization(UserDirectory &directory, const Organization &organization,
                         const std::optional<Team> &team, qint64 userId, const QString &email,
                         bool superuser, const QDateTime &now);

// Makes the Super Admin user role follow superuser: linked once (where the instance is
// self-hosted or single-organization), unlinked on demotion. Throws StorageError when the role
// is missing.
void followSuperuser(UserDirectory &directory, const InstanceSettings &settings, qint64 userId,
                     bool superuser, const QDateTime &now);

// A notice when the writes just made left the instance without an active superuser (nobody can
// open Sentry's admin), where it had `activeSuperusersBefore` of them; Sentry itself does not
// refuse this, so neither does createuser. None when the count cannot be read.
std::optional<Outcome> noActiveSuperuserLeft(UserDirectory &directory,
                                             qint64 activeSuperusersBefore);
} // namespace AccountWrites
