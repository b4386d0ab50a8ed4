#include "domain/UserImport.h"

#include "domain/AccountActions.h"
#include "domain/AccountWrites.h"
#include "domain/Csv.h"
#include "domain/DisplayText.h"
#include "domain/EmailValidator.h"
#include "domain/PasswordPolicy.h"

#include <QHash>

namespace {
const QString emailColumn = QStringLiteral("email");
const QString nameColumn = QStringLiteral("name");
const QString superuserColumn = QStringLiteral("superuser");
const QString staffColumn = QStringLiteral("staff");
const QString organizationColumn = QStringLiteral("organization");
const QString roleColumn = QStringLiteral("role");
const QString teamsColumn = QStringLiteral("teams");
const QString passwordColumn = QStringLiteral("password");

// The slugs of a teams cell: separated by ';', blanks and repeats dropped.
QStringList teamSlugs(const QString &cell)
{
    QStringList slugs;
    for (const QString &part : cell.split(QLatin1Char(';'))) {
        const QString slug = part.trimmed();
        if (!slug.isEmpty() && !slugs.contains(slug))
            slugs << slug;
    }
    return slugs;
}
} // namespace

struct PlannedMembership
{
    Organization organization;
    QString role; // empty: AccountWrites::membership's
    QList<Team> teams;
};

struct PlannedUser
{
    UserAccount account;
    Secret password;
    bool generated = false;
    bool exists = false;
    int line = 0;             // its first row
    QString organizationKeys; // of its memberships, to find a repeated one
    QList<PlannedMembership> memberships;
};

struct UserImport::Plan
{
    QList<PlannedUser> users;
};

ImportFile ImportFile::without(const QSet<int> &lines) const
{
    ImportFile kept = *this;
    kept.rows.removeIf([&lines](const ImportRow &row) { return lines.contains(row.line); });
    return kept;
}

QString RowVerdict::describe() const
{
    const QString subject =
        email.isEmpty() ? UserImport::tr("(no email)") : DisplayText::shortened(email);
    return DisplayText::visible(UserImport::tr("line %1: %2: %3").arg(line).arg(subject, problem));
}

const QStringList &UserImport::columns()
{
    static const QStringList names{emailColumn,        nameColumn, superuserColumn, staffColumn,
                                   organizationColumn, roleColumn, teamsColumn,     passwordColumn};
    return names;
}

QString UserImport::exportHeader()
{
    return Csv::line(columns().first(columns().size() - 1));
}

QString UserImport::exportLine(const ExportRow &row)
{
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    return Csv::line({row.email, row.name, flag(row.superuser), flag(row.staff), row.organization,
                      row.role, row.teams.join(QLatin1Char(';'))});
}

std::optional<bool> UserImport::parseBoolean(const QString &text, bool *ok)
{
    *ok = true;
    const QString word = text.trimmed().toLower();
    if (word.isEmpty())
        return std::nullopt;
    static const QStringList yes{QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("y"),
                                 QStringLiteral("1")};
    static const QStringList no{QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("n"),
                                QStringLiteral("0")};
    if (yes.contains(word))
        return true;
    if (no.contains(word))
        return false;
    *ok = false;
    return std::nullopt;
}

