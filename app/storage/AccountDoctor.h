#pragma once

#include "domain/InstanceSettings.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class Database;

// One thing the account doctor found, or repaired.
struct AccountFinding
{
    QString check;          // the check's key, e.g. "missing-mapping"
    QString subject;        // the user's email (an organization's slug for organization notes)
    QString message;        // what is wrong, or what was repaired; translated
    bool repairable = true; // false: a note, nothing to repair

    // "<email>: <what is wrong>", as the command line prints it.
    QString line() const;
};

// Finds what Sentry's own code would have kept in step for each account and a direct SQL writer
// (an older useradmin, a script) left behind: member mappings, the members' copies of their
// user, useremail rows, team-membership replicas, the Super Admin links. Every check is one
// query; every repair is set-based SQL in its own transaction (docs/sentry-schema.md, "The
// account doctor"). Runs on the connection of the given database, on the caller's thread.
class AccountDoctor
{
    Q_DECLARE_TR_FUNCTIONS(AccountDoctor)

public:
    using Report = std::function<void(const AccountFinding &)>;
    using Cancelled = std::function<bool()>;

    AccountDoctor(Database &database, const InstanceSettings &settings);

    // Reports every finding, notes included. False when cancelled before the end.
    bool check(const Report &found, const Cancelled &cancelled = {});
    // Repairs every repairable finding, one check a transaction, and reports each fix. False
    // when cancelled (the checks repaired by then stay repaired). Throws StorageError, with
    // nothing of the failing check written.
    bool repair(const Report &repaired, const Cancelled &cancelled = {});

private:
    Database &m_database;
    InstanceSettings m_settings;
};
