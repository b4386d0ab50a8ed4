#pragma once

#include "domain/InstanceSettings.h"
#include "storage/SentryRows.h"

#include <QCoreApplication>
#include <functional>

class QSqlQuery;

// One statement of a check: SQL whose last placeholder (if any) comes from `userFilter`, the
// bound values before it, and the column that holds the user id, for checks run on one user.
// "{user}" in the SQL stands where " AND <userColumn> = ?" (or " AND <userCondition>") goes for
// one user, nothing for all.
struct CheckStatement
{
    QString sql;
    QList<SentryRows::Param> params;
    QString userColumn;
    // The condition for one user, with its one placeholder, where "<userColumn> = ?" would not
    // use an index.
    QString userCondition = {};

    // The SQL for every user (userId unset) or for one.
    QString forUser(bool oneUser) const;
};

// A consistency check of the accounts: what Sentry's own code keeps in step that a direct SQL
// writer can leave behind (docs/sentry-schema.md, "The account doctor"). Each finds rows with a
// query and, when repairable, fixes them all with set-based statements.
struct AccountCheck
{
    QString key;
    bool repairable = true;
    // Whether a forced update of one user runs this repair for that user.
    bool followsUser = false;
    // Rows: the email first (or an organization's slug), then what `describe` reads.
    CheckStatement find;
    QList<CheckStatement> repairs;
    // The problem and the fix, from a row of `find`.
    std::function<QString(const QSqlQuery &)> describe;
    std::function<QString(const QSqlQuery &)> describeRepair;
};

// The checks that apply to a database of this layout, in the order their repairs must run (a
// wrong mapping is corrected before missing ones are added, say).
class AccountChecks
{
    Q_DECLARE_TR_FUNCTIONS(AccountChecks)

public:
    static QList<AccountCheck> forLayout(const SentryLayout &layout, bool postgres,
                                         const InstanceSettings &settings);
    // The values bound by the checks' statements (the role name, the time, the iterations).
    static SentryRows::Values values(const InstanceSettings &settings, const QVariant &now);
    // Tables whose NOT NULL columns unknown to this project make a repair unwritable.
    static QStringList unwritableColumns(const SentryLayout &layout);
};
