#pragma once

#include "crypto/Secret.h"
#include "domain/BulkChanges.h"
#include "domain/CreateUserRequest.h"
#include "domain/CreateUserWorkflow.h"
#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "domain/UserDirectory.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

// What a bulk force-update changes for existing users; every part is optional.
struct BulkUpdateRequest
{
    QList<qint64> userIds;
    std::optional<bool> superuser; // absent: leave as it is
    // Absent: leave as it is, except that it follows superuser when that changes (as createuser
    // does). Staff only with superuser: asking staff for a non-superuser is corrected to false.
    std::optional<bool> staff;
    std::optional<bool> active;
    Secret password; // empty: leave the password
    bool overridePasswordPolicy = false;
    std::optional<qint64> organizationId; // join this organization; members are left alone
    TeamChoice team;                      // with organizationId
    // The values the operator saw of some of the users, by id (the window's loaded rows). Such a
    // user is read again inside its transaction and refused when it no longer shows them:
    // Sentry has no version column, and the confirmation was about these values.
    QHash<qint64, UserAccount> seen;

    bool changesSomething() const
    {
        return superuser || staff || active || !password.isEmpty() || organizationId;
    }
};

struct BulkUpdateReport : BatchReport
{
    // The ids of the users in notDone, in the same order: the request is by ids, so going on
    // after a lost connection is the same request with just these.
    QList<qint64> notDoneUserIds;
};
using BulkUpdateObserver = BatchObserver;

// Force-updates existing users with the rules and transactions of createuser: the password
// checked against the policy for every email (unless overridden, which is reported), hashed in
// parallel outside any transaction; each user all or nothing inside short transactions (the
// BatchWriter's: a savepoint per user only when a transaction is replayed after a failure); the
// Super Admin link added or removed with superuser; Cancel between users.
class BulkUpdateWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(BulkUpdateWorkflow)

public:
    BulkUpdateWorkflow(UserDirectory &directory, const InstanceSettings &settings);

    // The password's problems for these emails; none without a password or with the override.
    // run() checks every selected email; a dialog may check a sample while typing.
    static QList<InputProblem> validatePassword(const Secret &password, bool overridePolicy,
                                                const QStringList &emails);

    // What the request would change for its users, consequences included, read before asking
    // the operator to confirm; off the GUI thread, as it reads every selected user. Throws
    // StorageError.
    BulkChanges preview(const BulkUpdateRequest &request,
                        const std::function<bool()> &cancelled = {});

    // Writes the request; each updated user's outcome says what changed for it.
    BulkUpdateReport run(const BulkUpdateRequest &request, const BulkUpdateObserver &observer = {});

    // Users written per transaction when no password is hashed; each user stays its own unit.
    // 0 (the default): as many as keep a transaction short (BatchWriter::setChunkSize).
    void setChunkSize(int users) { m_chunkSize = qMax(0, users); }
    // Users per transaction while hashing; 0 (the default): one per core.
    void setHashingChunkSize(int users) { m_hashingChunkSize = qMax(0, users); }

private:
    UserDirectory &m_directory;
    InstanceSettings m_settings;
    int m_chunkSize = 0;
    int m_hashingChunkSize = 0;
};
