#include "domain/AccountWrites.h"

#include "domain/DisplayText.h"

#include <QCoreApplication>

const QString AccountWrites::superAdminRole = QStringLiteral("Super Admin");
const QString AccountWrites::topOrganizationRole = QStringLiteral("owner");

const QStringList &AccountWrites::organizationRoles()
{
    static const QStringList names{QStringLiteral("member"), QStringLiteral("admin"),
                                   QStringLiteral("manager"), topOrganizationRole,
                                   QStringLiteral("billing")};
    return names;
}

QString AccountWrites::unknownRole(const QString &role)
{
    return QCoreApplication::translate("AccountWrites", "unknown role: %1 (known: %2)")
        .arg(DisplayText::shortened(role, 20), organizationRoles().join(QStringLiteral(", ")));
}

std::optional<Organization> AccountWrites::namedOrganization(UserDirectory &directory,
                                                             const QString &name)
{
    if (std::optional<Organization> organization = directory.organizationBySlug(name))
        return organization;
    bool numeric = false;
    const qint64 id = name.toLongLong(&numeric);
    return numeric && id > 0 ? directory.organization(id) : std::nullopt;
}

QString AccountWrites::unknownOrganization(const QString &name)
{
    return QCoreApplication::translate("AccountWrites", "unknown organization: %1")
        .arg(DisplayText::shortened(name, 40));
}

AccountWrites::TeamResolution AccountWrites::teamInOrganization(const QList<Team> &withSlug,
                                                                const Organization &organization,
                                                                const QString &slug)
{
    TeamResolution resolution;
    const auto inOrganization =
        std::find_if(withSlug.cbegin(), withSlug.cend(),
                     [&](const Team &team) { return team.organizationId == organization.id; });
    if (inOrganization != withSlug.cend())
        resolution.team = *inOrganization;
    else if (!withSlug.isEmpty())
        resolution.problem =
            QCoreApplication::translate("AccountWrites", "team %1 is not in organization %2")
                .arg(DisplayText::shortened(slug, 40), organization.slug);
    else
        resolution.problem = QCoreApplication::translate("AccountWrites", "unknown team: %1")
                                 .arg(DisplayText::shortened(slug, 40));
    return resolution;
}

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
