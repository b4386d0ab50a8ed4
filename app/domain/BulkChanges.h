#pragma once

#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

struct BulkUpdateRequest;

// What a bulk update changes for one user, the consequences included: staff follows superuser
// (createuser's rule), the Super Admin link follows superuser, the password is reset.
struct UserChange
{
    UserAccount before;
    UserAccount after;
    bool staffFollowsSuperuser = false; // staff changed only because superuser did
    bool staffCorrected = false;        // staff asked for a user that is no superuser
    std::optional<bool> superAdmin;     // linked (true) or unlinked (false); none: as it was
    bool passwordReset = false;
    bool joinsOrganization = false;

    bool activeSuperuserBefore() const { return before.superuser && before.active; }
    bool activeSuperuserAfter() const { return after.superuser && after.active; }
    // What changes, for the user's log line: "superuser yes→no, staff yes→no, Super Admin
    // removed, password reset"; "nothing changed" when nothing does.
    QString describe() const;
};

// The effective changes of a bulk update over the selected users, counted per field by what
// actually differs: a user who already is what the update asks is not counted.
class BulkChanges
{
    Q_DECLARE_TR_FUNCTIONS(BulkChanges)

public:
    // A change from no to yes, and from yes to no.
    struct Flips
    {
        qint64 toYes = 0;
        qint64 toNo = 0;
    };

    // What the request changes for a user in this state, on this instance.
    static UserChange of(const AccountState &state, const BulkUpdateRequest &request,
                         const InstanceSettings &settings);
    // Reads the selected users and the instance's active superusers, and counts the changes.
    // Throws StorageError. Stops early (cancelled) when `cancelRequested` says so.
    static BulkChanges read(UserDirectory &directory, const BulkUpdateRequest &request,
                            const InstanceSettings &settings,
                            const std::function<bool()> &cancelRequested = {});

    void add(const UserChange &change);

    qint64 users = 0;   // found
    qint64 missing = 0; // selected, but no longer there
    qint64 unchanged = 0;
    Flips superuser;
    Flips staff; // all of them, those that follow superuser included
    Flips staffWithSuperuser;
    qint64 staffCorrected = 0;
    Flips active;
    Flips superAdmin; // linked, unlinked
    qint64 passwordReset = 0;
    qint64 joinOrganization = 0;
    qint64 activeSuperusersBefore = 0; // on the whole instance
    qint64 activeSuperusersAfter = 0;
    bool cancelled = false;

    // The update removes or deactivates the last active superuser: nobody could open Sentry's
    // admin afterwards.
    bool removesLastActiveSuperuser() const
    {
        return activeSuperusersBefore > 0 && activeSuperusersAfter <= 0;
    }
};
