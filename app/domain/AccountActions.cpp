#include "domain/AccountActions.h"

#include "crypto/PasswordHasher.h"
#include "crypto/RandomToken.h"
#include "domain/AccountWrites.h"
#include "domain/BulkUpdateWorkflow.h"
#include "domain/DisplayText.h"
#include "domain/EmailValidator.h"
#include "domain/PasswordPolicy.h"

#include <QHash>
#include <QSet>

namespace {
// Tries of a user whose transaction lost a deadlock or serialization conflict.
constexpr int MaxTransientRetries = 3;

Outcome make(Outcome::Kind kind, const QString &email, const QString &what)
{
    Outcome outcome;
    outcome.kind = kind;
    outcome.email = email;
    outcome.message = AccountActions::tr("%1: %2", "an address and what was done").arg(email, what);
    return outcome;
}

// A user that was changed, with what changed: "ops@example.com: deactivated".
Outcome changed(const QString &email, const QString &what)
{
    return make(Outcome::Kind::Updated, email, what);
}

Outcome unchanged(const QString &email, const QString &why)
{
    return make(Outcome::Kind::Unchanged, email, why);
}

Outcome refused(const QString &email, const QString &why)
{
    return make(Outcome::Kind::Error, email, why);
}

// The command line prints the messages that name teams without a translator, so each has a text
// for one team and one for several rather than a %n plural.
QString slugsOf(const QList<Team> &teams)
{
    QStringList slugs;
    for (const Team &team : teams)
        slugs << team.slug;
    return slugs.join(QStringLiteral(", "));
}

QStringList methodNames(const QList<int> &types)
{
    QStringList names;
    for (const int type : AccountActions::inSentryOrder(types))
        names << AccountActions::twoFactorMethodName(type);
    return names;
}
} // namespace

AccountActions::AccountActions(AccountStore &store, const InstanceSettings &settings)
    : m_store(store)
    , m_settings(settings)
{}

QString AccountActions::commandName(AccountAction action)
{
    switch (action) {
    case AccountAction::SetPassword:
        return QStringLiteral("set-password");
    case AccountAction::Deactivate:
        return QStringLiteral("deactivate");
    case AccountAction::Activate:
        return QStringLiteral("activate");
    case AccountAction::ChangeEmail:
        return QStringLiteral("change-email");
    case AccountAction::ResetTwoFactor:
        return QStringLiteral("reset-2fa");
    case AccountAction::JoinOrganization:
        return QStringLiteral("add-member");
    case AccountAction::ChangeRole:
        return QStringLiteral("set-role");
    case AccountAction::AddTeams:
        return QStringLiteral("add-team");
    case AccountAction::RemoveTeams:
        return QStringLiteral("remove-team");
    case AccountAction::LeaveOrganization:
        return QStringLiteral("remove-member");
    }
    return {};
}

bool AccountActions::changesMemberships(AccountAction action)
{
    switch (action) {
    case AccountAction::JoinOrganization:
    case AccountAction::ChangeRole:
    case AccountAction::AddTeams:
    case AccountAction::RemoveTeams:
    case AccountAction::LeaveOrganization:
        return true;
    case AccountAction::SetPassword:
    case AccountAction::Deactivate:
    case AccountAction::Activate:
    case AccountAction::ChangeEmail:
    case AccountAction::ResetTwoFactor:
        break;
    }
    return false;
}

bool AccountActions::takesRole(AccountAction action)
{
    return action == AccountAction::JoinOrganization || action == AccountAction::ChangeRole;
}

bool AccountActions::takesTeams(AccountAction action)
{
    return action == AccountAction::JoinOrganization || action == AccountAction::AddTeams ||
           action == AccountAction::RemoveTeams;
}

QString AccountActions::twoFactorMethodName(int type)
{
    // The interface ids of src/sentry/auth/authenticators/ in getsentry/sentry.
    switch (type) {
    case 0:
        return QStringLiteral("recovery");
    case 1:
        return QStringLiteral("totp");
    case 2:
        return QStringLiteral("sms");
    case 3:
        return QStringLiteral("u2f");
    }
    return tr("type %1").arg(type);
}

QList<int> AccountActions::inSentryOrder(QList<int> types)
{
    // Sentry lists a user's methods by type, the recovery codes (type 0, the backup method)
    // last (AuthenticatorManager.all_interfaces_for_user).
    std::sort(types.begin(), types.end(),
              [](int a, int b) { return std::pair(a == 0, a) < std::pair(b == 0, b); });
    return types;
}

