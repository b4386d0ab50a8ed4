#include "cli/AuditCommands.h"

#include "cli/AccountCommands.h"
#include "domain/DisplayText.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace {
const QString audit = QStringLiteral("audit");
const QString sinceOption = QStringLiteral("since");
const QString actionOption = QStringLiteral("action");

QString outcomeOf(int exitCode)
{
    switch (exitCode) {
    case 0:
        return QStringLiteral("done");
    case 3:
        return QStringLiteral("done, existing users skipped");
    case 4:
        return QStringLiteral("done, repairable findings remain");
    default:
        return QStringLiteral("error (exit code %1)").arg(exitCode);
    }
}
} // namespace

const QString &AuditCommands::name()
{
    return audit;
}

void AuditCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {sinceOption, QStringLiteral("audit: only records of this day (UTC) or later."),
         QStringLiteral("YYYY-MM-DD")},
        {actionOption, QStringLiteral("audit: only records of this action."),
         QStringLiteral("ACTION")},
    });
}

QString AuditCommands::misplacedOption(const QCommandLineParser &parser, const QString &command)
{
    for (const QString &option : {sinceOption, actionOption})
        if (parser.isSet(option) && command != audit)
            return QStringLiteral("--%1 belongs to the audit command.").arg(option);
    return {};
}

int AuditCommands::list(const QCommandLineParser &parser, const Database &database,
                        QTextStream &out, QTextStream &err)
{
    AuditFilter filter;
    filter.email = parser.value(QStringLiteral("email"));
    filter.action = parser.value(actionOption);
    if (parser.isSet(sinceOption)) {
        filter.since = QDate::fromString(parser.value(sinceOption), Qt::ISODate);
        if (!filter.since.isValid()) {
            err << QStringLiteral("Error: --since takes a date as YYYY-MM-DD.") << Qt::endl;
            return 1;
        }
    }
    for (const AuditRecord &record : AuditTrails::forDatabase(database)->read(filter))
        out << record.line() << '\n';
    out.flush();
    return 0;
}

QString AuditCommands::actionOf(const QCommandLineParser &parser, const QString &command)
{
    if (parser.isSet(QStringLiteral("dry-run")))
        return {};
    if (command == QLatin1String("createuser"))
        return parser.isSet(QStringLiteral("force-update")) ? QStringLiteral("force-update")
                                                            : command;
    if (command == QLatin1String("doctor"))
        return parser.isSet(QStringLiteral("repair")) ? QStringLiteral("doctor-repair") : QString();
    if (command == QLatin1String("import-users") || AccountCommands::names().contains(command))
        return command;
    return {};
}

QStringList AuditCommands::targetsOf(const QCommandLineParser &parser)
{
    QStringList emails = parser.values(QStringLiteral("email"));
    if (parser.isSet(QStringLiteral("to")))
        emails << parser.value(QStringLiteral("to"));
    return emails;
}

int AuditCommands::record(const Database &database, const QString &action,
                          const QStringList &emails, int exitCode, QTextStream &err)
{
    try {
        AuditTrails::record(database, action, emails, outcomeOf(exitCode));
    } catch (const StorageError &error) {
        err << DisplayText::visible(
                   QStringLiteral("Error: %1 (the changes above were made).").arg(error.message()))
            << Qt::endl;
        return 1;
    }
    return exitCode;
}
