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
const QString activate = AccountActions::commandName(AccountAction::Activate);
const QString changeEmail = AccountActions::commandName(AccountAction::ChangeEmail);
const QString resetTwoFactor = AccountActions::commandName(AccountAction::ResetTwoFactor);

const QString generateOption = QStringLiteral("generate");
const QString toOption = QStringLiteral("to");
const QString allowNoSuperuserOption = QStringLiteral("allow-no-superuser");

// Each option of these commands, with the one command it belongs to.
const QList<std::pair<QString, QString>> &ownOptions()
{
    static const QList<std::pair<QString, QString>> options{
        {generateOption, setPassword},
        {toOption, changeEmail},
        {allowNoSuperuserOption, deactivate},
    };
    return options;
}

AccountAction actionOf(const QString &command)
{
    if (command == setPassword)
        return AccountAction::SetPassword;
    if (command == deactivate)
        return AccountAction::Deactivate;
    if (command == activate)
        return AccountAction::Activate;
    if (command == changeEmail)
        return AccountAction::ChangeEmail;
    return AccountAction::ResetTwoFactor;
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
    static const QStringList commands{setPassword, deactivate, activate, changeEmail,
                                      resetTwoFactor};
    return commands;
}

void AccountCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {generateOption, QStringLiteral("set-password: generate a password and print it once.")},
        {toOption, QStringLiteral("change-email: the new address."), QStringLiteral("EMAIL")},
        {allowNoSuperuserOption,
         QStringLiteral("deactivate: may deactivate the last active superuser.")},
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
        "  reset-2fa    Remove users' two-factor methods (recovery codes included).");
}

QString AccountCommands::misplacedOption(const QCommandLineParser &parser, const QString &command)
{
    for (const auto &[option, owner] : ownOptions())
        if (parser.isSet(option) && command != owner)
            return QStringLiteral("--%1 belongs to the %2 command.").arg(option, owner);
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
