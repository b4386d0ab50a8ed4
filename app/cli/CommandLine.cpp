#include "cli/CommandLine.h"

#include "cli/AccountCommands.h"
#include "cli/AuditCommands.h"
#include "cli/TerminalInput.h"
#include "cli/TransferCommands.h"
#include "domain/CreateUserWorkflow.h"
#include "domain/DisplayText.h"
#include "storage/AccountDoctor.h"
#include "storage/Database.h"
#include "storage/UserListing.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSet>
#include <QTextStream>
#include <cstring>
#include <vector>

// English only, on purpose: what useradmin-cli prints must match Sentry's `createuser` line by
// line (scripts read it), so it loads no translator and its own texts are not marked for
// translation. The domain and storage messages it prints stay marked, for the window.
namespace {
// An argument as a POSIX shell reads it back: email local parts may hold ' $ ! and the like.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    out().flush();
    err() << DisplayText::visible(QStringLiteral("Error: %1").arg(message)) << Qt::endl;
    return 1;
}

// Every option, global or of a command; QCommandLineParser reads them anywhere on the line.
struct Options
{
    QCommandLineOption database{QStringLiteral("database"),
                                QStringLiteral("SQLite file or postgresql:// URL (default: the "
                                           "embedded database)."),
                                QStringLiteral("PATH_OR_URL")};
    QCommandLineOption singleOrganization{QStringLiteral("single-organization"),
                                          QStringLiteral("SENTRY_SINGLE_ORGANIZATION on.")};
    QCommandLineOption noSingleOrganization{QStringLiteral("no-single-organization"),
                                            QStringLiteral("SENTRY_SINGLE_ORGANIZATION off.")};
    QCommandLineOption selfHosted{QStringLiteral("self-hosted"),
                                  QStringLiteral("SENTRY_SELF_HOSTED on.")};
    QCommandLineOption noSelfHosted{QStringLiteral("no-self-hosted"),
                                    QStringLiteral("SENTRY_SELF_HOSTED off.")};
    QCommandLineOption defaultOrgId{QStringLiteral("default-org-id"),
                                    QStringLiteral("SENTRY_ORGANIZATION: the default organization."),
                                    QStringLiteral("N")};
    QCommandLineOption email{QStringLiteral("email"), QStringLiteral("Email of a user (repeatable)."),
                             QStringLiteral("EMAIL")};
    QCommandLineOption orgId{QStringLiteral("org-id"), QStringLiteral("Organization to join."),
                             QStringLiteral("ID")};
    QCommandLineOption password{QStringLiteral("password"),
                                QStringLiteral("Password (visible to other local users; prefer "
                                           "--password-stdin)."),
                                QStringLiteral("PASSWORD")};
    QCommandLineOption passwordStdin{QStringLiteral("password-stdin"),
                                     QStringLiteral("Read the password from the first line of "
                                                "standard input.")};
    QCommandLineOption superuser{QStringLiteral("superuser"), QStringLiteral("Make a superuser.")};
    QCommandLineOption noSuperuser{QStringLiteral("no-superuser"),
                                   QStringLiteral("Do not make a superuser.")};
    QCommandLineOption staff{QStringLiteral("staff"), QStringLiteral("Give staff access.")};
    QCommandLineOption noStaff{QStringLiteral("no-staff"), QStringLiteral("No staff access.")};
    QCommandLineOption noPassword{QStringLiteral("no-password"),
                                  QStringLiteral("Create without a password.")};
    QCommandLineOption noInput{QStringLiteral("no-input"), QStringLiteral("Never prompt.")};
    QCommandLineOption forceUpdate{QStringLiteral("force-update"),
                                   QStringLiteral("Overwrite users that already exist.")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"),
                              QStringLiteral("Validate and report what would happen; write nothing.")};
    QCommandLineOption overridePolicy{QStringLiteral("override-password-policy"),
                                      QStringLiteral("Store a password that breaks the password "
                                                 "policy (the override is reported).")};
    QCommandLineOption repair{QStringLiteral("repair"),
                              QStringLiteral("doctor: repair what can be repaired.")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions(all()); }

    QList<QCommandLineOption> all() const
    {
        return {database,
                singleOrganization,
                noSingleOrganization,
                selfHosted,
                noSelfHosted,
                defaultOrgId,
                email,
                orgId,
                password,
                passwordStdin,
                superuser,
                noSuperuser,
                staff,
                noStaff,
                noPassword,
                noInput,
                forceUpdate,
                dryRun,
                overridePolicy,
                repair};
    }
};

