#pragma once

#include "domain/UserDirectory.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

// What an account action reads of a user.
struct StoredAccount
{
    qint64 id = 0;
    QString username;
    QString email;
    bool active = true;
    bool superuser = false;
    QString name; // first_name, Sentry's display name
    bool staff = false;

    // The values an operator sees of a user: all but the username.
    UserAccount shown() const { return {email, superuser, staff, active, name}; }
};

// A user's membership of an organization, as a membership action reads it.
struct StoredMembership
{
    qint64 id = 0; // sentry_organizationmember.id
    QString role;
    QList<Team> teams; // lowest id first
};

// The Sentry tables as the account actions see them. Implemented on Qt SQL by SqlAccountStore.
// Every call throws StorageError on failure. Each user's writes happen between begin() and
// commit(); the reads that decide them are made inside that same transaction.
class AccountStore
{
public:
    virtual ~AccountStore() = default;

    virtual DirectoryLimits limits() const = 0;
    // Said once after a run that changed users (what Sentry may still show from its caches).
    virtual QString notice() const { return {}; }
    // Whether the database has Sentry's two-factor table (auth_authenticator).
    virtual bool hasAuthenticators() const = 0;

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;

    // Sentry's login look-up: the users whose username is `name` but for letter case; when there
    // is none, those whose email is. Ordered by id.
    virtual QList<StoredAccount> findByLogin(const QString &name) = 0;
    virtual std::optional<StoredAccount> account(qint64 userId) = 0;
    // The same, locked against other writers until the end of the transaction.
    virtual std::optional<StoredAccount> lockAccount(qint64 userId) = 0;
    // The number of active superusers other than this user; every active superuser stays locked
    // until the end of the transaction, so that two operators cannot each deactivate one of the
    // last two.
    virtual int otherActiveSuperusers(qint64 userId) = 0;

    virtual void setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now) = 0;
    virtual void setActive(qint64 userId, bool active) = 0;
    // Signs the user out of every Sentry session (a new session nonce), where the column exists.
    virtual void endSessions(qint64 userId) = 0;
    // Whether a user other than this one has the address as username or email, letter case
    // aside (Sentry's own check before it changes a primary address).
    virtual bool addressTaken(const QString &email, qint64 exceptUserId) = 0;
    // The new address on the user (and as username where that was the old address), the
    // useremail row of the old address replaced by an unverified one of the new address.
    virtual void changeEmail(qint64 userId, const QString &oldEmail, const QString &newEmail,
                             const QDateTime &now) = 0;
    // The type ids of the user's two-factor methods (auth_authenticator.type), lowest first.
    virtual QList<int> authenticatorTypes(qint64 userId) = 0;
    virtual void removeAuthenticators(qint64 userId) = 0;

    // Memberships. The organization named by slug, or by id when the text is a number.
    virtual std::optional<Organization> organization(const QString &slugOrId) = 0;
    // The teams with this slug, in every organization, lowest id first.
    virtual QList<Team> teamsWithSlug(const QString &slug) = 0;
    // The user's membership of the organization with its teams; none when not a member.
    virtual std::optional<StoredMembership> membership(qint64 organizationId, qint64 userId) = 0;
    // The ids of the organization's owner members whose user is active (those Sentry counts
    // when it keeps the last owner), all of its owner members locked in id order until the end
    // of the transaction, so that two operators cannot each remove one of the last two.
    virtual QList<qint64> lockActiveOwners(qint64 organizationId) = 0;
    // A new member with its member mapping, as createuser adds one; its id.
    virtual qint64 addMember(qint64 organizationId, qint64 userId, const QString &role,
                             const QDateTime &now) = 0;
    // A team membership with its replica.
    virtual void addTeamMember(qint64 memberId, qint64 teamId) = 0;
    // The member's role; its mapping follows with followUser().
    virtual void setRole(qint64 memberId, const QString &role) = 0;
    // A team membership with its replica.
    virtual void removeTeamMember(qint64 memberId, qint64 teamId) = 0;
    // The member with what Sentry deletes with it (its team memberships with their replicas,
    // its team access requests); its mapping goes with followUser().
    virtual void removeMember(qint64 memberId) = 0;

    // Brings in line what Sentry keeps in step with the user and invalidates its caches of it
    // (UserDirectory::followUser).
    virtual void followUser(qint64 userId) = 0;
};
