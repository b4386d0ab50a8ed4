#include "cli/AccountCommands.h"

#include "cli/TerminalInput.h"
#include "domain/AccountActions.h"
#include "domain/DisplayText.h"
#include "storage/SqlAccountStore.h"

#include <QCommandLineParser>
#include <QTextStream>
#include <cstdio>

namespace {
const QString setPassword = AccountActions::commandName(AccountAction::SetPassword);
const QString deactivate = AccountActions::commandName(AccountAction::Deactivate);
const QString changeEmail = AccountActions::commandName(AccountAction::ChangeEmail);
const QString addMember = AccountActions::commandName(AccountAction::JoinOrganization);
const QString setRole = AccountActions::commandName(AccountAction::ChangeRole);
const QString addTeam = AccountActions::commandName(AccountAction::AddTeams);
const QString removeTeam = AccountActions::commandName(AccountAction::RemoveTeams);
const QString removeMember = AccountActions::commandName(AccountAction::LeaveOrganization);
const QStringList membershipCommands{addMember, setRole, addTeam, removeTeam, removeMember};

const QString generateOption = QStringLiteral("generate");
const QString toOption = QStringLiteral("to");
const QString allowNoSuperuserOption = QStringLiteral("allow-no-superuser");
const QString organizationOption = QStringLiteral("organization");
const QString roleOption = QStringLiteral("role");
const QString teamOption = QStringLiteral("team");

// Each option of these commands, with the commands it belongs to.
const QList<std::pair<QString, QStringList>> &ownOptions()
{
    static const QList<std::pair<QString, QStringList>> options{
        {generateOption, {setPassword}},        {toOption, {changeEmail}},
        {allowNoSuperuserOption, {deactivate}}, {organizationOption, membershipCommands},
        {roleOption, {addMember, setRole}},     {teamOption, {addMember, addTeam, removeTeam}},
    };
    return options;
}

const QList<AccountAction> &actions()
{
    static const QList<AccountAction> all{
        AccountAction::SetPassword,    AccountAction::Deactivate,
        AccountAction::Activate,       AccountAction::ChangeEmail,
        AccountAction::ResetTwoFactor, AccountAction::JoinOrganization,
        AccountAction::ChangeRole,     AccountAction::AddTeams,
        AccountAction::RemoveTeams,    AccountAction::LeaveOrganization};
    return all;
}

AccountAction actionOf(const QString &command)
{
    for (const AccountAction action : actions())
        if (AccountActions::commandName(action) == command)
            return action;
    return AccountAction::ResetTwoFactor;
}

// "A, B and C", for the commands an option belongs to.
QString listed(QStringList names)
{
    const QString last = names.takeLast();
    return names.isEmpty()
               ? last
               : QStringLiteral("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

// Written from secure memory straight to standard output, with nothing else there.
void printPassword(const Secret &password, QTextStream &out)
{
    out.flush();
    const QByteArrayView bytes = password.utf8();
    std::fwrite(bytes.data(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}
} // namespace

const QStringList &AccountCommands::names()
{
    static const QStringList commands = [] {
        QStringList names;
        for (const AccountAction action : actions())
            names << AccountActions::commandName(action);
        return names;
    }();
    return commands;
}

void AccountCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {generateOption, QStringLiteral("set-password: generate a password and print it once.")},
        {toOption, QStringLiteral("change-email: the new address."), QStringLiteral("EMAIL")},
        {allowNoSuperuserOption,
         QStringLiteral("deactivate: may deactivate the last active superuser.")},
        {organizationOption, QStringLiteral("Membership commands: the organization (slug or id)."),
         QStringLiteral("ORG")},
        {roleOption,
         QStringLiteral("add-member, set-role: the organization role (member, admin, manager, "
                        "owner, billing)."),
         QStringLiteral("ROLE")},
        {teamOption, QStringLiteral("add-member, add-team, remove-team: a team (repeatable)."),
         QStringLiteral("SLUG")},
    });
}

QString AccountCommands::help()
{
    return QStringLiteral(
        "\n  set-password Set a user's password from standard input (--password-stdin) or\n"
        "               generate one (--generate, printed once on standard output).\n"
        "  deactivate   Deactivate users (refused for the last active superuser unless\n"
        "               --allow-no-superuser); activate reactivates them.\n"
        "  change-email Change a user's address: --email OLD --to NEW.\n"
        "  reset-2fa    Remove users' two-factor methods (recovery codes included).\n"
        "  add-member   Add users to an organization: --organization ORG [--role ROLE]\n"
        "               [--team SLUG]... (role member unless given).\n"
        "  set-role     Change users' role in an organization: --organization ORG --role ROLE.\n"
        "  add-team     Add members of an organization to teams: --organization ORG\n"
        "               --team SLUG...; remove-team removes them from those teams.\n"
        "  remove-member\n"
        "               Remove users from an organization: --organization ORG (refused for\n"
        "               its only remaining owner, as Sentry refuses it).");
}

QString AccountCommands::misplacedOption(const QCommandLineParser &parser, const QString &command)
{
    for (const auto &[option, owners] : ownOptions())
        if (parser.isSet(option) && !owners.contains(command))
            return QStringLiteral("--%1 belongs to the %2 command%3.")
                .arg(option, listed(owners), owners.size() > 1 ? QStringLiteral("s") : QString());
    return {};
}

int AccountCommands::run(const QCommandLineParser &parser, const QString &command,
                         Database &database, const InstanceSettings &settings, QTextStream &out,
                         QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << DisplayText::visible(QStringLiteral("Error: %1").arg(message)) << Qt::endl;
        return 1;
    };
    AccountActionRequest request;
    request.action = actionOf(command);
    request.emails = parser.values(QStringLiteral("email"));
    request.allowNoSuperuser = parser.isSet(allowNoSuperuserOption);
    request.overridePasswordPolicy = parser.isSet(QStringLiteral("override-password-policy"));
    request.newEmail = parser.value(toOption);
    request.generatePassword = parser.isSet(generateOption);
    request.organization = parser.value(organizationOption);
    request.role = parser.value(roleOption);
    request.teams = parser.values(teamOption);
    const bool fromStandardInput = parser.isSet(QStringLiteral("password-stdin"));
    if (request.action != AccountAction::SetPassword &&
        (fromStandardInput || parser.isSet(QStringLiteral("password"))))
        return fail(QStringLiteral("%1 takes no password.").arg(command));
    if (request.action == AccountAction::SetPassword) {
        if (parser.isSet(QStringLiteral("password")))
            return fail(QStringLiteral("set-password never takes the password from the command "
                                       "line: give --password-stdin or --generate."));
        if (fromStandardInput == request.generatePassword)
            return fail(QStringLiteral("Give --password-stdin or --generate."));
        if (request.generatePassword && request.emails.size() != 1)
            return fail(QStringLiteral("--generate sets the password of one user at a time."));
        if (fromStandardInput) {
            const std::optional<Secret> password = TerminalInput::readSecret();
            if (!password || password->isEmpty())
                return fail(QStringLiteral("--password-stdin: no password on standard input."));
            request.password = *password;
        }
    }
    if (request.action == AccountAction::ChangeEmail &&
        (!parser.isSet(toOption) || request.emails.size() != 1))
        return fail(
            QStringLiteral("change-email takes one --email and the new address with --to."));
    if (membershipCommands.contains(command) && !parser.isSet(organizationOption))
        return fail(QStringLiteral("%1 takes the organization with --organization.").arg(command));
    if (request.action == AccountAction::ChangeRole && !parser.isSet(roleOption))
        return fail(QStringLiteral("set-role takes the new role with --role."));
    if ((request.action == AccountAction::AddTeams ||
         request.action == AccountAction::RemoveTeams) &&
        request.teams.isEmpty())
        return fail(QStringLiteral("%1 takes the teams with --team.").arg(command));

    // With --generate, standard output holds the password and nothing else.
    QTextStream &lines = request.generatePassword ? err : out;
    AccountActionObserver observer;
    observer.outcome = [&](const Outcome &outcome) {
        if (outcome.isError())
            err << DisplayText::visible(QStringLiteral("Error: %1").arg(outcome.message))
                << Qt::endl;
        else if (outcome.toStandardError())
            err << DisplayText::visible(QStringLiteral("Note: %1").arg(outcome.message))
                << Qt::endl;
        else
            lines << DisplayText::visible(outcome.message) << Qt::endl;
    };
    observer.passwordGenerated = [&out](const QString &, const Secret &password) {
        printPassword(password, out);
    };
    const std::unique_ptr<AccountStore> store = SqlAccountStore::create(database);
    const AccountActionReport report = AccountActions(*store, settings).run(request, observer);
    if (report.lastSuperuserKept)
        err << QStringLiteral("To deactivate the last active superuser anyway, add "
                              "--allow-no-superuser.")
            << Qt::endl;
    return report.exitCode();
}
