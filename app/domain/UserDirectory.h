#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <stdexcept>

struct Organization
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString defaultRole;
    int status = 0; // 0 active
};

struct Team
{
    qint64 id = 0;
    qint64 organizationId = 0;
    QString name;
    QString slug;
};

// The account fields createuser writes.
struct UserAccount
{
    QString email; // also the username
    bool superuser = false;
    bool staff = false;
    bool active = true;
    QString name; // Sentry's name (auth_user.first_name): written when the user is created

    bool operator==(const UserAccount &) const = default;
};

// An existing user as a bulk update finds it, with what decides the consequences of a change.
struct AccountState
{
    UserAccount account;
    bool holdsRole = false; // linked to the user role asked about (Super Admin)
    bool member = false;    // a member of the organization asked about
};

// A new user's membership: the organization, the role there, and the team it joins, if any.
struct Membership
{
    qint64 organizationId = 0;
    QString role;
    std::optional<qint64> teamId;
};

// What the store limits: column lengths differ between Sentry versions.
struct DirectoryLimits
{
    int emailLength = 200;
    // "table.column" of each NOT NULL column without a database default that a write would have
    // to fill and this project does not know: nothing is written while there is one.
    QStringList unwritableColumns;
};

// A failed read or write; the message names the table or step and never holds a secret.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &message, const QString &sqlState = {})
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_sqlState(sqlState)
    {}
    const QString &message() const { return m_message; }
    // A deadlock or serialization failure (SQLSTATE 40P01, 40001): the same writes may succeed
    // when tried again.
    bool isTransient() const
    {
        return m_sqlState == QLatin1String("40P01") || m_sqlState == QLatin1String("40001");
    }

private:
    QString m_message;
    QString m_sqlState;
};

// The Sentry tables as the workflow sees them. Implemented on Qt SQL by SqlUserDirectory.
// Every call throws StorageError on failure. Writes happen inside begin()/commit(); each user's
// writes inside a savepoint, so that one user is all or nothing within a longer transaction.
class UserDirectory
{
public:
    virtual ~UserDirectory() = default;

    virtual DirectoryLimits limits() const = 0;
    // Said once after a batch that updated existing users (what Sentry may still show from its
    // caches, say); empty when there is nothing to say.
    virtual QString notice() const { return {}; }

    virtual void begin() = 0;
    virtual void commit() = 0;
    virtual void rollback() = 0;
    virtual void savepoint() = 0;
    virtual void releaseSavepoint() = 0;
    virtual void rollbackToSavepoint() = 0;

    virtual std::optional<qint64> findUserId(const QString &username) = 0;
    // The usernames that equal one of these emails but for letter case (Sentry's sign-in looks
    // usernames up case-insensitively, so such a pair locks both out).
    virtual QStringList usernamesInAnyCase(const QStringList &emails) = 0;
    // Creates the user and, when given, its membership and team link; none, and nothing
    // written, when the username is taken (even by a writer that has not committed yet).
    virtual std::optional<qint64> insertUserAndJoin(const UserAccount &account,
                                                    const std::optional<Membership> &membership,
                                                    const QDateTime &now) = 0;
    virtual void updateUser(qint64 userId, const UserAccount &account) = 0;
    virtual void setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now) = 0;

    virtual std::optional<Organization> organization(qint64 id) = 0;
    // The active organization with the lowest id.
    virtual std::optional<Organization> firstActiveOrganization() = 0;
    virtual std::optional<Organization> organizationBySlug(const QString &slug) = 0;
    virtual std::optional<Team> team(qint64 id) = 0;
    // The teams with this slug, in every organization, lowest id first.
    virtual QList<Team> teamsWithSlug(const QString &slug) = 0;
    // Up to `limit` teams of the organization, lowest id first.
    virtual QList<Team> teams(qint64 organizationId, int limit) = 0;
    virtual qint64 addOrganizationMember(qint64 organizationId, qint64 userId, const QString &role,
                                         const QDateTime &now) = 0;
    virtual void addTeamMember(qint64 memberId, qint64 teamId) = 0;

    // Links the user to the named user role unless already linked; false when no such role.
    virtual bool linkUserRole(qint64 userId, const QString &roleName, const QDateTime &now) = 0;
    virtual void unlinkUserRole(qint64 userId, const QString &roleName) = 0;

    // For bulk updates of existing users.
    // The email and flags of the user with this id; none when there is no such user.
    virtual std::optional<UserAccount> userAccount(qint64 userId) = 0;
    // The account of the user with this id, whether it holds the named user role and whether it
    // is a member of the organization (false without one); none when there is no such user.
    virtual std::optional<AccountState> accountState(qint64 userId, const QString &roleName,
                                                     std::optional<qint64> organizationId) = 0;
    // How many users are both superuser and active: the ones who can open Sentry's admin.
    virtual qint64 activeSuperuserCount() = 0;
    // Sets the flags only: the email and username stay as they are.
    virtual void setUserFlags(qint64 userId, bool superuser, bool staff, bool active) = 0;
    // The id of the user's membership of the organization; none when not a member.
    virtual std::optional<qint64> organizationMemberId(qint64 organizationId, qint64 userId) = 0;
    // After an existing user's writes: brings in line what Sentry keeps in step with the user
    // (member mappings, the members' copies of email and active flag, the useremail row, team
    // replicas) and invalidates what Sentry caches of it, where the database allows.
    virtual void followUser(qint64 userId) = 0;
};
