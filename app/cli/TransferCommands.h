#pragma once

#include <QStringList>

class Database;
class QCommandLineParser;
class QTextStream;
struct InstanceSettings;

// useradmin-cli's CSV import and export (issue #11): `import-users FILE [--dry-run]
// [--generate-passwords --credentials-out FILE]` and `export-users [--search PREFIX]`. The
// format is UserImport's. Import checks every row before it writes: exit 1 and one line per
// invalid row on standard error (`line N: email: reason`), nothing written; then one line per
// user as createuser prints them, exit codes as createuser's.
namespace TransferCommands {
const QStringList &names();
// Their own options: --generate-passwords, --credentials-out, --search (--dry-run is
// createuser's).
void addOptions(QCommandLineParser &parser);
QString help();
// How many positional arguments the command takes (the command's name included).
qsizetype positionalCount(const QString &command);
// Why an option of these commands does not belong to `command`; empty when all is well.
QString misplacedOption(const QCommandLineParser &parser, const QString &command);
// `targets`, when given, becomes the emails of the imported file, for the audit trail.
int run(const QCommandLineParser &parser, const QString &command, Database &database,
        const InstanceSettings &settings, QTextStream &out, QTextStream &err,
        QStringList *targets = nullptr);
} // namespace TransferCommands