Secret AccountActions::generatePassword(const QString &email)
{
    // 24 random letters and digits break no rule but by a chance far below any concern; the
    // policy still has the last word.
    for (;;) {
        Secret password = RandomToken::secretAlphanumeric(GeneratedPasswordLength);
        if (PasswordPolicy::problems(password, email).isEmpty())
            return password;
    }
}

namespace {
// One run: the request checked, its users found, then each user written in its own
// transaction.
class AccountActionRun
{
    Q_DECLARE_TR_FUNCTIONS(AccountActions)

public:
    AccountActionRun(AccountStore &store, const InstanceSettings &settings,
                     const AccountActionRequest &request, const AccountActionObserver &observer,
                     AccountActionReport &report)
        : m_store(store)
        , m_settings(settings)
        , m_request(request)
        , m_observer(observer)
        , m_report(report)
        , m_reporter(report, observer)
    {}

    void run()
    {
        if (!checkRequest() || m_reporter.refuseUnwritable(m_store.limits()))
            return;
        try {
            findMembership();
            if (!findUsers())
                return;
        } catch (const StorageError &error) {
            m_reporter.reject({}, error.message());
            return;
        }
        if (!checkPassword())
            return;
        for (qsizetype i = 0; i < m_targets.size(); ++i) {
            if (m_reporter.cancelRequested()) {
                m_reporter.markCancelled();
                break;
            }
            writeUser(m_targets[i]);
            m_reporter.progress(int(i + 1), int(m_targets.size()));
        }
        m_reporter.noticeAfterUpdates(m_store.notice());
    }

private:
    bool checkRequest()
    {
        if (m_request.emails.isEmpty() && m_request.userIds.isEmpty()) {
            m_reporter.reject({}, tr("Invalid or missing email address."));
            return false;
        }
        switch (m_request.action) {
        case AccountAction::SetPassword:
            if (m_request.password.isEmpty() == !m_request.generatePassword) {
                m_reporter.reject({}, tr("Give a new password, or have one generated."));
                return false;
            }
            break;
        case AccountAction::ChangeEmail: {
            if (m_request.emails.size() + m_request.userIds.size() != 1) {
                m_reporter.reject({}, tr("The address is changed for one user at a time."));
                return false;
            }
            const QString problem =
                EmailValidator::problem(m_request.newEmail, m_store.limits().emailLength);
            if (!problem.isEmpty()) {
                m_reporter.reject(
                    m_request.newEmail,
                    AccountActions::tr("%1: %2", "an address and what is wrong with it")
                        .arg(DisplayText::shortened(m_request.newEmail), problem));
                return false;
            }
            break;
        }
        case AccountAction::ResetTwoFactor:
            if (!m_store.hasAuthenticators()) {
                m_reporter.reject({}, tr("This database has no two-factor table "
                                         "(auth_authenticator): nothing to reset."));
                return false;
            }
            break;
        case AccountAction::Deactivate:
        case AccountAction::Activate:
            break;
        case AccountAction::JoinOrganization:
        case AccountAction::ChangeRole:
        case AccountAction::AddTeams:
        case AccountAction::RemoveTeams:
        case AccountAction::LeaveOrganization:
            return checkMembershipRequest();
        }
        return true;
    }

    // What a membership action needs, before any look-up.
    bool checkMembershipRequest()
    {
        const AccountAction action = m_request.action;
        if (m_request.organization.trimmed().isEmpty()) {
            m_reporter.reject({}, tr("Name the organization (its slug or id)."));
            return false;
        }
        m_role = m_request.role.trimmed().toLower();
        if (action == AccountAction::JoinOrganization && m_role.isEmpty())
            m_role = QStringLiteral("member"); // Sentry's default role of a new member
        if (AccountActions::takesRole(action)) {
            if (m_role.isEmpty()) {
                m_reporter.reject(
                    {}, tr("Give the new role (%1).")
                            .arg(AccountWrites::organizationRoles().join(QStringLiteral(", "))));
                return false;
            }
            if (!AccountWrites::organizationRoles().contains(m_role)) {
                m_reporter.reject({}, AccountWrites::unknownRole(m_role));
                return false;
            }
        }
        if ((action == AccountAction::AddTeams || action == AccountAction::RemoveTeams) &&
            m_request.teams.isEmpty()) {
            m_reporter.reject({}, tr("Name at least one team."));
            return false;
        }
        return true;
    }

