#include "domain/CreateUserWorkflow.h"

#include "crypto/PasswordHasher.h"
#include "domain/EmailValidator.h"
#include "domain/PasswordPolicy.h"

#include <QCoreApplication>
#include <QThread>

namespace {
const QString superAdminRole = QStringLiteral("Super Admin");
const QString topOrganizationRole = QStringLiteral("owner");

QString translated(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

// Appends outcomes to the report, keeps its counters, and passes each on to the observer.
class Reporter
{
public:
    Reporter(CreateUserReport &report, const CreateUserObserver &observer)
        : m_report(report)
        , m_observer(observer)
    {}

    void add(const Outcome &outcome)
    {
        m_report.outcomes.append(outcome);
        switch (outcome.kind) {
        case Outcome::Kind::Created:
            ++m_report.created;
            break;
        case Outcome::Kind::Updated:
            ++m_report.updated;
            break;
        case Outcome::Kind::SkippedExisting:
            ++m_report.skipped;
            break;
        case Outcome::Kind::Error:
            ++m_report.errors;
            break;
        default:
            break;
        }
        if (m_observer.outcome)
            m_observer.outcome(outcome);
    }

    void notDone(const QString &email, const QString &message)
    {
        m_report.notDone.append(email);
        add(Outcome::error(email, message));
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

    void progress(int done, int total) const
    {
        if (m_observer.progress)
            m_observer.progress(done, total);
    }

private:
    CreateUserReport &m_report;
    const CreateUserObserver &m_observer;
};

// One run of the workflow over a validated request.
class CreateUserRun
{
public:
    CreateUserRun(UserDirectory &directory, const InstanceSettings &settings,
                  const CreateUserRequest &request, const CreateUserWorkflow::Flags &flags,
                  Reporter &reporter)
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
                m_organizationProblem =
                    translated("CreateUserWorkflow", "Organization ID not found");
        } else {
            m_organization = m_settings.defaultOrganizationId
                                 ? m_directory.organization(*m_settings.defaultOrganizationId)
                                 : m_directory.firstActiveOrganization();
            if (!m_organization)
                m_organizationProblem = translated(
                    "CreateUserWorkflow", "No default organization found to add users to.");
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
                m_reporter.reject(
                    {}, translated("CreateUserWorkflow", "Team ID not found in organization %1")
                            .arg(m_organization->slug));
                return false;
            }
            break;
        case TeamChoice::Mode::None:
            break;
        }
        return true;
    }

    // Writes one transaction's worth of users. Outcomes are reported only after the commit, so
    // that nothing is reported as written that was not. The chunk is first written without
    // savepoints (they double SQLite's work); if anything fails, it is rolled back and replayed
    // with one savepoint per user, so that only the failing user is lost. Either way each user
    // is all or nothing. False when the transaction itself failed (its users are then reported
    // as errors).
    bool writeChunk(const QStringList &emails, bool hashing)
    {
        const QList<QString> hashes = hashing ? hashPasswords(emails) : QList<QString>();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        try {
            reportAll(writeInTransaction(emails, hashes, now, false));
            return true;
        } catch (const StorageError &) {
            rollbackQuietly();
        }
        try {
            reportAll(writeInTransaction(emails, hashes, now, true));
            return true;
        } catch (const StorageError &error) {
            rollbackQuietly();
            for (const QString &email : emails)
                m_reporter.notDone(email, translated("CreateUserWorkflow", "%1: not written: %2")
                                              .arg(email, error.message()));
            return false;
        }
    }

    bool cancelled() const { return m_cancelled; }

private:
    QList<Outcome> writeInTransaction(const QStringList &emails, const QList<QString> &hashes,
                                      const QDateTime &now, bool savepointPerUser)
    {
        QList<Outcome> outcomes;
        m_directory.begin();
        for (qsizetype i = 0; i < emails.size(); ++i) {
            if (i > 0 && m_reporter.cancelRequested()) {
                m_cancelled = true;
                break;
            }
            const QString hash = hashes.isEmpty() ? QString() : hashes[i];
            outcomes += savepointPerUser ? writeUserAtomically(emails[i], hash, now)
                                         : writeUser(emails[i], hash, now);
        }
        if (m_request.dryRun)
            m_directory.rollback();
        else
            m_directory.commit();
        return outcomes;
    }

    void reportAll(const QList<Outcome> &outcomes)
    {
        for (const Outcome &outcome : outcomes)
            m_reporter.add(outcome);
    }

    // The hashes of the users that will be written; empty for those that will be skipped.
    QList<QString> hashPasswords(const QStringList &emails)
    {
        QList<Secret> passwords;
        QList<qsizetype> hashed;
        for (qsizetype i = 0; i < emails.size(); ++i) {
            if (m_request.forceUpdate || !m_directory.findUserId(emails[i])) {
                passwords.append(m_request.password);
                hashed.append(i);
            }
        }
        const QList<QString> computed =
            PasswordHasher::hashAll(passwords, m_settings.passwordIterations);
        QList<QString> hashes(emails.size());
        for (qsizetype i = 0; i < hashed.size(); ++i)
            hashes[hashed[i]] = computed[i];
        return hashes;
    }

