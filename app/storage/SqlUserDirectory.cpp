#include "storage/SqlUserDirectory.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
Organization organizationFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt()};
}

Team teamFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString()};
}

const QString organizationColumns = QStringLiteral("id, name, slug, default_role, status");
const QString savepointName = QStringLiteral("useradmin_user");
} // namespace

SqlUserDirectory::SqlUserDirectory(const Database &database)
    : m_db(database.connection())
    , m_limits(database.limits())
    , m_sqlite(database.kind() == Database::Kind::SQLite)
    , m_hasIsSuspended(
          database.hasColumn(QStringLiteral("auth_user"), QStringLiteral("is_suspended")))
{
    // Every NOT NULL column is written: a real Sentry database has no column defaults.
    m_insertUserSql = QStringLiteral(
        "INSERT INTO auth_user (password, username, first_name, email, is_staff, is_active, "
        "is_superuser, is_managed, is_password_expired, is_unclaimed, flags, date_joined, "
        "last_active, avatar_type%1) VALUES ('', ?, '', ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0%2) "
        "RETURNING id");
    m_insertUserSql =
        m_insertUserSql.arg(m_hasIsSuspended ? QStringLiteral(", is_suspended") : QString(),
                            m_hasIsSuspended ? QStringLiteral(", ?") : QString());
}

QSqlQuery &SqlUserDirectory::prepared(const QString &sql, const QString &what)
{
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            throw StorageError(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
        statement = m_statements.insert(sql, query);
    }
    return *statement;
}

void SqlUserDirectory::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        throw StorageError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
}

// SQLite takes the write lock at BEGIN IMMEDIATE, so that two writers queue up (busy timeout)
// instead of one failing when it upgrades a read lock.
void SqlUserDirectory::begin()
{
    execute(m_sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
}

void SqlUserDirectory::commit()
{
    // Finished statements must not keep SQLite read cursors open across the commit.
    for (QSqlQuery &query : m_statements)
        query.finish();
    execute(QStringLiteral("COMMIT"));
}

void SqlUserDirectory::rollback()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
    execute(QStringLiteral("ROLLBACK"));
}

void SqlUserDirectory::savepoint()
{
    execute(QStringLiteral("SAVEPOINT ") + savepointName);
}

void SqlUserDirectory::releaseSavepoint()
{
    execute(QStringLiteral("RELEASE SAVEPOINT ") + savepointName);
}

void SqlUserDirectory::rollbackToSavepoint()
{
    for (QSqlQuery &query : m_statements)
        query.finish();
    execute(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName);
}

std::optional<qint64> SqlUserDirectory::findUserId(const QString &username)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT id FROM auth_user WHERE username = ?"),
                                QStringLiteral("auth_user"));
    query.bindValue(0, username);
    execOrThrow(query, QStringLiteral("auth_user"));
    std::optional<qint64> id;
    if (query.next())
        id = query.value(0).toLongLong();
    query.finish();
    return id;
}

