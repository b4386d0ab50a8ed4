#include "domain/AccountWrites.h"

#include <QCoreApplication>

const QString AccountWrites::superAdminRole = QStringLiteral("Super Admin");

namespace {
const QString topOrganizationRole = QStringLiteral("owner");
} // namespace

AccountWrites::TeamResolution AccountWrites::resolveTeam(UserDirectory &directory,
                                                         const Organization &organization,
                                                         const TeamChoice &choice)
{
    TeamResolution resolution;
    switch (choice.mode) {
    case TeamChoice::Mode::Automatic: {
        const QList<Team> teams = directory.teams(organization.id, 2);
        if (teams.size() == 1)
            resolution.team = teams.first();
        break;
    }
    case TeamChoice::Mode::Specific:
        resolution.team = directory.team(choice.teamId);
        if (!resolution.team || resolution.team->organizationId != organization.id) {
            resolution.team.reset();
            resolution.problem =
                QCoreApplication::translate("AccountWrites", "Team ID not found in organization %1")
                    .arg(organization.slug);
        }
        break;
    case TeamChoice::Mode::None:
        break;
    }
    return resolution;
}

Membership AccountWrites::membership(const Organization &organization,
                                     const std::optional<Team> &team, bool superuser)
{
    Membership membership{
        organization.id, superuser ? topOrganizationRole : organization.defaultRole, {}};
    if (team)
        membership.teamId = team->id;
    return membership;
}

Outcome AccountWrites::joinOrganization(UserDirectory &directory, const Organization &organization,
                                        const std::optional<Team> &team, qint64 userId,
                                        const QString &email, bool superuser, const QDateTime &now)
{
    const Membership joined = membership(organization, team, superuser);
    const qint64 memberId =
        directory.addOrganizationMember(joined.organizationId, userId, joined.role, now);
    if (joined.teamId)
        directory.addTeamMember(memberId, *joined.teamId);
    return Outcome::addedToOrganization(email, organization.slug);
}

void AccountWrites::followSuperuser(UserDirectory &directory, const InstanceSettings &settings,
                                    qint64 userId, bool superuser, const QDateTime &now)
{
    if (!superuser) {
        directory.unlinkUserRole(userId, superAdminRole);
        return;
    }
    if (!settings.selfHosted && !settings.singleOrganization)
        return;
    if (!directory.linkUserRole(userId, superAdminRole, now))
        throw StorageError(QCoreApplication::translate(
            "AccountWrites", "The user role \"Super Admin\" does not exist."));
}

std::optional<Outcome> AccountWrites::noActiveSuperuserLeft(UserDirectory &directory,
                                                            qint64 activeSuperusersBefore)
{
    try {
        if (activeSuperusersBefore == 0 || directory.activeSuperuserCount() > 0)
            return std::nullopt;
    } catch (const StorageError &) {
        return std::nullopt; // the writes are done; a lost connection was reported with them
    }
    return Outcome::notice(QCoreApplication::translate(
        "AccountWrites", "No active superuser is left on this instance: nobody can open "
                         "Sentry's admin until a user is made superuser again."));
}
