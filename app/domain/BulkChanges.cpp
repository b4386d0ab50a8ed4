#include "domain/BulkChanges.h"

#include "domain/AccountWrites.h"
#include "domain/BulkUpdateWorkflow.h"

namespace {
QString yesNo(bool value)
{
    return value ? BulkChanges::tr("yes") : BulkChanges::tr("no");
}

QString flip(const QString &field, bool before, bool after)
{
    return BulkChanges::tr("%1 %2→%3").arg(field, yesNo(before), yesNo(after));
}

void count(BulkChanges::Flips &flips, bool before, bool after)
{
    if (before != after)
        ++(after ? flips.toYes : flips.toNo);
}
} // namespace

QString UserChange::describe() const
{
    QStringList parts;
    if (before.superuser != after.superuser)
        parts << flip(BulkChanges::tr("superuser"), before.superuser, after.superuser);
    if (before.staff != after.staff)
        parts << flip(BulkChanges::tr("staff"), before.staff, after.staff);
    if (before.active != after.active)
        parts << flip(BulkChanges::tr("active"), before.active, after.active);
    if (superAdmin)
        parts << (*superAdmin ? BulkChanges::tr("Super Admin added")
                              : BulkChanges::tr("Super Admin removed"));
    if (passwordReset)
        parts << BulkChanges::tr("password reset");
    if (parts.isEmpty())
        return BulkChanges::tr("nothing changed");
    return parts.join(BulkChanges::tr(", "));
}

UserChange BulkChanges::of(const AccountState &state, const BulkUpdateRequest &request,
                           const InstanceSettings &settings)
{
    UserChange change;
    change.before = state.account;
    change.after = state.account;
    UserAccount &after = change.after;
    after.superuser = request.superuser.value_or(state.account.superuser);
    // Staff not asked for follows superuser when that is asked for, as createuser does.
    after.staff = request.staff.value_or(request.superuser ? after.superuser : state.account.staff);
    if (after.staff && !after.superuser && request.staff) {
        after.staff = false;
        change.staffCorrected = true;
    }
    change.staffFollowsSuperuser = !request.staff && after.staff != state.account.staff;
    after.active = request.active.value_or(state.account.active);
    if (request.superuser) {
        if (!after.superuser && state.holdsRole)
            change.superAdmin = false;
        else if (after.superuser && !state.holdsRole &&
                 (settings.selfHosted || settings.singleOrganization))
            change.superAdmin = true;
    }
    change.passwordReset = !request.password.isEmpty();
    change.joinsOrganization = request.organizationId && !state.member;
    return change;
}

void BulkChanges::add(const UserChange &change)
{
    ++users;
    count(superuser, change.before.superuser, change.after.superuser);
    count(staff, change.before.staff, change.after.staff);
    if (change.staffFollowsSuperuser)
        count(staffWithSuperuser, change.before.staff, change.after.staff);
    staffCorrected += change.staffCorrected ? 1 : 0;
    count(active, change.before.active, change.after.active);
    if (change.superAdmin)
        ++(*change.superAdmin ? superAdmin.toYes : superAdmin.toNo);
    passwordReset += change.passwordReset ? 1 : 0;
    joinOrganization += change.joinsOrganization ? 1 : 0;
    if (change.before == change.after && !change.superAdmin && !change.passwordReset &&
        !change.joinsOrganization)
        ++unchanged;
    activeSuperusersAfter += int(change.activeSuperuserAfter()) -
                             int(change.activeSuperuserBefore());
}

BulkChanges BulkChanges::read(UserDirectory &directory, const BulkUpdateRequest &request,
                              const InstanceSettings &settings,
                              const std::function<bool()> &cancelRequested)
{
    BulkChanges changes;
    changes.activeSuperusersBefore = directory.activeSuperuserCount();
    changes.activeSuperusersAfter = changes.activeSuperusersBefore;
    for (const qint64 id : request.userIds) {
        if (cancelRequested && cancelRequested()) {
            changes.cancelled = true;
            break;
        }
        const std::optional<AccountState> state =
            directory.accountState(id, AccountWrites::superAdminRole, request.organizationId);
        if (state)
            changes.add(of(*state, request, settings));
        else
            ++changes.missing;
    }
    return changes;
}