qint64 SqlUserDirectory::insertUser(const UserAccount &account, const QDateTime &now)
{
    QSqlQuery &query = prepared(m_insertUserSql, QStringLiteral("auth_user"));
    int index = 0;
    for (const QVariant &value :
         {QVariant(account.email), QVariant(account.email), QVariant(account.staff),
          QVariant(account.active), QVariant(account.superuser), QVariant(false), QVariant(false),
          QVariant(false), QVariant(now), QVariant(now)})
        query.bindValue(index++, value);
    if (m_hasIsSuspended)
        query.bindValue(index, false);
    execOrThrow(query, QStringLiteral("auth_user"));
    if (!query.next())
        throw StorageError(QStringLiteral("auth_user: no id returned"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void SqlUserDirectory::updateUser(qint64 userId, const UserAccount &account)
{
    QSqlQuery &query =
        prepared(QStringLiteral("UPDATE auth_user SET email = ?, username = ?, is_superuser = ?, "
                                "is_staff = ?, is_active = ? WHERE id = ?"),
                 QStringLiteral("auth_user"));
    query.bindValue(0, account.email);
    query.bindValue(1, account.email);
    query.bindValue(2, account.superuser);
    query.bindValue(3, account.staff);
    query.bindValue(4, account.active);
    query.bindValue(5, userId);
    execOrThrow(query, QStringLiteral("auth_user"));
}

void SqlUserDirectory::setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now)
{
    QSqlQuery &query =
        prepared(QStringLiteral("UPDATE auth_user SET password = ?, last_password_change = ?, "
                                "is_password_expired = ? WHERE id = ?"),
                 QStringLiteral("auth_user"));
    query.bindValue(0, hash);
    query.bindValue(1, now);
    query.bindValue(2, false);
    query.bindValue(3, userId);
    execOrThrow(query, QStringLiteral("auth_user"));
}

std::optional<Organization> SqlUserDirectory::organization(qint64 id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT %1 FROM sentry_organization WHERE id = ?").arg(organizationColumns),
        QStringLiteral("sentry_organization"));
    query.bindValue(0, id);
    execOrThrow(query, QStringLiteral("sentry_organization"));
    std::optional<Organization> organization;
    if (query.next())
        organization = organizationFrom(query);
    query.finish();
    return organization;
}

std::optional<Organization> SqlUserDirectory::firstActiveOrganization()
{
    QSqlQuery &query =
        prepared(QStringLiteral("SELECT %1 FROM sentry_organization WHERE status = ? "
                                "ORDER BY id LIMIT 1")
                     .arg(organizationColumns),
                 QStringLiteral("sentry_organization"));
    query.bindValue(0, 0);
    execOrThrow(query, QStringLiteral("sentry_organization"));
    std::optional<Organization> organization;
    if (query.next())
        organization = organizationFrom(query);
    query.finish();
    return organization;
}

std::optional<Team> SqlUserDirectory::team(qint64 id)
{
    QSqlQuery &query = prepared(
        QStringLiteral("SELECT id, organization_id, name, slug FROM sentry_team WHERE id = ?"),
        QStringLiteral("sentry_team"));
    query.bindValue(0, id);
    execOrThrow(query, QStringLiteral("sentry_team"));
    std::optional<Team> found;
    if (query.next())
        found = teamFrom(query);
    query.finish();
    return found;
}

QList<Team> SqlUserDirectory::teams(qint64 organizationId, int limit)
{
    QSqlQuery &query = prepared(QStringLiteral("SELECT id, organization_id, name, slug FROM "
                                               "sentry_team WHERE organization_id = ? "
                                               "ORDER BY id LIMIT ?"),
                                QStringLiteral("sentry_team"));
    query.bindValue(0, organizationId);
    query.bindValue(1, limit);
    execOrThrow(query, QStringLiteral("sentry_team"));
    QList<Team> found;
    while (query.next())
        found.append(teamFrom(query));
    query.finish();
    return found;
}

qint64 SqlUserDirectory::addOrganizationMember(qint64 organizationId, qint64 userId,
                                               const QString &role, const QDateTime &now)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, user_id, role, "
                       "flags, date_added, has_global_access, invite_status, type, "
                       "user_is_active) VALUES (?, ?, ?, 0, ?, ?, 0, 50, ?) RETURNING id"),
        QStringLiteral("sentry_organizationmember"));
    query.bindValue(0, organizationId);
    query.bindValue(1, userId);
    query.bindValue(2, role);
    query.bindValue(3, now);
    query.bindValue(4, true);
    query.bindValue(5, true);
    execOrThrow(query, QStringLiteral("sentry_organizationmember"));
    if (!query.next())
        throw StorageError(QStringLiteral("sentry_organizationmember: no id returned"));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void SqlUserDirectory::addTeamMember(qint64 memberId, qint64 teamId)
{
    QSqlQuery &query = prepared(
        QStringLiteral("INSERT INTO sentry_organizationmember_teams (organizationmember_id, "
                       "team_id, is_active, role) VALUES (?, ?, ?, NULL)"),
        QStringLiteral("sentry_organizationmember_teams"));
    query.bindValue(0, memberId);
    query.bindValue(1, teamId);
    query.bindValue(2, true);
    execOrThrow(query, QStringLiteral("sentry_organizationmember_teams"));
}

bool SqlUserDirectory::linkUserRole(qint64 userId, const QString &roleName, const QDateTime &now)
{
    QSqlQuery &role = prepared(QStringLiteral("SELECT id FROM sentry_userrole WHERE name = ?"),
                               QStringLiteral("sentry_userrole"));
    role.bindValue(0, roleName);
    execOrThrow(role, QStringLiteral("sentry_userrole"));
    if (!role.next())
        return false;
    const qint64 roleId = role.value(0).toLongLong();
    role.finish();

    // Sentry has no unique constraint here; checking first keeps the link single.
    QSqlQuery &existing = prepared(
        QStringLiteral("SELECT 1 FROM sentry_userrole_users WHERE user_id = ? AND role_id = ?"),
        QStringLiteral("sentry_userrole_users"));
    existing.bindValue(0, userId);
    existing.bindValue(1, roleId);
    execOrThrow(existing, QStringLiteral("sentry_userrole_users"));
    const bool linked = existing.next();
    existing.finish();
    if (linked)
        return true;

    QSqlQuery &insert =
        prepared(QStringLiteral("INSERT INTO sentry_userrole_users (user_id, role_id, date_added, "
                                "date_updated) VALUES (?, ?, ?, ?)"),
                 QStringLiteral("sentry_userrole_users"));
    insert.bindValue(0, userId);
    insert.bindValue(1, roleId);
    insert.bindValue(2, now);
    insert.bindValue(3, now);
    execOrThrow(insert, QStringLiteral("sentry_userrole_users"));
    return true;
}

void SqlUserDirectory::unlinkUserRole(qint64 userId, const QString &roleName)
{
    QSqlQuery &query = prepared(
        QStringLiteral("DELETE FROM sentry_userrole_users WHERE user_id = ? AND role_id IN "
                       "(SELECT id FROM sentry_userrole WHERE name = ?)"),
        QStringLiteral("sentry_userrole_users"));
    query.bindValue(0, userId);
    query.bindValue(1, roleName);
    execOrThrow(query, QStringLiteral("sentry_userrole_users"));
}