ImportFile UserImport::read(QByteArrayView bytes)
{
    ImportFile file;
    Csv::Table table = Csv::read(bytes);
    file.problem = table.problem;
    file.problemLine = table.problemLine;
    if (table.records.isEmpty()) {
        if (file.problem.isEmpty()) {
            file.problem =
                tr("the file has no header line (%1)").arg(columns().join(QLatin1Char(',')));
            file.problemLine = 1;
        }
        return file;
    }
    const Csv::Record &header = table.records.first();
    QHash<QString, qsizetype> indexOf;
    QStringList unknown;
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        if (!columns().contains(name))
            unknown << DisplayText::shortened(header.fields[i], 40);
        else if (indexOf.contains(name))
            unknown << tr("%1 (twice)").arg(name);
        else
            indexOf.insert(name, i);
    }
    if (!unknown.isEmpty() || !indexOf.contains(emailColumn)) {
        file.rows.clear();
        file.problem =
            !unknown.isEmpty()
                ? tr("unknown columns: %1 (known: %2)")
                      .arg(unknown.join(QStringLiteral(", ")), columns().join(QStringLiteral(", ")))
                : tr("no email column (known: %1)").arg(columns().join(QStringLiteral(", ")));
        file.problemLine = header.line;
        return file;
    }
    file.hasPasswordColumn = indexOf.contains(passwordColumn);
    const auto cell = [&indexOf](const Csv::Record &record, const QString &column) {
        const qsizetype index = indexOf.value(column, -1);
        return index >= 0 ? record.fields.value(index) : QString();
    };
    file.rows.reserve(table.records.size() - 1);
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        Csv::Record &record = table.records[r];
        ImportRow row;
        row.line = record.line;
        row.email = cell(record, emailColumn).trimmed();
        row.name = cell(record, nameColumn).trimmed();
        row.organization = cell(record, organizationColumn).trimmed();
        row.role = cell(record, roleColumn).trimmed().toLower();
        row.teams = teamSlugs(cell(record, teamsColumn));
        QStringList problems;
        if (record.fields.size() != header.fields.size())
            problems << tr("%1 fields where the header has %2")
                            .arg(record.fields.size())
                            .arg(header.fields.size());
        for (const auto &[column, flag] :
             {std::pair(superuserColumn, &row.superuser), std::pair(staffColumn, &row.staff)}) {
            bool ok = false;
            *flag = parseBoolean(cell(record, column), &ok);
            if (!ok)
                problems << tr("%1 is not yes or no: %2")
                                .arg(column, DisplayText::shortened(cell(record, column), 20));
        }
        if (const qsizetype index = indexOf.value(passwordColumn, -1);
            index >= 0 && index < record.fields.size()) {
            row.password = Secret::fromText(record.fields[index]);
            record.fields[index].fill(QChar(0)); // the text copy of the password goes now
        }
        row.problem = problems.join(QStringLiteral("; "));
        file.rows.append(std::move(row));
    }
    return file;
}

UserImport::UserImport(UserDirectory &directory, const InstanceSettings &settings)
    : m_directory(directory)
    , m_settings(settings)
{}

QList<RowVerdict> UserImport::check(const ImportFile &file)
{
    Plan plan;
    return check(file, plan);
}

