#pragma once

#include <QString>
#include <QStringList>

class Database;
class QCommandLineParser;
class QTextStream;
struct InstanceSettings;

// useradmin-cli's account actions on existing users: set-password, deactivate, activate,
// change-email, reset-2fa and the membership commands add-member, set-role, add-team,
// remove-team and remove-member (issue #11). Each user is one transaction and one line on standard
// output naming what changed; errors go to standard error. Exit codes as createuser's: 0 done
// (users already as asked included), 1 error (nothing is written while a user cannot be found
// or the input is invalid).
namespace AccountCommands {
const QStringList &names();
// Their own options: --generate, --to, --allow-no-superuser, --organization, --role, --team.
// --email, --password-stdin and
// --override-password-policy are createuser's, registered by the caller.
void addOptions(QCommandLineParser &parser);
// The commands' lines of the program's help.
QString help();
// Why an option of these commands does not belong to `command`; empty when all is well.
QString misplacedOption(const QCommandLineParser &parser, const QString &command);
int run(const QCommandLineParser &parser, const QString &command, Database &database,
        const InstanceSettings &settings, QTextStream &out, QTextStream &err);
} // namespace AccountCommands