    // The organization and teams of a membership action; each one not found is a rejection.
    void findMembership()
    {
        if (!AccountActions::changesMemberships(m_request.action))
            return;
        const QString named = m_request.organization.trimmed();
        const std::optional<Organization> organization = m_store.organization(named);
        if (!organization) {
            m_reporter.reject({}, AccountWrites::unknownOrganization(named));
            return;
        }
        m_organization = *organization;
        if (!AccountActions::takesTeams(m_request.action))
            return;
        for (const QString &slug : m_request.teams) {
            const AccountWrites::TeamResolution team = AccountWrites::teamInOrganization(
                m_store.teamsWithSlug(slug.trimmed()), m_organization, slug.trimmed());
            if (!team.team)
                m_reporter.reject({}, team.problem);
            else if (!std::any_of(m_teams.cbegin(), m_teams.cend(),
                                  [&](const Team &known) { return known.id == team.team->id; }))
                m_teams.append(*team.team);
        }
    }

    // Every user named, once each; the whole run is refused if one cannot be found.
    bool findUsers()
    {
        QSet<qint64> seen;
        const auto add = [&](const StoredAccount &account) {
            if (!seen.contains(account.id)) {
                seen.insert(account.id);
                m_targets.append(account);
            }
        };
        for (const QString &email : m_request.emails) {
            const QList<StoredAccount> found = m_store.findByLogin(email);
            const QString named = DisplayText::shortened(email);
            if (found.isEmpty())
                m_reporter.reject(email, tr("%1: no such user").arg(named));
            else if (found.size() > 1)
                m_reporter.reject(email, tr("%1: %2 users sign in with this address; Sentry "
                                            "cannot tell them apart either")
                                             .arg(named)
                                             .arg(found.size()));
            else
                add(found.first());
        }
        for (const qint64 id : m_request.userIds) {
            if (const std::optional<StoredAccount> account = m_store.account(id))
                add(*account);
            else
                m_reporter.reject({}, tr("User ID %1 not found").arg(id));
        }
        return !m_report.rejected;
    }

    // A typed password against the policy for every user (unless overridden, which is
    // reported); a generated one is checked as it is made.
    bool checkPassword()
    {
        if (m_request.action != AccountAction::SetPassword || m_request.generatePassword)
            return true;
        QStringList emails;
        for (const StoredAccount &target : std::as_const(m_targets))
            emails << target.email;
        const QList<InputProblem> problems = BulkUpdateWorkflow::validatePassword(
            m_request.password, m_request.overridePasswordPolicy, emails);
        for (const InputProblem &problem : problems)
            m_reporter.reject(problem.email, problem.describe());
        if (!problems.isEmpty())
            return false;
        if (m_request.overridePasswordPolicy)
            for (const QString &email : std::as_const(emails))
                if (!PasswordPolicy::problems(m_request.password, email).isEmpty())
                    m_reporter.add(Outcome::policyOverridden(email));
        return true;
    }

    void writeUser(const StoredAccount &target)
    {
        Secret password;
        QString hash;
        if (m_request.action == AccountAction::SetPassword) {
            // Hashed before the transaction: no lock is held while hashing.
            password = m_request.generatePassword ? AccountActions::generatePassword(target.email)
                                                  : m_request.password;
            hash = PasswordHasher::hash(password, m_settings.passwordIterations);
        }
        Outcome outcome;
        for (int attempt = 0;; ++attempt) {
            try {
                outcome = writeInTransaction(target, hash);
                break;
            } catch (const StorageError &error) {
                rollbackQuietly();
                if (error.isTransient() && attempt < MaxTransientRetries) {
                    BatchWriter::waitBeforeRetry(attempt);
                    continue;
                }
                outcome = refused(target.email, error.message());
                break;
            }
        }
        m_reporter.add(outcome);
        if (outcome.kind == Outcome::Kind::Updated && m_request.generatePassword &&
            m_observer.passwordGenerated)
            m_observer.passwordGenerated(outcome.email, password);
    }

