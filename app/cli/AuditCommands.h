#pragma once

#include <QString>
#include <QStringList>

class Database;
class QCommandLineParser;
class QTextStream;

// The audit trail on the command line (issue #11 item 5): every command that writes appends one
// record (AuditTrails: the embedded database's table, or a journal file), and `audit [--email E]
// [--action A] [--since YYYY-MM-DD]` prints the records, oldest first, one a line.
namespace AuditCommands {
const QString &name();
// Its own options: --since and --action (--email is createuser's).
void addOptions(QCommandLineParser &parser);
// Why an option of this command does not belong to `command`; empty when all is well.
QString misplacedOption(const QCommandLineParser &parser, const QString &command);
int list(const QCommandLineParser &parser, const Database &database, QTextStream &out,
         QTextStream &err);

// The action `command` writes as, for the trail ("force-update", "doctor-repair"...); empty
// when it writes nothing (a listing, a dry run, the doctor without --repair).
QString actionOf(const QCommandLineParser &parser, const QString &command);
// The emails a command names: --email, and change-email's --to.
QStringList targetsOf(const QCommandLineParser &parser);
// Appends the record of a command that ran, with its target emails and exit code. Returns the
// exit code to end with: 1 when the record could not be kept (the error on `err`).
int record(const Database &database, const QString &action, const QStringList &emails, int exitCode,
           QTextStream &err);
} // namespace AuditCommands