QList<RowVerdict> UserImport::check(const ImportFile &file, Plan &plan)
{
    const int emailLength = m_directory.limits().emailLength;
    QHash<QString, std::optional<Organization>> organizations;
    QHash<QString, QList<Team>> teamsBySlug;
    const auto findOrganization = [&](const QString &key) {
        auto found = organizations.find(key);
        if (found == organizations.end())
            found = organizations.insert(key, AccountWrites::namedOrganization(m_directory, key));
        return *found;
    };
    const auto findTeams = [&](const QString &slug) {
        auto found = teamsBySlug.find(slug);
        if (found == teamsBySlug.end())
            found = teamsBySlug.insert(slug, m_directory.teamsWithSlug(slug));
        return *found;
    };

    QList<RowVerdict> verdicts;
    verdicts.reserve(file.rows.size());
    QHash<QString, qsizetype> userByUpper; // a user's index by its address in capitals
    QList<qsizetype> userOfRow(file.rows.size(), -1);
    for (qsizetype r = 0; r < file.rows.size(); ++r) {
        const ImportRow &row = file.rows[r];
        RowVerdict verdict{row.line, row.email, row.problem, false};
        QStringList problems;
        if (!row.problem.isEmpty())
            problems << row.problem;
        if (row.email.isEmpty())
            problems << tr("no email");
        else if (const QString reason = EmailValidator::problem(row.email, emailLength);
                 !reason.isEmpty())
            problems << reason;

        // The membership.
        PlannedMembership membership;
        if (row.organization.isEmpty()) {
            if (!row.role.isEmpty() || !row.teams.isEmpty())
                problems << tr("a role or teams need an organization");
        } else if (const std::optional<Organization> organization =
                       findOrganization(row.organization)) {
            membership.organization = *organization;
            for (const QString &slug : row.teams) {
                const AccountWrites::TeamResolution team =
                    AccountWrites::teamInOrganization(findTeams(slug), *organization, slug);
                if (team.team)
                    membership.teams << *team.team;
                else
                    problems << team.problem;
            }
        } else {
            problems << AccountWrites::unknownOrganization(row.organization);
        }
        if (!row.role.isEmpty() && !AccountWrites::organizationRoles().contains(row.role))
            problems << AccountWrites::unknownRole(row.role);
        membership.role = row.role;

        if (!row.password.isEmpty()) {
            // Whatever the policy says, a password no sign-in can send is never stored.
            if (const QString unusable = PasswordPolicy::unusable(row.password);
                !unusable.isEmpty())
                problems << tr("password: %1").arg(unusable);
            else
                for (const QString &reason : PasswordPolicy::problems(row.password, row.email))
                    problems << tr("password: %1").arg(reason);
        }

        // The same address on another row: another membership of the same user.
        const bool superuser = row.superuser.value_or(false);
        const bool staff = row.staff.value_or(superuser);
        const QString organizationKey =
            row.organization.isEmpty() ? QString() : QString::number(membership.organization.id);
        if (problems.isEmpty()) {
            const QString upper = row.email.toUpper();
            const qsizetype earlier = userByUpper.value(upper, -1);
            if (earlier < 0) {
                PlannedUser user;
                user.account = {row.email, superuser, staff, true, row.name};
                user.password = row.password;
                user.line = row.line;
                user.organizationKeys = organizationKey;
                if (!row.organization.isEmpty())
                    user.memberships << membership;
                userByUpper.insert(upper, plan.users.size());
                userOfRow[r] = plan.users.size();
                plan.users << user;
            } else {
                PlannedUser &user = plan.users[earlier];
                const QStringList keys = user.organizationKeys.split(QLatin1Char(' '));
                if (user.account.email != row.email)
                    problems
                        << tr("the same address in other letter case is on line %1").arg(user.line);
                else if (organizationKey.isEmpty() || keys.contains(organizationKey) ||
                         user.memberships.isEmpty())
                    problems << tr("duplicate of line %1").arg(user.line);
                else if (user.account.name != row.name || user.account.superuser != superuser ||
                         user.account.staff != staff || !(user.password == row.password))
                    problems
                        << tr("the name, flags or password differ from line %1").arg(user.line);
                else {
                    user.organizationKeys += QLatin1Char(' ') + organizationKey;
                    user.memberships << membership;
                    userOfRow[r] = earlier;
                }
            }
        }
        verdict.problem = problems.join(QStringLiteral("; "));
        verdicts << verdict;
    }

    // Users that exist are skipped; one that exists in other letter case locks both out of
    // Sentry's case-insensitive sign-in.
    QStringList emails;
    emails.reserve(plan.users.size());
    for (const PlannedUser &user : std::as_const(plan.users))
        emails << user.account.email;
    QHash<QString, QString> existing; // by the address in capitals
    for (const QString &username : m_directory.usernamesInAnyCase(emails))
        existing.insert(username.toUpper(), username);
    for (qsizetype r = 0; r < verdicts.size(); ++r) {
        if (userOfRow[r] < 0)
            continue;
        PlannedUser &user = plan.users[userOfRow[r]];
        const QString found = existing.value(user.account.email.toUpper());
        if (found.isNull())
            continue;
        if (found == user.account.email)
            verdicts[r].exists = user.exists = true;
        else
            verdicts[r].problem = tr("a user with this address in other letter case exists (%1)")
                                      .arg(DisplayText::shortened(found));
    }
    return verdicts;
}

namespace {
// One run over a checked plan: the writes of one user, which BatchWriter makes all or nothing.
class ImportRun
{
public:
    ImportRun(UserDirectory &directory, const InstanceSettings &settings, QList<PlannedUser> &users)
        : m_directory(directory)
        , m_settings(settings)
        , m_users(users)
    {}