    // One user, all or nothing. A unique-constraint failure because another operator created the
    // same email at the same moment ends as "exists" (or as an update with force-update).
    QList<Outcome> writeUserAtomically(const QString &email, const QString &hash,
                                       const QDateTime &now)
    {
        for (int attempt = 0;; ++attempt) {
            m_directory.savepoint();
            try {
                QList<Outcome> outcomes = writeUser(email, hash, now);
                m_directory.releaseSavepoint();
                return outcomes;
            } catch (const StorageError &error) {
                m_directory.rollbackToSavepoint();
                m_directory.releaseSavepoint();
                if (attempt > 0 || !m_directory.findUserId(email))
                    return {Outcome::error(email,
                                           QStringLiteral("%1: %2").arg(email, error.message()))};
            }
        }
    }

    QList<Outcome> writeUser(const QString &email, QString hash, const QDateTime &now)
    {
        const UserAccount account{email, m_flags.superuser, m_flags.staff, true};
        QList<Outcome> outcomes;
        std::optional<qint64> userId = m_directory.findUserId(email);
        const bool created = !userId;
        if (userId) {
            if (!m_request.forceUpdate)
                return {Outcome::skippedExisting(email)};
            m_directory.updateUser(*userId, account);
        } else {
            userId = m_directory.insertUser(account, now);
            if (m_settings.singleOrganization)
                outcomes.append(joinOrganization(email, *userId, now));
        }
        if (!m_request.password.isEmpty() && !m_request.dryRun) {
            if (hash.isEmpty()) // it did not exist when the batch was hashed
                hash = PasswordHasher::hash(m_request.password, m_settings.passwordIterations);
            m_directory.setPasswordHash(*userId, hash, now);
        }
        if (m_flags.superuser && (m_settings.selfHosted || m_settings.singleOrganization)) {
            if (!m_directory.linkUserRole(*userId, superAdminRole, now))
                throw StorageError(translated("CreateUserWorkflow",
                                              "The user role \"Super Admin\" does not exist."));
        } else if (!m_flags.superuser && !created) {
            m_directory.unlinkUserRole(*userId, superAdminRole);
        }
        outcomes.append(created ? Outcome::created(email) : Outcome::updated(email));
        return outcomes;
    }

    Outcome joinOrganization(const QString &email, qint64 userId, const QDateTime &now)
    {
        if (!m_organization)
            throw StorageError(m_organizationProblem);
        const QString role = m_flags.superuser ? topOrganizationRole : m_organization->defaultRole;
        const qint64 memberId =
            m_directory.addOrganizationMember(m_organization->id, userId, role, now);
        if (m_team)
            m_directory.addTeamMember(memberId, m_team->id);
        return Outcome::addedToOrganization(email, m_organization->slug);
    }

    void rollbackQuietly()
    {
        try {
            m_directory.rollback();
        } catch (const StorageError &) {
            // The connection is gone; the server rolls the transaction back by itself.
        }
    }

    UserDirectory &m_directory;
    const InstanceSettings &m_settings;
    const CreateUserRequest &m_request;
    const CreateUserWorkflow::Flags m_flags;
    Reporter &m_reporter;
    std::optional<Organization> m_organization;
    QString m_organizationProblem;
    std::optional<Team> m_team;
    bool m_cancelled = false;
};
} // namespace

QString InputProblem::describe() const
{
    if (field == Field::Emails)
        return QStringLiteral("%1: %2").arg(email, reason);
    if (email.isEmpty())
        return translated("CreateUserWorkflow", "Password: %1").arg(reason);
    return translated("CreateUserWorkflow", "Password for %1: %2").arg(email, reason);
}

int CreateUserReport::exitCode() const
{
    if (rejected || errors > 0)
        return 1;
    return skipped > 0 ? 3 : 0;
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
    if (request.password.isEmpty() || request.overridePasswordPolicy)
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

CreateUserReport CreateUserWorkflow::run(const CreateUserRequest &request,
                                         const CreateUserObserver &observer)
{
    CreateUserReport report;
    Reporter reporter(report, observer);

    const Flags flags = resolveFlags(request);
    if (flags.staffCorrected)
        reporter.add(Outcome::staffCorrected());
    if (request.emails.isEmpty()) {
        reporter.reject({}, translated("CreateUserWorkflow", "Invalid or missing email address."));
        return report;
    }
    if (!request.noPassword && request.password.isEmpty()) {
        reporter.reject(
            {}, translated("CreateUserWorkflow", "No password set and --no-password not passed."));
        return report;
    }
    const QList<InputProblem> problems = validate(request, m_directory.limits());
    for (const InputProblem &problem : problems)
        reporter.reject(problem.email, problem.describe());
    if (!problems.isEmpty())
        return report;

    CreateUserRun run(m_directory, m_settings, request, flags, reporter);
    try {
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

    // Hashing is slow: hash a few users at a time in parallel, outside any transaction, so that
    // no lock is held while hashing and Cancel is honoured between groups.
    const bool hashing = !request.password.isEmpty() && !request.dryRun;
    const qsizetype chunkSize = hashing ? qMax(2, QThread::idealThreadCount()) : m_chunkSize;
    const qsizetype total = request.emails.size();
    for (qsizetype start = 0; start < total; start += chunkSize) {
        if (reporter.cancelRequested() || run.cancelled()) {
            report.cancelled = true;
            break;
        }
        const QStringList chunk = request.emails.mid(start, chunkSize);
        const bool written = run.writeChunk(chunk, hashing);
        reporter.progress(int(start + chunk.size()), int(total));
        if (!written) {
            for (const QString &email : request.emails.mid(start + chunk.size()))
                reporter.notDone(email, translated("CreateUserWorkflow",
                                                   "%1: not attempted after the error above")
                                            .arg(email));
            break;
        }
    }
    report.cancelled = report.cancelled || run.cancelled();
    return report;
}
