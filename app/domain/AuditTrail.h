#pragma once

#include "domain/BatchWriter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// One write of useradmin, as the audit trail keeps it (issue #11 item 5). It has no field that
// could hold a secret: a password, a hash or a database URL with a password never goes in.
struct AuditRecord
{
    QDateTime when;       // UTC
    QString operatorName; // "user@host": the OS user and the host that made the write
    QString database;     // Database::displayName(), which holds no password
    QString action;       // "createuser", "set-password", "doctor-repair"...
    QStringList emails;   // the target users
    QString outcome;      // a summary: "done", "error", "skipped existing users"...

    // The OS user and host name of this process, as "user@host".
    static QString currentOperator();
    // One line for a terminal or a list: control characters escaped.
    QString line() const;
    // What a batch of the window did, as its record's outcome: "created 3, updated 1, skipped 0,
    // errors 0", with ", cancelled" when it was.
    static QString outcomeOf(const BatchReport &report);
    // The users these outcomes name, each once, in order.
    static QStringList emailsOf(const QList<Outcome> &outcomes);
};

// Which records to read; an empty field matches every record.
struct AuditFilter
{
    QString email; // one of the target emails, compared case-insensitively
    QString action;
    QDate since; // on or after this day (UTC)

    bool matches(const AuditRecord &record) const;
};

// Where the records of one database are kept: appended to, never changed.
class AuditTrail
{
public:
    virtual ~AuditTrail() = default;
    // Throws StorageError when the record cannot be kept.
    virtual void append(const AuditRecord &record) = 0;
    // The matching records, oldest first.
    virtual QList<AuditRecord> read(const AuditFilter &filter) const = 0;
};