    BatchWriter::Steps steps()
    {
        BatchWriter::Steps steps;
        steps.write = [this](qsizetype index, const QString &hash, const QDateTime &now) {
            return writeUser(m_users[index], hash, now);
        };
        steps.needsPasswordHash = [this](qsizetype index) {
            return !m_users[index].exists && !m_users[index].password.isEmpty();
        };
        // Without any password, users are written in createuser's long transactions.
        if (std::any_of(m_users.cbegin(), m_users.cend(),
                        [](const PlannedUser &user) { return !user.password.isEmpty(); }))
            steps.password = [this](qsizetype index) { return m_users[index].password; };
        // Another operator created the same email at the same moment: it now exists.
        steps.retryAfterFailure = [this](qsizetype index) {
            return m_directory.findUserId(m_users[index].account.email).has_value();
        };
        return steps;
    }

private:
    // As createuser writes a new user: the user with its first membership in one go, then
    // the rest, the password and the Super Admin link.
    QList<Outcome> writeUser(const PlannedUser &user, const QString &hash, const QDateTime &now)
    {
        const QString &email = user.account.email;
        const auto joined = [&user](const PlannedMembership &planned) {
            Membership membership = AccountWrites::membership(
                planned.organization,
                planned.teams.isEmpty() ? std::nullopt : std::optional(planned.teams.first()),
                user.account.superuser);
            if (!planned.role.isEmpty())
                membership.role = planned.role;
            return membership;
        };
        const std::optional<Membership> first =
            user.memberships.isEmpty() ? std::nullopt : std::optional(joined(user.memberships[0]));
        const std::optional<qint64> userId =
            m_directory.insertUserAndJoin(user.account, first, now);
        if (!userId)
            return {Outcome::skippedExisting(email)};
        QList<Outcome> outcomes;
        for (qsizetype m = 0; m < user.memberships.size(); ++m) {
            const PlannedMembership &planned = user.memberships[m];
            const qint64 organizationId = planned.organization.id;
            std::optional<qint64> memberId;
            QList<Team> teams = planned.teams;
            if (m == 0) {
                if (!teams.isEmpty())
                    teams.removeFirst(); // joined with the user
                if (!teams.isEmpty())
                    memberId = m_directory.organizationMemberId(organizationId, *userId);
            } else {
                memberId = m_directory.addOrganizationMember(organizationId, *userId,
                                                             joined(planned).role, now);
            }
            for (const Team &team : std::as_const(teams))
                m_directory.addTeamMember(*memberId, team.id);
            outcomes << Outcome::addedToOrganization(email, planned.organization.slug);
        }
        if (!hash.isEmpty())
            m_directory.setPasswordHash(*userId, hash, now);
        if (user.account.superuser)
            AccountWrites::followSuperuser(m_directory, m_settings, *userId, true, now);
        outcomes << Outcome::created(email);
        return outcomes;
    }

    UserDirectory &m_directory;
    const InstanceSettings &m_settings;
    QList<PlannedUser> &m_users;
};
} // namespace

ImportReport UserImport::run(const ImportFile &file, const Options &options,
                             const ImportObserver &observer)
{
    ImportReport report;
    // Generated passwords are handed on once their user is committed.
    QHash<QString, Secret> generated;
    ImportObserver forwarding = observer;
    forwarding.outcome = [&](const Outcome &outcome) {
        if (observer.outcome)
            observer.outcome(outcome);
        if (outcome.kind == Outcome::Kind::Created && observer.passwordGenerated)
            if (const auto password = generated.constFind(outcome.email);
                password != generated.cend())
                observer.passwordGenerated(outcome.email, *password);
    };
    BatchReporter reporter(report, forwarding);
    if (!file.problem.isEmpty()) {
        reporter.reject(
            {}, DisplayText::visible(tr("line %1: %2").arg(file.problemLine).arg(file.problem)));
        return report;
    }
    if (file.rows.isEmpty()) {
        reporter.reject({}, tr("The file has no users to import."));
        return report;
    }
    if (reporter.refuseUnwritable(m_directory.limits()))
        return report;
    Plan plan;
    try {
        bool invalid = false;
        for (const RowVerdict &verdict : check(file, plan)) {
            if (!verdict.isValid()) {
                reporter.reject(verdict.email, verdict.describe());
                invalid = true;
            }
        }
        if (invalid)
            return report;
    } catch (const StorageError &error) {
        reporter.reject({}, error.message());
        return report;
    }

    QStringList emails;
    emails.reserve(plan.users.size());
    for (PlannedUser &user : plan.users) {
        emails << user.account.email;
        if (options.generatePasswords && !options.dryRun && !user.exists &&
            user.password.isEmpty()) {
            user.password = AccountActions::generatePassword(user.account.email);
            generated.insert(user.account.email, user.password);
        }
    }
    ImportRun run(m_directory, m_settings, plan.users);
    BatchWriter writer(m_directory, reporter);
    writer.setChunkSize(m_chunkSize);
    writer.run(emails, Secret(), m_settings.passwordIterations, options.dryRun, run.steps());
    return report;
}
