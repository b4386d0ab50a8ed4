#include "domain/BulkUpdateWorkflow.h"

#include "crypto/PasswordHasher.h"
#include "domain/PasswordPolicy.h"

#include <QCoreApplication>
#include <QThread>

namespace {
const QString superAdminRole = QStringLiteral("Super Admin");
const QString topOrganizationRole = QStringLiteral("owner");

QString translated(const char *text)
{
    return QCoreApplication::translate("BulkUpdateWorkflow", text);
}

struct Target
{
    qint64 id = 0;
    UserAccount account;
};

// One run over the validated request: the users found, the organization and team they join.
class BulkUpdateRun
{
public:
    BulkUpdateRun(UserDirectory &directory, const InstanceSettings &settings,
                  const BulkUpdateRequest &request, BulkUpdateReport &report,
                  const BulkUpdateObserver &observer)
        : m_directory(directory)
        , m_settings(settings)
        , m_request(request)
        , m_report(report)
        , m_observer(observer)
    {}

    void add(const Outcome &outcome)
    {
        m_report.outcomes.append(outcome);
        if (outcome.kind == Outcome::Kind::Updated)
            ++m_report.updated;
        else if (outcome.isError())
            ++m_report.errors;
        if (m_observer.outcome)
            m_observer.outcome(outcome);
    }

    void reject(const QString &email, const QString &message)
    {
        m_report.rejected = true;
        add(Outcome::error(email, message));
    }

    bool cancelRequested() const
    {
        return m_observer.cancelRequested && m_observer.cancelRequested();
    }

    // Reads the users and the organization; false when the batch must not start.
    bool prepare()
    {
        for (const qint64 id : m_request.userIds) {
            if (const std::optional<UserAccount> account = m_directory.userAccount(id))
                m_targets.append({id, *account});
            else
                add(Outcome::error({}, translated("User ID %1 not found").arg(id)));
        }
        if (!m_request.organizationId)
            return true;
        m_organization = m_directory.organization(*m_request.organizationId);
        if (!m_organization) {
            reject({}, translated("Organization ID not found"));
            return false;
        }
        switch (m_request.team.mode) {
        case TeamChoice::Mode::Automatic: {
            const QList<Team> teams = m_directory.teams(m_organization->id, 2);
            if (teams.size() == 1)
                m_team = teams.first();
            break;
        }
        case TeamChoice::Mode::Specific:
            m_team = m_directory.team(m_request.team.teamId);
            if (!m_team || m_team->organizationId != m_organization->id) {
                reject(
                    {},
                    translated("Team ID not found in organization %1").arg(m_organization->slug));
                return false;
            }
            break;
        case TeamChoice::Mode::None:
            break;
        }
        return true;
    }

    const QList<Target> &targets() const { return m_targets; }

    // One transaction's worth of users, each in its own savepoint; outcomes reported after the
    // commit. False when the transaction itself failed (its users are then reported as errors).
    bool writeChunk(const QList<Target> &chunk)
    {
        QList<QString> hashes;
        if (!m_request.password.isEmpty()) // slow: in parallel, while no lock is held
            hashes = PasswordHasher::hashAll(QList<Secret>(chunk.size(), m_request.password),
                                             m_settings.passwordIterations);
        QList<Outcome> pending;
        try {
            m_directory.begin();
            for (qsizetype i = 0; i < chunk.size(); ++i) {
                if (i > 0 && cancelRequested()) {
                    m_cancelled = true;
                    break;
                }
                pending += writeAtomically(chunk[i], hashes.value(i));
            }
            m_directory.commit();
        } catch (const StorageError &error) {
            try {
                m_directory.rollback();
            } catch (const StorageError &) {
                // The connection is gone; the server rolls the transaction back by itself.
            }
            for (const Target &target : chunk)
                add(Outcome::error(
                    target.account.email,
                    translated("%1: not written: %2").arg(target.account.email, error.message())));
            return false;
        }
        for (const Outcome &outcome : std::as_const(pending))
            add(outcome);
        return true;
    }

    bool cancelled() const { return m_cancelled; }

private:
    QList<Outcome> writeAtomically(const Target &target, const QString &hash)
    {
        m_directory.savepoint();
        try {
            QList<Outcome> outcomes = write(target, hash);
            m_directory.releaseSavepoint();
            return outcomes;
        } catch (const StorageError &error) {
            m_directory.rollbackToSavepoint();
            m_directory.releaseSavepoint();
            const QString &email = target.account.email;
            return {Outcome::error(email, QStringLiteral("%1: %2").arg(email, error.message()))};
        }
    }