// A yes/no flag pair; both given is an error rather than a silent choice.
std::optional<bool> triState(const QCommandLineParser &parser, const QCommandLineOption &yes,
                             const QCommandLineOption &no, QString &problem)
{
    if (parser.isSet(yes) && parser.isSet(no))
        problem = QStringLiteral("--%1 and --%2 contradict each other.")
                      .arg(yes.names().constFirst(), no.names().constFirst());
    if (parser.isSet(yes))
        return true;
    if (parser.isSet(no))
        return false;
    return std::nullopt;
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int listUsers(const Database &database)
{
    const auto flag = [](bool value) {
        return value ? QStringLiteral("true") : QStringLiteral("false");
    };
    UserListing::forEachUser(database, [&](const UserSummary &user) {
        // Escaped: a TAB or newline in an address would break the columns, ESC the terminal.
        out() << user.id << '\t' << DisplayText::visible(user.email) << '\t' << flag(user.superuser)
              << '\t' << flag(user.staff) << '\t' << flag(user.active) << '\t'
              << DisplayText::visible(user.organizations.join(QLatin1Char(','))) << '\n';
    });
    out().flush();
    return 0;
}

// What the database is: where, which engine, which generation of Sentry's tables.
int showInfo(const Database &database)
{
    out() << DisplayText::visible(QStringLiteral("Database: %1").arg(database.displayName())) << '\n';
    if (database.isEmbedded())
        out() << QStringLiteral("Engine: SQLite, the embedded database (schema %1)")
                     .arg(database.schemaVersion())
              << '\n';
    else if (database.kind() == Database::Kind::SQLite)
        out() << QStringLiteral("Engine: SQLite") << '\n';
    else
        out() << QStringLiteral("Engine: PostgreSQL") << '\n';
    out() << QStringLiteral("Layout: %1").arg(database.layout().description()) << '\n';
    out() << QStringLiteral("Longest email: %1 characters").arg(database.limits().emailLength)
          << Qt::endl;
    return 0;
}

// Exit codes: 0 nothing repairable is (left) wrong, 4 repairable findings remain.
constexpr int RepairableFindingsExitCode = 4;

int runDoctor(Database &database, const InstanceSettings &settings, bool repair)
{
    AccountDoctor doctor(database, settings);
    if (repair) {
        doctor.repair([](const AccountFinding &fix) {
            out() << DisplayText::visible(
                         QStringLiteral("Repaired %1: %2").arg(fix.subject, fix.message))
                  << '\n';
        });
    }
    int repairable = 0;
    doctor.check([&](const AccountFinding &finding) {
        if (finding.repairable)
            ++repairable;
        out() << DisplayText::visible(finding.line()) << '\n';
    });
    out().flush();
    return repairable > 0 ? RepairableFindingsExitCode : 0;
}

// Click's prompts, in Sentry's order, for whatever was not given (unless --no-input).
void promptForMissing(CreateUserRequest &request, bool passwordPrompt)
{
    if (request.emails.isEmpty()) {
        if (const auto email = TerminalInput::readLine(QStringLiteral("Email: ")))
            request.emails << *email;
    }
    if (passwordPrompt && request.password.isEmpty() && !request.noPassword) {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const auto first = TerminalInput::readSecret(QStringLiteral("Password: "));
            if (!first)
                break;
            const auto again = TerminalInput::readSecret(QStringLiteral("Repeat for confirmation: "));
            if (again && *first == *again) {
                request.password = *first;
                break;
            }
            err() << QStringLiteral("Error: The two entered values do not match.") << Qt::endl;
        }
    }
    if (!request.superuser)
        request.superuser =
            TerminalInput::confirm(QStringLiteral("Should this user be a superuser?"), false);
}

