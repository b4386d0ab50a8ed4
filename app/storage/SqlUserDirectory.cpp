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

qint64 idFrom(const QSqlQuery &query)
{
    return query.value(0).toLongLong();
}

// The first row of an executed query, converted by `from`; none when there is no row.
template<typename From>
auto firstRow(QSqlQuery &query, From from) -> std::optional<decltype(from(query))>
{
    std::optional<decltype(from(query))> row;
    if (query.next())
        row = from(query);
    query.finish();
    return row;
}

const QString organizationColumns = QStringLiteral("id, name, slug, default_role, status");
const QString teamColumns = QStringLiteral("id, organization_id, name, slug");
const QString savepointName = QStringLiteral("useradmin_user");

// Once a PostgreSQL connection is lost the driver closes it, and every later statement would
// fail with an empty message: say what happened instead.
void throwIfClosed(const QSqlDatabase &db)
{
    if (!db.isOpen())
        throw StorageError(QCoreApplication::translate("SqlUserDirectory",
                                                       "The connection to the database was lost."));
}
} // namespace

SqlUserDirectory::SqlUserDirectory(const Database &database)
    : m_db(database.connection())
    , m_limits(database.limits())
    , m_sqlite(database.kind() == Database::Kind::SQLite)
    , m_hasIsSuspended(
          database.hasColumn(QStringLiteral("auth_user"), QStringLiteral("is_suspended")))
    // RETURNING doubles SQLite's work per insert; there, the connection's last rowid is exact.
    , m_returningId(m_sqlite ? QString() : QStringLiteral(" RETURNING id"))
{
    // Every NOT NULL column is written: a real Sentry database has no column defaults.
    m_insertUserSql = QStringLiteral(
        "INSERT INTO auth_user (password, username, first_name, email, is_staff, is_active, "
        "is_superuser, is_managed, is_password_expired, is_unclaimed, flags, date_joined, "
        "last_active, avatar_type%1) VALUES ('', ?, '', ?, ?, ?, ?, false, false, false, 0, ?, ?, "
        "0%2)");
    m_insertUserSql =
        m_insertUserSql.arg(m_hasIsSuspended ? QStringLiteral(", is_suspended") : QString(),
                            m_hasIsSuspended ? QStringLiteral(", false") : QString()) +
        m_returningId;
    m_insertMemberSql =
        QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, user_id, role, "
                       "flags, date_added, has_global_access, invite_status, type, "
                       "user_is_active) VALUES (?, ?, ?, 0, ?, true, 0, 50, true)") +
        m_returningId;
}

QSqlQuery &SqlUserDirectory::prepared(const QString &sql, const QString &what)
{
    throwIfClosed(m_db);
    auto statement = m_statements.find(sql);
    if (statement == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql))
            throw StorageError(QStringLiteral("%1: %2").arg(what, query.lastError().text()));
        statement = m_statements.insert(sql, query);
    }
    return *statement;
}

QVariant SqlUserDirectory::timestamp(const QDateTime &time)
{
    if (!m_sqlite)
        return time;
    // SQLite keeps ISO-8601 text; formatting it is costly, and one batch reuses one time.
    if (time != m_lastTime) {
        m_lastTime = time;
        m_lastTimestamp = time.toUTC().toString(Qt::ISODateWithMs);
    }
    return m_lastTimestamp;
}

QSqlQuery &SqlUserDirectory::run(const QString &sql, const QString &what,
                                 std::initializer_list<QVariant> values)
{
    QSqlQuery &query = prepared(sql, what);
    int index = 0;
    for (const QVariant &value : values)
        query.bindValue(index++, value);
    execOrThrow(query, what);
    return query;
}