    QList<Outcome> write(const Target &target, const QString &hash)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const UserAccount &current = target.account;
        QList<Outcome> outcomes;
        const bool superuser = m_request.superuser.value_or(current.superuser);
        bool staff = m_request.staff.value_or(m_request.superuser ? superuser : current.staff);
        if (staff && !superuser && m_request.staff) {
            staff = false;
            Outcome corrected = Outcome::staffCorrected();
            corrected.email = current.email;
            outcomes.append(corrected);
        }
        const bool active = m_request.active.value_or(current.active);
        if (superuser != current.superuser || staff != current.staff || active != current.active)
            m_directory.setUserFlags(target.id, superuser, staff, active);
        if (!hash.isEmpty())
            m_directory.setPasswordHash(target.id, hash, now);
        if (m_request.superuser) {
            if (superuser && (m_settings.selfHosted || m_settings.singleOrganization)) {
                if (!m_directory.linkUserRole(target.id, superAdminRole, now))
                    throw StorageError(translated("The user role \"Super Admin\" does not exist."));
            } else if (!superuser) {
                m_directory.unlinkUserRole(target.id, superAdminRole);
            }
        }
        if (m_organization && !m_directory.organizationMemberId(m_organization->id, target.id)) {
            const QString role = superuser ? topOrganizationRole : m_organization->defaultRole;
            const qint64 memberId =
                m_directory.addOrganizationMember(m_organization->id, target.id, role, now);
            if (m_team)
                m_directory.addTeamMember(memberId, m_team->id);
            outcomes.append(Outcome::addedToOrganization(current.email, m_organization->slug));
        }
        outcomes.append(Outcome::updated(current.email));
        return outcomes;
    }

    UserDirectory &m_directory;
    const InstanceSettings &m_settings;
    const BulkUpdateRequest &m_request;
    BulkUpdateReport &m_report;
    const BulkUpdateObserver &m_observer;
    QList<Target> m_targets;
    std::optional<Organization> m_organization;
    std::optional<Team> m_team;
    bool m_cancelled = false;
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

BulkUpdateReport BulkUpdateWorkflow::run(const BulkUpdateRequest &request,
                                         const BulkUpdateObserver &observer)
{
    BulkUpdateReport report;
    BulkUpdateRun run(m_directory, m_settings, request, report, observer);
    if (request.userIds.isEmpty()) {
        run.reject({}, translated("No users selected."));
        return report;
    }
    if (!request.changesSomething()) {
        run.reject({}, translated("Nothing to change."));
        return report;
    }
    try {
        if (!run.prepare())
            return report;
    } catch (const StorageError &error) {
        run.reject({}, error.message());
        return report;
    }
    QStringList emails;
    for (const Target &target : run.targets())
        emails.append(target.account.email);
    if (!request.password.isEmpty()) {
        const QList<InputProblem> problems =
            validatePassword(request.password, request.overridePasswordPolicy, emails);
        for (const InputProblem &problem : problems)
            run.reject(problem.email, problem.describe());
        if (!problems.isEmpty())
            return report;
        if (request.overridePasswordPolicy)
            for (const QString &email : std::as_const(emails))
                if (!PasswordPolicy::problems(request.password, email).isEmpty())
                    run.add(Outcome::policyOverridden(email));
    }

    // Hashing takes long: a few users per transaction (one per core) keep locks short and let
    // Cancel act between groups.
    const qsizetype chunkSize =
        request.password.isEmpty() ? m_chunkSize : qMax(2, QThread::idealThreadCount());
    const QList<Target> &targets = run.targets();
    const qsizetype total = targets.size();
    for (qsizetype start = 0; start < total; start += chunkSize) {
        if (run.cancelRequested() || run.cancelled()) {
            report.cancelled = true;
            break;
        }
        const QList<Target> chunk = targets.mid(start, chunkSize);
        const bool written = run.writeChunk(chunk);
        if (observer.progress)
            observer.progress(int(start + chunk.size()), int(total));
        if (!written) {
            for (const Target &target : targets.mid(start + chunk.size()))
                run.add(Outcome::error(target.account.email,
                                       translated("%1: not attempted after the error above")
                                           .arg(target.account.email)));
            break;
        }
    }
    report.cancelled = report.cancelled || run.cancelled();
    return report;
}