    // The user's writes, committed when something changed; rolled back otherwise.
    Outcome writeInTransaction(const StoredAccount &target, const QString &hash)
    {
        m_store.begin();
        // Superusers are locked before the user's own row, in one order for every writer.
        const bool keepSuperuser =
            m_request.action == AccountAction::Deactivate && !m_request.allowNoSuperuser;
        const int otherSuperusers = keepSuperuser ? m_store.otherActiveSuperusers(target.id) : 0;
        const std::optional<StoredAccount> current = m_store.lockAccount(target.id);
        Outcome outcome;
        const auto seen = m_request.seen.constFind(target.id);
        if (!current)
            outcome = Outcome::changedSinceShown(target.email, false);
        else if (seen != m_request.seen.cend() && current->shown() != *seen)
            outcome = Outcome::changedSinceShown(seen->email, true);
        else if (keepSuperuser && current->active && current->superuser && otherSuperusers == 0) {
            m_report.lastSuperuserKept = true;
            outcome = refused(current->email, tr("not deactivated: the last active superuser "
                                                 "(nobody could administer Sentry any more)"));
        } else
            outcome = apply(*current, hash);
        if (outcome.kind != Outcome::Kind::Updated) {
            m_store.rollback();
            return outcome;
        }
        m_store.followUser(target.id);
        m_store.commit();
        return outcome;
    }

    Outcome apply(const StoredAccount &user, const QString &hash)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        switch (m_request.action) {
        case AccountAction::SetPassword:
            m_store.setPasswordHash(user.id, hash, now);
            m_store.endSessions(user.id);
            return changed(user.email, m_request.generatePassword ? tr("password generated")
                                                                  : tr("password set"));
        case AccountAction::Deactivate:
            if (!user.active)
                return unchanged(user.email, tr("already inactive"));
            m_store.setActive(user.id, false);
            m_store.endSessions(user.id);
            return changed(user.email, tr("deactivated"));
        case AccountAction::Activate:
            if (user.active)
                return unchanged(user.email, tr("already active"));
            m_store.setActive(user.id, true);
            return changed(user.email, tr("activated"));
        case AccountAction::ChangeEmail:
            if (user.email == m_request.newEmail)
                return unchanged(user.email, tr("already has this address"));
            if (m_store.addressTaken(m_request.newEmail, user.id))
                return refused(
                    user.email,
                    tr("another user already has the address %1").arg(m_request.newEmail));
            m_store.changeEmail(user.id, user.email, m_request.newEmail, now);
            // Sentry ends the user's sessions when the primary address changes.
            m_store.endSessions(user.id);
            return changed(user.email, tr("email %1 → %2").arg(user.email, m_request.newEmail));
        case AccountAction::ResetTwoFactor: {
            const QList<int> types = m_store.authenticatorTypes(user.id);
            if (types.isEmpty())
                return unchanged(user.email, tr("no two-factor method enrolled"));
            m_store.removeAuthenticators(user.id);
            return changed(user.email,
                           tr("2FA reset: %1").arg(methodNames(types).join(QStringLiteral(", "))));
        }
        case AccountAction::JoinOrganization:
        case AccountAction::ChangeRole:
        case AccountAction::AddTeams:
        case AccountAction::RemoveTeams:
        case AccountAction::LeaveOrganization:
            return applyMembership(user, now);
        }
        return refused(user.email, tr("unknown action"));
    }

