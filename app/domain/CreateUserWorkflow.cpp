#include "domain/CreateUserWorkflow.h"

#include "crypto/PasswordHasher.h"
#include "domain/AccountWrites.h"
#include "domain/DisplayText.h"
#include "domain/EmailValidator.h"
#include "domain/PasswordPolicy.h"

namespace {
// One run of the workflow over a validated request: where created users go, and the writes of
// one user, which BatchWriter makes all or nothing.
class CreateUserRun
{
public:
    CreateUserRun(UserDirectory &directory, const InstanceSettings &settings,
                  const CreateUserRequest &request, const CreateUserWorkflow::Flags &flags,
                  BatchReporter &reporter)
        : m_directory(directory)
        , m_settings(settings)
        , m_request(request)
        , m_flags(flags)
        , m_reporter(reporter)
    {}

    // Finds the organization (and team) created users join. False when the batch must stop.
    bool resolveOrganization()
    {
        if (m_request.organizationId) {
            m_organization = m_directory.organization(*m_request.organizationId);
            if (!m_organization)
                m_organizationProblem = CreateUserWorkflow::tr("Organization ID not found");
        } else {
            m_organization = m_settings.defaultOrganizationId
                                 ? m_directory.organization(*m_settings.defaultOrganizationId)
                                 : m_directory.firstActiveOrganization();
            if (!m_organization)
                m_organizationProblem =
                    CreateUserWorkflow::tr("No default organization found to add users to.");
        }
        if (!m_organization) {
            // Sentry needs the organization only for users it creates: a batch of existing
            // users goes on without one.
            for (const QString &email : m_request.emails) {
                if (!m_directory.findUserId(email)) {
                    m_reporter.reject({}, m_organizationProblem);
                    return false;
                }
            }
            return true;
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

    BatchWriter::Steps steps()
    {
        BatchWriter::Steps steps;
        steps.write = [this](qsizetype index, const QString &hash, const QDateTime &now) {
            return writeUser(m_request.emails[index], hash, now);
        };
        steps.needsPasswordHash = [this](qsizetype index) {
            return m_request.forceUpdate || !m_directory.findUserId(m_request.emails[index]);
        };
        // Another operator created the same email at the same moment: it now exists.
        steps.retryAfterFailure = [this](qsizetype index) {
            return m_directory.findUserId(m_request.emails[index]).has_value();
        };
        return steps;
    }

private:
    QList<Outcome> writeUser(const QString &email, QString hash, const QDateTime &now)
    {
        const UserAccount account{email, m_flags.superuser, m_flags.staff, true, {}};
        QList<Outcome> outcomes;
        std::optional<qint64> userId = createUser(account, now, outcomes);
        const bool created = userId.has_value();
        if (!created) {
            userId = m_directory.findUserId(email);
            if (!userId) // deleted meanwhile
                throw StorageError(
                    CreateUserWorkflow::tr("%1 exists but cannot be read").arg(email));
            if (!m_request.forceUpdate)
                return {Outcome::skippedExisting(email)};
            m_directory.updateUser(*userId, account);
        }
        if (!m_request.password.isEmpty() && !m_request.dryRun) {
            if (hash.isEmpty()) // it did not exist when the batch was hashed
                hash = PasswordHasher::hash(m_request.password, m_settings.passwordIterations);
            m_directory.setPasswordHash(*userId, hash, now);
        }
        // A created non-superuser has no link to remove.
        if (m_flags.superuser || !created)
            AccountWrites::followSuperuser(m_directory, m_settings, *userId, m_flags.superuser,
                                           now);
        if (!created)
            m_directory.followUser(*userId);
        outcomes.append(created ? Outcome::created(email) : Outcome::updated(email));
        return outcomes;
    }

    // Creates the user with its membership; none when it exists. Users are created first and
    // looked up only when they exist: most are new, so PostgreSQL needs one round trip for
    // each, and another operator creating the same email at once just makes it exist.
    std::optional<qint64> createUser(const UserAccount &account, const QDateTime &now,
                                     QList<Outcome> &outcomes)
    {
        if (!m_settings.singleOrganization)
            return m_directory.insertUserAndJoin(account, std::nullopt, now);
        if (!m_organization) {
            // Only a batch of existing users goes on without one (see resolveOrganization).
            if (m_directory.findUserId(account.email))
                return std::nullopt;
            throw StorageError(m_organizationProblem);
        }
        const std::optional<qint64> userId = m_directory.insertUserAndJoin(
            account, AccountWrites::membership(*m_organization, m_team, m_flags.superuser), now);
        if (userId)
            outcomes.append(Outcome::addedToOrganization(account.email, m_organization->slug));
        return userId;
    }

    UserDirectory &m_directory;
    const InstanceSettings &m_settings;
    const CreateUserRequest &m_request;
    const CreateUserWorkflow::Flags m_flags;
    BatchReporter &m_reporter;
    std::optional<Organization> m_organization;
    QString m_organizationProblem;
    std::optional<Team> m_team;
};
} // namespace

QString InputProblem::describe() const
{
    // An invalid address may be any length: name it, do not repeat it whole.
    const QString named = DisplayText::shortened(email);
    if (field == Field::Emails)
        return CreateUserWorkflow::tr("%1: %2", "an address and what is wrong with it")
            .arg(named, reason);
    if (email.isEmpty())
        return CreateUserWorkflow::tr("Password: %1").arg(reason);
    return CreateUserWorkflow::tr("Password for %1: %2").arg(named, reason);
}

CreateUserWorkflow::CreateUserWorkflow(UserDirectory &directory, const InstanceSettings &settings)
    : m_directory(directory)
    , m_settings(settings)
{}

CreateUserWorkflow::Flags CreateUserWorkflow::resolveFlags(const CreateUserRequest &request)
{
    Flags flags;
    flags.superuser = request.superuser.value_or(false);
    if (!flags.superuser && request.staff.value_or(false))
        flags.staffCorrected = true;
    else
        flags.staff = request.staff.value_or(flags.superuser);
    return flags;
}

QList<InputProblem> CreateUserWorkflow::validate(const CreateUserRequest &request,
                                                 const DirectoryLimits &limits)
{
    QList<InputProblem> problems;
    for (const QString &email : request.emails) {
        const QString reason = EmailValidator::problem(email, limits.emailLength);
        if (!reason.isEmpty())
            problems.append({InputProblem::Field::Emails, email, reason});
    }
    if (request.password.isEmpty())
        return problems;
    // Whatever the policy says, a password no sign-in can send is never stored.
    const QString unusable = PasswordPolicy::unusable(request.password);
    if (!unusable.isEmpty()) {
        problems.append({InputProblem::Field::Password, QString(), unusable});
        return problems;
    }
    if (request.overridePasswordPolicy)
        return problems;

    // Similarity depends on the email; the other rules do not. A reason that holds for every
    // email is reported once, otherwise with the emails it concerns.
    const QStringList subjects = request.emails.isEmpty() ? QStringList{QString()} : request.emails;
    QList<std::pair<QString, QStringList>> emailsByReason;
    for (const QString &email : subjects) {
        for (const QString &reason : PasswordPolicy::problems(request.password, email)) {
            auto entry = std::find_if(emailsByReason.begin(), emailsByReason.end(),
                                      [&](const auto &pair) { return pair.first == reason; });
            if (entry == emailsByReason.end())
                emailsByReason.append({reason, {email}});
            else
                entry->second.append(email);
        }
    }
    for (const auto &[reason, emails] : emailsByReason) {
        const bool everyEmail = emails.size() == subjects.size();
        problems.append({InputProblem::Field::Password,
                         everyEmail ? QString() : emails.join(QStringLiteral(", ")), reason});
    }
    return problems;
}

QList<InputProblem> CreateUserWorkflow::caseClashes(const QStringList &emails)
{
    QList<InputProblem> problems;
    QHash<QString, QString> byUpper; // the first spelling of each address in the batch
    for (const QString &username : m_directory.usernamesInAnyCase(emails))
        byUpper.insert(username.toUpper(), username);
    QHash<QString, QString> inBatch;
    for (const QString &email : emails) {
        const QString upper = email.toUpper();
        const QString existing = byUpper.value(upper);
        if (!existing.isNull() && existing != email) {
            problems.append({InputProblem::Field::Emails, email,
                             tr("a user with this address in other letter case exists "
                                "(%1)")
                                 .arg(DisplayText::shortened(existing))});
            continue;
        }
        const QString earlier = inBatch.value(upper);
        if (!earlier.isNull() && earlier != email)
            problems.append({InputProblem::Field::Emails, email,
                             tr("the same address in other letter case is also given "
                                "(%1)")
                                 .arg(DisplayText::shortened(earlier))});
        else
            inBatch.insert(upper, email);
    }
    return problems;
}

CreateUserReport CreateUserWorkflow::run(const CreateUserRequest &request,
                                         const CreateUserObserver &observer)
{
    CreateUserReport report;
    BatchReporter reporter(report, observer);

    const Flags flags = resolveFlags(request);
    if (flags.staffCorrected)
        reporter.add(Outcome::staffCorrected());
    if (request.emails.isEmpty()) {
        reporter.reject({}, tr("Invalid or missing email address."));
        return report;
    }
    if (!request.noPassword && request.password.isEmpty()) {
        reporter.reject({}, tr("No password set and --no-password not passed."));
        return report;
    }
    const QList<InputProblem> problems = validate(request, m_directory.limits());
    for (const InputProblem &problem : problems)
        reporter.reject(problem.email, problem.describe());
    if (!problems.isEmpty() || reporter.refuseUnwritable(m_directory.limits()))
        return report;

    CreateUserRun run(m_directory, m_settings, request, flags, reporter);
    // A forced update to non-superuser may demote the last superuser: Sentry allows it, and so
    // does createuser, with a warning.
    const bool mayDemote = request.forceUpdate && !flags.superuser && !request.dryRun;
    qint64 activeSuperusersBefore = 0;
    try {
        if (mayDemote)
            activeSuperusersBefore = m_directory.activeSuperuserCount();
        const QList<InputProblem> clashes = caseClashes(request.emails);
        for (const InputProblem &problem : clashes)
            reporter.reject(problem.email, problem.describe());
        if (!clashes.isEmpty())
            return report;
        if (m_settings.singleOrganization && !run.resolveOrganization())
            return report;
    } catch (const StorageError &error) {
        // Nothing was written: a lost connection, say; every email is left to go on with.
        reporter.reject({}, error.message());
        report.notDone = request.emails;
        return report;
    }

    if (request.overridePasswordPolicy && !request.password.isEmpty()) {
        for (const QString &email : request.emails)
            if (!PasswordPolicy::problems(request.password, email).isEmpty())
                reporter.add(Outcome::policyOverridden(email));
    }

    BatchWriter writer(m_directory, reporter);
    writer.setChunkSize(m_chunkSize);
    writer.setHashingChunkSize(m_hashingChunkSize);
    writer.run(request.emails, request.password, m_settings.passwordIterations, request.dryRun,
               run.steps());
    if (!request.dryRun)
        reporter.noticeAfterUpdates(m_directory);
    if (report.updated > 0)
        if (const std::optional<Outcome> warning =
                AccountWrites::noActiveSuperuserLeft(m_directory, activeSuperusersBefore))
            reporter.add(*warning);
    return report;
}