// `targets` becomes the emails of the request, prompted ones included, for the audit trail.
int createUser(const QCommandLineParser &parser, const Options &options, Database &database,
               InstanceSettings settings, const Secret &passwordArgument, QStringList &targets)
{
    CreateUserRequest request;
    request.emails = parser.values(options.email);
    QString problem;
    request.superuser = triState(parser, options.superuser, options.noSuperuser, problem);
    request.staff = triState(parser, options.staff, options.noStaff, problem);
    if (!problem.isEmpty())
        return fail(problem);
    if (parser.isSet(options.orgId)) {
        request.organizationId = positiveId(parser.value(options.orgId));
        if (!request.organizationId)
            return fail(QStringLiteral("Organization ID not found"));
    }
    request.noPassword = parser.isSet(options.noPassword);
    request.forceUpdate = parser.isSet(options.forceUpdate);
    request.dryRun = parser.isSet(options.dryRun);
    request.overridePasswordPolicy = parser.isSet(options.overridePolicy);
    if (parser.isSet(options.password) && parser.isSet(options.passwordStdin))
        return fail(QStringLiteral("Give --password or --password-stdin, not both."));
    if (parser.isSet(options.noPassword) &&
        (parser.isSet(options.password) || parser.isSet(options.passwordStdin)))
        return fail(QStringLiteral("--no-password contradicts a password given with --password or "
                               "--password-stdin."));
    if (parser.isSet(options.password)) {
        err() << QStringLiteral("Warning: a password on the command line is visible to other local "
                            "users; prefer --password-stdin.")
              << Qt::endl;
        request.password = passwordArgument;
    } else if (parser.isSet(options.passwordStdin)) {
        const std::optional<Secret> password = TerminalInput::readSecret();
        if (!password || password->isEmpty())
            return fail(QStringLiteral("--password-stdin: no password on standard input."));
        request.password = *password;
    }
    if (!parser.isSet(options.noInput))
        promptForMissing(request, !parser.isSet(options.passwordStdin));

    targets = request.emails;
    const std::unique_ptr<UserDirectory> directory = database.userDirectory();
    CreateUserWorkflow workflow(*directory, settings);
    CreateUserObserver observer;
    observer.outcome = [](const Outcome &outcome) {
        if (outcome.isError()) {
            out().flush(); // what came before stays before on a terminal that shows both
            err() << DisplayText::visible(QStringLiteral("Error: %1").arg(outcome.message)) << Qt::endl;
        } else if (outcome.toStandardError()) {
            out().flush();
            err() << DisplayText::visible(QStringLiteral("Note: %1").arg(outcome.message)) << Qt::endl;
        } else {
            out() << DisplayText::visible(outcome.message) << '\n';
        }
    };
    // Standard output goes out once a chunk of users rather than once a line: a flush per line
    // was a system call per outcome, and a chunk takes milliseconds.
    observer.progress = [](int, int) { out().flush(); };
    const CreateUserReport report = workflow.run(request, observer);
    if (request.dryRun && !report.rejected)
        out() << QStringLiteral("Dry run: nothing was written.") << Qt::endl;
    out().flush();
    if (!report.notDone.isEmpty()) {
        // The lines above say which users were done; these go on with the rest.
        QStringList rest;
        for (const QString &email : report.notDone)
            rest << QStringLiteral("--email ") + shellQuoted(email);
        err() << QStringLiteral("Users not done: %1. To go on, run the same command again with "
                            "these emails instead:")
                     .arg(report.notDone.size())
              << Qt::endl
              << DisplayText::visible(rest.join(QLatin1Char(' '))) << Qt::endl;
    }
    return report.exitCode();
}
} // namespace

