#pragma once

#include "crypto/Secret.h"
#include "domain/AccountStore.h"
#include "domain/BatchWriter.h"
#include "domain/InstanceSettings.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

// An action on existing accounts (issue #11, "Account actions"), memberships included.
enum class AccountAction
{
    SetPassword,
    Deactivate,
    Activate,
    ChangeEmail,
    ResetTwoFactor,
    JoinOrganization,
    ChangeRole,
    AddTeams,
    RemoveTeams,
    LeaveOrganization,
};

struct AccountActionRequest
{
    AccountAction action = AccountAction::Deactivate;
    // The users: by the name they sign in with (Sentry's login look-up), and/or by id.
    QStringList emails;
    QList<qint64> userIds;
    // SetPassword: the typed password, the same for every user; or one generated per user.
    Secret password;
    bool generatePassword = false;
    bool overridePasswordPolicy = false;
    // ChangeEmail (one user): the new address.
    QString newEmail;
    // Membership actions: the organization (slug, or id in decimal), the organization role
    // (JoinOrganization, ChangeRole) and the teams by slug (JoinOrganization, AddTeams,
    // RemoveTeams).
    QString organization;
    QString role;
    QStringList teams;
    // Deactivate: the last active superuser may be deactivated too.
    bool allowNoSuperuser = false;
    // The values the operator saw of some of the users, by id (the window's loaded rows). Sentry
    // has no version column: a user whose row no longer shows these values was changed by
    // someone else since, and is refused rather than changed blindly.
    QHash<qint64, UserAccount> seen;
};

struct AccountActionReport : BatchReport
{
    // A user was left active because it is the last active superuser.
    bool lastSuperuserKept = false;
};

struct AccountActionObserver : BatchObserver
{
    // SetPassword with generatePassword: the user's new password, once, after its commit. It is
    // the caller's to show once; it is in no outcome.
    std::function<void(const QString &email, const Secret &password)> passwordGenerated;
};

// Runs an account action on one or many users: everything is checked before anything is
// written (unknown users, the password policy, the new address), then each user is one
// transaction, all or nothing, reported by one outcome naming what changed. Sentry's copies and
// caches of the user follow (UserDirectory::followUser). Cancel acts between users; progress is
// reported after each. Runs on the caller's thread (a background controller's, in the window).
// The membership actions write what Sentry's member endpoints leave (docs/sentry-schema.md
// section 8), mapping and replica rows included, and keep an organization's last owner as
// Sentry does.
class AccountActions
{
    Q_DECLARE_TR_FUNCTIONS(AccountActions)

public:
    // Characters of a generated password: about 143 bits from [A-Za-z0-9].
    static constexpr int GeneratedPasswordLength = 24;

    AccountActions(AccountStore &store, const InstanceSettings &settings);

    AccountActionReport run(const AccountActionRequest &request,
                            const AccountActionObserver &observer = {});

    // The action's command on the command line, which is also its name in the audit trail.
    static QString commandName(AccountAction action);
    // Whether the action adds, changes or removes organization or team memberships.
    static bool changesMemberships(AccountAction action);
    // The parts of a membership action beside the organization: a role (JoinOrganization,
    // ChangeRole), teams (JoinOrganization, AddTeams, RemoveTeams).
    static bool takesRole(AccountAction action);
    static bool takesTeams(AccountAction action);
    // Sentry's name of a two-factor method (its interface id: "totp", "recovery"...) by the type
    // stored in auth_authenticator.
    static QString twoFactorMethodName(int type);
    // Two-factor method types in the order Sentry lists them: the recovery codes last.
    static QList<int> inSentryOrder(QList<int> types);
    // A new password for the user with this email: random, and passing Sentry's policy.
    static Secret generatePassword(const QString &email);

private:
    AccountStore &m_store;
    InstanceSettings m_settings;
};