qint64 SqlUserDirectory::insertedId(QSqlQuery &query, const QString &what)
{
    if (m_sqlite)
        return query.lastInsertId().toLongLong();
    if (!query.next())
        throw StorageError(QStringLiteral("%1: no id returned").arg(what));
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

void SqlUserDirectory::execute(const QString &sql)
{
    // PostgreSQL cannot PREPARE transaction control (BEGIN, SAVEPOINT...): run it directly.
    if (!m_sqlite) {
        throwIfClosed(m_db);
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            throw StorageError(QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
        return;
    }
    QSqlQuery &query = prepared(sql, sql);
    if (!query.exec())
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
    return firstRow(run(QStringLiteral("SELECT id FROM auth_user WHERE username = ?"),
                        QStringLiteral("auth_user"), {username}),
                    idFrom);
}

qint64 SqlUserDirectory::insertUser(const UserAccount &account, const QDateTime &now)
{
    const QVariant time = timestamp(now);
    return insertedId(run(m_insertUserSql, QStringLiteral("auth_user"),
                          {account.email, account.email, account.staff, account.active,
                           account.superuser, time, time}),
                      QStringLiteral("auth_user"));
}

void SqlUserDirectory::updateUser(qint64 userId, const UserAccount &account)
{
    run(QStringLiteral("UPDATE auth_user SET email = ?, username = ?, is_superuser = ?, "
                       "is_staff = ?, is_active = ? WHERE id = ?"),
        QStringLiteral("auth_user"),
        {account.email, account.email, account.superuser, account.staff, account.active, userId});
}

void SqlUserDirectory::setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now)
{
    run(QStringLiteral("UPDATE auth_user SET password = ?, last_password_change = ?, "
                       "is_password_expired = false WHERE id = ?"),
        QStringLiteral("auth_user"), {hash, timestamp(now), userId});
}

std::optional<Organization> SqlUserDirectory::organization(qint64 id)
{
    return firstRow(run(QStringLiteral("SELECT %1 FROM sentry_organization WHERE id = ?")
                            .arg(organizationColumns),
                        QStringLiteral("sentry_organization"), {id}),
                    organizationFrom);
}

std::optional<Organization> SqlUserDirectory::firstActiveOrganization()
{
    return firstRow(run(QStringLiteral("SELECT %1 FROM sentry_organization WHERE status = 0 "
                                       "ORDER BY id LIMIT 1")
                            .arg(organizationColumns),
                        QStringLiteral("sentry_organization"), {}),
                    organizationFrom);
}

std::optional<Team> SqlUserDirectory::team(qint64 id)
{
    return firstRow(run(QStringLiteral("SELECT %1 FROM sentry_team WHERE id = ?").arg(teamColumns),
                        QStringLiteral("sentry_team"), {id}),
                    teamFrom);
}

QList<Team> SqlUserDirectory::teams(qint64 organizationId, int limit)
{
    QSqlQuery &query = run(QStringLiteral("SELECT %1 FROM sentry_team WHERE organization_id = ? "
                                          "ORDER BY id LIMIT ?")
                               .arg(teamColumns),
                           QStringLiteral("sentry_team"), {organizationId, limit});
    QList<Team> found;
    while (query.next())
        found.append(teamFrom(query));
    query.finish();
    return found;
}

qint64 SqlUserDirectory::addOrganizationMember(qint64 organizationId, qint64 userId,
                                               const QString &role, const QDateTime &now)
{
    return insertedId(run(m_insertMemberSql, QStringLiteral("sentry_organizationmember"),
                          {organizationId, userId, role, timestamp(now)}),
                      QStringLiteral("sentry_organizationmember"));
}

void SqlUserDirectory::addTeamMember(qint64 memberId, qint64 teamId)
{
    run(QStringLiteral("INSERT INTO sentry_organizationmember_teams (organizationmember_id, "
                       "team_id, is_active, role) VALUES (?, ?, true, NULL)"),
        QStringLiteral("sentry_organizationmember_teams"), {memberId, teamId});
}

bool SqlUserDirectory::linkUserRole(qint64 userId, const QString &roleName, const QDateTime &now)
{
    const std::optional<qint64> roleId =
        firstRow(run(QStringLiteral("SELECT id FROM sentry_userrole WHERE name = ?"),
                     QStringLiteral("sentry_userrole"), {roleName}),
                 idFrom);
    if (!roleId)
        return false;
    // Sentry has no unique constraint here; checking first keeps the link single.
    const bool linked =
        firstRow(run(QStringLiteral("SELECT id FROM sentry_userrole_users WHERE user_id = ? AND "
                                    "role_id = ?"),
                     QStringLiteral("sentry_userrole_users"), {userId, *roleId}),
                 idFrom)
            .has_value();
    if (!linked) {
        const QVariant time = timestamp(now);
        run(QStringLiteral("INSERT INTO sentry_userrole_users (user_id, role_id, date_added, "
                           "date_updated) VALUES (?, ?, ?, ?)"),
            QStringLiteral("sentry_userrole_users"), {userId, *roleId, time, time});
    }
    return true;
}

void SqlUserDirectory::unlinkUserRole(qint64 userId, const QString &roleName)
{
    run(QStringLiteral("DELETE FROM sentry_userrole_users WHERE user_id = ? AND role_id IN "
                       "(SELECT id FROM sentry_userrole WHERE name = ?)"),
        QStringLiteral("sentry_userrole_users"), {userId, roleName});
}

std::optional<UserAccount> SqlUserDirectory::userAccount(qint64 userId)
{
    return firstRow(run(QStringLiteral("SELECT email, is_superuser, is_staff, is_active FROM "
                                       "auth_user WHERE id = ?"),
                        QStringLiteral("auth_user"), {userId}),
                    [](const QSqlQuery &query) {
                        return UserAccount{query.value(0).toString(), query.value(1).toBool(),
                                           query.value(2).toBool(), query.value(3).toBool()};
                    });
}

void SqlUserDirectory::setUserFlags(qint64 userId, bool superuser, bool staff, bool active)
{
    run(QStringLiteral("UPDATE auth_user SET is_superuser = ?, is_staff = ?, is_active = ? "
                       "WHERE id = ?"),
        QStringLiteral("auth_user"), {superuser, staff, active, userId});
}

std::optional<qint64> SqlUserDirectory::organizationMemberId(qint64 organizationId, qint64 userId)
{
    return firstRow(run(QStringLiteral("SELECT id FROM sentry_organizationmember WHERE "
                                       "organization_id = ? AND user_id = ?"),
                        QStringLiteral("sentry_organizationmember"), {organizationId, userId}),
                    idFrom);
}