    Outcome applyMembership(const StoredAccount &user, const QDateTime &now)
    {
        const QString &organization = m_organization.slug;
        const std::optional<StoredMembership> membership =
            m_store.membership(m_organization.id, user.id);
        if (m_request.action == AccountAction::JoinOrganization) {
            if (membership)
                return unchanged(
                    user.email,
                    tr("already a member of %1 (role %2)").arg(organization, membership->role));
            const qint64 memberId = m_store.addMember(m_organization.id, user.id, m_role, now);
            for (const Team &team : std::as_const(m_teams))
                m_store.addTeamMember(memberId, team.id);
            return changed(user.email, m_teams.isEmpty()
                                           ? tr("joined %1 as %2").arg(organization, m_role)
                                           : (m_teams.size() == 1 ? tr("joined %1 as %2, team %3")
                                                                  : tr("joined %1 as %2, teams %3"))
                                                 .arg(organization, m_role, slugsOf(m_teams)));
        }
        if (!membership) {
            const QString notMember = tr("not a member of %1").arg(organization);
            return m_request.action == AccountAction::LeaveOrganization
                       ? unchanged(user.email, notMember)
                       : refused(user.email, notMember);
        }
        const auto isIn = [&membership](const Team &team) {
            return std::any_of(membership->teams.cbegin(), membership->teams.cend(),
                               [&team](const Team &held) { return held.id == team.id; });
        };
        QList<Team> teams; // those that change
        switch (m_request.action) {
        case AccountAction::ChangeRole:
            if (membership->role == m_role)
                return unchanged(user.email, tr("already %1 in %2").arg(m_role, organization));
            if (isOnlyOwner(*membership))
                return refused(user.email,
                               tr("role not changed: the only remaining owner of %1 (Sentry "
                                  "keeps at least one)")
                                   .arg(organization));
            m_store.setRole(membership->id, m_role);
            return changed(user.email,
                           tr("role in %1 %2 → %3").arg(organization, membership->role, m_role));
        case AccountAction::AddTeams:
            for (const Team &team : std::as_const(m_teams))
                if (!isIn(team)) {
                    m_store.addTeamMember(membership->id, team.id);
                    teams << team;
                }
            if (teams.isEmpty())
                return unchanged(user.email, (m_teams.size() == 1 ? tr("already in team %1 of %2")
                                                                  : tr("already in teams %1 of %2"))
                                                 .arg(slugsOf(m_teams), organization));
            return changed(user.email, (teams.size() == 1 ? tr("added to team %1 in %2")
                                                          : tr("added to teams %1 in %2"))
                                           .arg(slugsOf(teams), organization));
        case AccountAction::RemoveTeams:
            for (const Team &team : std::as_const(m_teams))
                if (isIn(team)) {
                    m_store.removeTeamMember(membership->id, team.id);
                    teams << team;
                }
            if (teams.isEmpty())
                return unchanged(user.email, (m_teams.size() == 1 ? tr("not in team %1 of %2")
                                                                  : tr("not in teams %1 of %2"))
                                                 .arg(slugsOf(m_teams), organization));
            return changed(user.email, (teams.size() == 1 ? tr("removed from team %1 in %2")
                                                          : tr("removed from teams %1 in %2"))
                                           .arg(slugsOf(teams), organization));
        case AccountAction::LeaveOrganization:
            if (isOnlyOwner(*membership))
                return refused(user.email,
                               tr("not removed: the only remaining owner of %1 (Sentry keeps at "
                                  "least one)")
                                   .arg(organization));
            m_store.removeMember(membership->id);
            return changed(user.email,
                           membership->teams.isEmpty()
                               ? tr("left %1").arg(organization)
                               : (membership->teams.size() == 1 ? tr("left %1 (team %2)")
                                                                : tr("left %1 (teams %2)"))
                                     .arg(organization, slugsOf(membership->teams)));
        default:
            break;
        }
        return refused(user.email, tr("unknown action"));
    }

    // Sentry's OrganizationMember.is_only_owner: an owner, and no other member of the
    // organization is an owner whose user is active. The owners stay locked until the end of
    // the transaction, so that the decision holds when it commits.
    bool isOnlyOwner(const StoredMembership &membership)
    {
        if (membership.role != AccountWrites::topOrganizationRole)
            return false;
        const QList<qint64> owners = m_store.lockActiveOwners(m_organization.id);
        return std::all_of(owners.cbegin(), owners.cend(),
                           [&membership](qint64 owner) { return owner == membership.id; });
    }

    void rollbackQuietly()
    {
        try {
            m_store.rollback();
        } catch (const StorageError &) {
            // The connection is gone; the server rolls the transaction back by itself.
        }
    }

    AccountStore &m_store;
    const InstanceSettings &m_settings;
    const AccountActionRequest &m_request;
    const AccountActionObserver &m_observer;
    AccountActionReport &m_report;
    BatchReporter m_reporter;
    QList<StoredAccount> m_targets;
    // A membership action's organization, role and teams, as found.
    Organization m_organization;
    QString m_role;
    QList<Team> m_teams;
};
} // namespace

AccountActionReport AccountActions::run(const AccountActionRequest &request,
                                        const AccountActionObserver &observer)
{
    AccountActionReport report;
    AccountActionRun(m_store, m_settings, request, observer, report).run();
    return report;
}
