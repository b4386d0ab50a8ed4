#include "domain/BulkUpdateWorkflow.h"

#include "domain/AccountWrites.h"
#include "domain/PasswordPolicy.h"

namespace {
struct Target
{
    qint64 id = 0;
    AccountState state;
};

// One run over the validated request: the users found, the organization and team they join,
// and the writes of one user, which BatchWriter makes all or nothing.
class BulkUpdateRun
{
public:
    BulkUpdateRun(UserDirectory &directory, const InstanceSettings &settings,
                  const BulkUpdateRequest &request, BatchReporter &reporter)
        : m_directory(directory)
        , m_settings(settings)
        , m_request(request)
        , m_reporter(reporter)
    {}

    // Reads the users and the organization; false when the batch must not start.
    bool prepare()
    {
        if (m_request.superuser == false || m_request.active == false)
            m_activeSuperusersBefore = m_directory.activeSuperuserCount();
        for (const qint64 id : m_request.userIds) {
            if (const std::optional<AccountState> state = m_directory.accountState(
                    id, AccountWrites::superAdminRole, m_request.organizationId))
                m_targets.append({id, *state});
            else
                m_reporter.add(
                    Outcome::error({}, BulkUpdateWorkflow::tr("User ID %1 not found").arg(id)));
        }
        if (!m_request.organizationId)
            return true;
        m_organization = m_directory.organization(*m_request.organizationId);
        if (!m_organization) {
            m_reporter.reject({}, BulkUpdateWorkflow::tr("Organization ID not found"));
            return false;
        }
        const AccountWrites::TeamResolution resolution =
            AccountWrites::resolveTeam(m_directory, *m_organization, m_request.team);
        if (!resolution.problem.isEmpty()) {
            m_reporter.reject({}, resolution.problem);
            return false;
        }
        m_team = resolution.team;
        return true;
    }

    // The ids of the not-done emails, in the batch's order; counting keeps two users with the
    // same email apart.
    QList<qint64> idsOf(const QStringList &notDone) const
    {
        QHash<QString, int> left;
        for (const QString &email : notDone)
            ++left[email];
        QList<qint64> ids;
        for (const Target &target : m_targets) {
            int &count = left[target.state.account.email];
            if (count > 0) {
                ids.append(target.id);
                --count;
            }
        }
        return ids;
    }

    QStringList emails() const
    {
        QStringList emails;
        for (const Target &target : m_targets)
            emails.append(target.state.account.email);
        return emails;
    }

    BatchWriter::Steps steps()
    {
        BatchWriter::Steps steps;
        steps.write = [this](qsizetype index, const QString &hash, const QDateTime &now) {
            return write(m_targets[index], hash, now);
        };
        return steps;
    }

    // How many active superusers the instance had before, when the request may take some away.
    qint64 activeSuperusersBefore() const { return m_activeSuperusersBefore; }

private:
    QList<Outcome> write(const Target &target, const QString &hash, const QDateTime &now)
    {
        AccountState state = target.state;
        if (const auto seen = m_request.seen.constFind(target.id); seen != m_request.seen.cend()) {
            const std::optional<AccountState> fresh = m_directory.accountState(
                target.id, AccountWrites::superAdminRole, m_request.organizationId);
            if (!fresh || fresh->account != *seen)
                return {Outcome::changedSinceShown(seen->email, fresh.has_value())};
            state = *fresh;
        }
        const UserAccount &current = state.account;
        const UserChange change = BulkChanges::of(state, m_request, m_settings);
        const UserAccount &next = change.after;
        QList<Outcome> outcomes;
        if (change.staffCorrected) {
            Outcome corrected = Outcome::staffCorrected();
            corrected.email = current.email;
            outcomes.append(corrected);
        }
        if (next != current)
            m_directory.setUserFlags(target.id, next.superuser, next.staff, next.active);
        if (!hash.isEmpty())
            m_directory.setPasswordHash(target.id, hash, now);
        if (m_request.superuser)
            AccountWrites::followSuperuser(m_directory, m_settings, target.id, next.superuser, now);
        if (m_organization && !m_directory.organizationMemberId(m_organization->id, target.id))
            outcomes.append(AccountWrites::joinOrganization(m_directory, *m_organization, m_team,
                                                            target.id, current.email,
                                                            next.superuser, now));
        m_directory.followUser(target.id);
        outcomes.append(Outcome::updatedWith(current.email, change.describe()));
        return outcomes;
    }

    UserDirectory &m_directory;
    const InstanceSettings &m_settings;
    const BulkUpdateRequest &m_request;
    BatchReporter &m_reporter;
    QList<Target> m_targets;
    std::optional<Organization> m_organization;
    std::optional<Team> m_team;
    qint64 m_activeSuperusersBefore = 0;
};
} // namespace

BulkUpdateWorkflow::BulkUpdateWorkflow(UserDirectory &directory, const InstanceSettings &settings)
    : m_directory(directory)
    , m_settings(settings)
{}

QList<InputProblem> BulkUpdateWorkflow::validatePassword(const Secret &password,
                                                         bool overridePolicy,
                                                         const QStringList &emails)
{
    // createuser's own check, minus the emails: these come from the database, not the operator.
    CreateUserRequest check;
    check.emails = emails;
    check.password = password;
    check.overridePasswordPolicy = overridePolicy;
    QList<InputProblem> problems = CreateUserWorkflow::validate(check, DirectoryLimits{});
    problems.removeIf(
        [](const InputProblem &problem) { return problem.field != InputProblem::Field::Password; });
    return problems;
}

BulkChanges BulkUpdateWorkflow::preview(const BulkUpdateRequest &request,
                                        const std::function<bool()> &cancelled)
{
    return BulkChanges::read(m_directory, request, m_settings, cancelled);
}

BulkUpdateReport BulkUpdateWorkflow::run(const BulkUpdateRequest &request,
                                         const BulkUpdateObserver &observer)
{
    BulkUpdateReport report;
    BatchReporter reporter(report, observer);
    BulkUpdateRun run(m_directory, m_settings, request, reporter);
    if (request.userIds.isEmpty()) {
        reporter.reject({}, tr("No users selected."));
        return report;
    }
    if (!request.changesSomething()) {
        reporter.reject({}, tr("Nothing to change."));
        return report;
    }
    if (reporter.refuseUnwritable(m_directory.limits()))
        return report;
    try {
        if (!run.prepare())
            return report;
    } catch (const StorageError &error) {
        reporter.reject({}, error.message());
        return report;
    }
    const QStringList emails = run.emails();
    if (!request.password.isEmpty()) {
        const QList<InputProblem> problems =
            validatePassword(request.password, request.overridePasswordPolicy, emails);
        for (const InputProblem &problem : problems)
            reporter.reject(problem.email, problem.describe());
        if (!problems.isEmpty())
            return report;
        if (request.overridePasswordPolicy)
            for (const QString &email : emails)
                if (!PasswordPolicy::problems(request.password, email).isEmpty())
                    reporter.add(Outcome::policyOverridden(email));
    }

    BatchWriter writer(m_directory, reporter);
    writer.setChunkSize(m_chunkSize);
    writer.setHashingChunkSize(m_hashingChunkSize);
    writer.run(emails, request.password, m_settings.passwordIterations, false, run.steps());
    reporter.noticeAfterUpdates(m_directory);
    if (const std::optional<Outcome> warning =
            AccountWrites::noActiveSuperuserLeft(m_directory, run.activeSuperusersBefore()))
        reporter.add(*warning);
    report.notDoneUserIds = run.idsOf(report.notDone);
    return report;
}