int runCommandLine(const QStringList &arguments, const Secret &passwordArgument)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Create and list the users of a Sentry installation.\n\nCommands:\n"
                   "  createuser   Create or update users (Sentry's createuser).\n"
                   "  list-users   One user per line: id, email, superuser, staff, active, "
                   "organizations.\n"
                   "  info         The database and the generation of Sentry's tables found.\n"
                   "  doctor       Find accounts a current Sentry does not fully see (exit 4 "
                   "while\n"
                   "               repairable findings remain); --repair repairs them.") +
        AccountCommands::help() + TransferCommands::help() +
        QStringLiteral("\n  audit        The audit trail of the writes, oldest first: when, operator,\n"
                       "               database, action, emails, outcome (--email E, --action A,\n"
                       "               --since YYYY-MM-DD: only some)."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const Options options;
    options.addTo(parser);
    AccountCommands::addOptions(parser);
    TransferCommands::addOptions(parser);
    AuditCommands::addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("createuser, list-users, info, doctor, an account action, import-users "
                       "FILE, export-users or audit"));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(help)) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out() << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    static const QStringList commands =
        QStringList{QStringLiteral("createuser"), QStringLiteral("list-users"),
                    QStringLiteral("info"), QStringLiteral("doctor")} +
        AccountCommands::names() + TransferCommands::names() +
        QStringList{AuditCommands::name()};
    if (!commands.contains(command))
        return fail(
            QStringLiteral("Give one command: createuser, list-users, info, doctor, set-password, "
                           "deactivate, activate, change-email, reset-2fa, add-member, set-role, "
                           "add-team, remove-team, remove-member, import-users FILE or "
                           "export-users, audit (see --help)."));
    if (positional.size() != TransferCommands::positionalCount(command))
        return fail(command == QLatin1String("import-users")
                        ? QStringLiteral("import-users takes one file.")
                        : QStringLiteral("Give one command (see --help)."));
    if (parser.isSet(options.repair) && command != QLatin1String("doctor"))
        return fail(QStringLiteral("--repair belongs to the doctor command."));
    if (const QString misplaced = AccountCommands::misplacedOption(parser, command);
        !misplaced.isEmpty())
        return fail(misplaced);
    if (const QString misplaced = TransferCommands::misplacedOption(parser, command);
        !misplaced.isEmpty())
        return fail(misplaced);
    if (const QString misplaced = AuditCommands::misplacedOption(parser, command);
        !misplaced.isEmpty())
        return fail(misplaced);

    if (parser.isSet(options.database) && parser.value(options.database).trimmed().isEmpty())
        return fail(QStringLiteral("--database takes a file path or a postgresql:// URL."));
    try {
        std::unique_ptr<Database> database = Database::open(parser.value(options.database));
        for (const QString &warning : database->warnings())
            err() << DisplayText::visible(QStringLiteral("Warning: %1").arg(warning)) << Qt::endl;
        if (command == QLatin1String("list-users"))
            return listUsers(*database);
        if (command == QLatin1String("info"))
            return showInfo(*database);
        if (command == QLatin1String("export-users"))
            return TransferCommands::run(parser, command, *database, {}, out(), err());
        if (command == AuditCommands::name())
            return AuditCommands::list(parser, *database, out(), err());

        InstanceSettings settings = database->instanceSettings();
        QString problem;
        settings.singleOrganization =
            triState(parser, options.singleOrganization, options.noSingleOrganization, problem)
                .value_or(settings.singleOrganization);
        settings.selfHosted = triState(parser, options.selfHosted, options.noSelfHosted, problem)
                                  .value_or(settings.selfHosted);
        if (!problem.isEmpty())
            return fail(problem);
        if (parser.isSet(options.defaultOrgId)) {
            settings.defaultOrganizationId = positiveId(parser.value(options.defaultOrgId));
            if (!settings.defaultOrganizationId)
                return fail(QStringLiteral("--default-org-id takes an organization id."));
        }
        // Every command from here on may write: one audit record for the whole run, also when
        // it stopped half-way (a lost connection), since the users before were written.
        QStringList targets = AuditCommands::targetsOf(parser);
        const int exitCode = [&] {
            try {
                if (command == QLatin1String("doctor"))
                    return runDoctor(*database, settings, parser.isSet(options.repair));
                if (AccountCommands::names().contains(command))
                    return AccountCommands::run(parser, command, *database, settings, out(),
                                                err());
                if (TransferCommands::names().contains(command))
                    return TransferCommands::run(parser, command, *database, settings, out(),
                                                 err(), &targets);
                return createUser(parser, options, *database, settings, passwordArgument,
                                  targets);
            } catch (const StorageError &error) {
                return fail(error.message());
            }
        }();
        const QString action = AuditCommands::actionOf(parser, command);
        return action.isEmpty()
                   ? exitCode
                   : AuditCommands::record(*database, action, targets, exitCode, err());
    } catch (const StorageError &error) {
        return fail(error.message());
    }
}

QByteArray takePasswordArgument(int argc, char *argv[])
{
    // Hidden: whatever an operator may have meant as the password, read as one or not. In
    // "--password --password SECRET" the value is "--password", and SECRET a stray argument.
    std::vector<char *> hidden;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--password") == 0 && i + 1 < argc)
            hidden.push_back(argv[i + 1]);
        else if (std::strncmp(argv[i], "--password=", 11) == 0)
            hidden.push_back(argv[i] + 11);
    }
    // The value: the arguments read as QCommandLineParser reads them, so that both take the
    // same one. An option that takes a value takes the next argument, whatever it looks like;
    // after "--" every argument is positional; the last --password wins.
    QSet<QByteArray> takingValues;
    for (const QCommandLineOption &option : Options().all())
        if (!option.valueName().isEmpty())
            for (const QString &name : option.names())
                takingValues.insert(name.toUtf8());
    QByteArray value;
    const auto take = [&value](const char *found) {
        value.fill('\0');
        value = QByteArray(found);
    };
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            break;
        if (!argument.startsWith("--"))
            continue;
        const qsizetype assign = argument.indexOf('=');
        const QByteArrayView name = argument.sliced(2, (assign < 0 ? argument.size() : assign) - 2);
        if (assign >= 0) {
            if (name == "password")
                take(argv[i] + assign + 1);
        } else if (i + 1 < argc && takingValues.contains(name.toByteArray())) {
            ++i;
            if (name == "password")
                take(argv[i]);
        }
    }
    for (char *text : hidden)
        std::memset(text, 'x', std::strlen(text));
    return value;
}
