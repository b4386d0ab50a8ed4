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
