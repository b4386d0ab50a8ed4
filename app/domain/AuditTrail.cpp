#include "domain/AuditTrail.h"

#include "domain/DisplayText.h"

#include <QSysInfo>
#include <pwd.h>
#include <unistd.h>

QString AuditRecord::currentOperator()
{
    // The account the process runs as, not $USER, which the caller may set to anything.
    const passwd *account = ::getpwuid(::geteuid());
    const QString user =
        account ? QString::fromLocal8Bit(account->pw_name) : QString::number(::geteuid());
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

QString AuditRecord::line() const
{
    // Each field escaped on its own, so that the TABs between them stay columns.
    QStringList fields{when.toUTC().toString(Qt::ISODate), operatorName, database, action,
                       emails.join(QLatin1Char(',')),      outcome};
    for (QString &field : fields)
        field = DisplayText::visible(field);
    return fields.join(QLatin1Char('\t'));
}

bool AuditFilter::matches(const AuditRecord &record) const
{
    if (!email.isEmpty() && !record.emails.contains(email, Qt::CaseInsensitive))
        return false;
    if (!action.isEmpty() && record.action != action)
        return false;
    return !since.isValid() || record.when.toUTC().date() >= since;
}

QString AuditRecord::outcomeOf(const BatchReport &report)
{
    // Data, not a message: English, as the command line's records.
    QString outcome = QStringLiteral("created %1, updated %2, skipped %3, errors %4")
                          .arg(report.created)
                          .arg(report.updated)
                          .arg(report.skipped)
                          .arg(report.errors);
    if (report.rejected)
        outcome += QStringLiteral(", input rejected");
    if (report.cancelled)
        outcome += QStringLiteral(", cancelled");
    return outcome;
}

QStringList AuditRecord::emailsOf(const QList<Outcome> &outcomes)
{
    QStringList emails;
    for (const Outcome &outcome : outcomes)
        if (!outcome.email.isEmpty())
            emails << outcome.email;
    emails.removeDuplicates();
    return emails;
}
