#pragma once

#include "domain/UserDirectory.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

class Database;

// What a stored password hash says without its secret parts: never the salt or the hash.
struct PasswordState
{
    // Django: a hash starting with '!' (set_unusable_password) or an empty one lets nobody in.
    bool usable = false;
    // The hasher's name ("pbkdf2_sha256"); empty when the hash has no recognisable form.
    QString hasher;
    // The PBKDF2 iterations, for the pbkdf2_* hashers.
    std::optional<int> iterations;

    bool operator==(const PasswordState &) const = default;
};

struct UserMembershipDetails
{
    QString organizationSlug;
    QString organizationName;
    QString role;
    QStringList teams; // slugs, sorted

    bool operator==(const UserMembershipDetails &) const = default;
};

struct UserEmailDetails
{
    QString email;
    bool verified = false;

    bool operator==(const UserEmailDetails &) const = default;
};

// One user as the details pane shows it, read at one moment. The stored text is as stored:
// whoever shows it escapes it (DisplayText::visible).
struct UserDetails
{
    qint64 id = 0;
    QString email;
    QString name;
    bool superuser = false;
    bool staff = false;
    bool active = false;
    QDateTime dateJoined;
    QDateTime lastLogin; // invalid: never
    PasswordState password;
    // Linked to the "Super Admin" user role (createuser links every superuser).
    bool superAdminRole = false;
    QList<UserMembershipDetails> memberships; // by organization slug
    // None where the database has no sentry_useremail table (Sentry before 23.x).
    std::optional<QList<UserEmailDetails>> emails;
    // The auth_authenticator types enrolled; none where the database has no such table.
    std::optional<QList<int>> authenticatorTypes;

    // The values the users browser shows of the user (BrowsedUser::shown).
    UserAccount shown() const { return {email, superuser, staff, active, name}; }
};

// Reads one user's details on the connection of `database` (on a worker: the window's thread
// never does), every table in one read-only transaction so that the parts agree. Prepared
// statements with bound values; SQLite and PostgreSQL alike. Throws StorageError.
class UserDetailsReader
{
public:
    explicit UserDetailsReader(const Database &database);

    // None when there is no such user (any more).
    std::optional<UserDetails> read(qint64 userId) const;

    // The state of an encoded Django password hash.
    static PasswordState passwordState(const QString &encoded);

    // How many of some users have any two-factor method, and how many have each (by
    // auth_authenticator type: Sentry keeps one row per user and method), a few hundred users a
    // statement. None where the database has no auth_authenticator table.
    struct AuthenticatorCounts
    {
        qsizetype enrolledUsers = 0;
        QMap<int, qsizetype> usersByType;
    };
    static std::optional<AuthenticatorCounts> authenticatorCounts(const Database &database,
                                                                  const QList<qint64> &userIds);

private:
    const Database &m_database;
};
