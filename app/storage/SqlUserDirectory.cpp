#include "storage/SqlUserDirectory.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVarLengthArray>

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
const QString usersTable = QStringLiteral("auth_user");
const QString membersTable = QStringLiteral("sentry_organizationmember");
const QString teamMembersTable = QStringLiteral("sentry_organizationmember_teams");

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
    // Every NOT NULL column is written: a real Sentry database has no column defaults. A taken
    // username inserts nothing, also when its writer has not committed yet (this one waits).
    m_insertUserSql = QStringLiteral(
        "INSERT INTO auth_user (password, username, first_name, email, is_staff, is_active, "
        "is_superuser, is_managed, is_password_expired, is_unclaimed, flags, date_joined, "
        "last_active, avatar_type%1) VALUES ('', ?, '', ?, ?, ?, ?, false, false, false, 0, ?, ?, "
        "0%2) ON CONFLICT (username) DO NOTHING");
    m_insertUserSql =
        m_insertUserSql.arg(m_hasIsSuspended ? QStringLiteral(", is_suspended") : QString(),
                            m_hasIsSuspended ? QStringLiteral(", false") : QString()) +
        m_returningId;
    // The membership's and team link's values; %1 is the id they refer to.
    const QString insertMember =
        QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, user_id, role, "
                       "flags, date_added, has_global_access, invite_status, type, "
                       "user_is_active) ");
    const QString memberValues = QStringLiteral("?, %1, ?, 0, ?, true, 0, 50, true");
    const QString insertTeamMember =
        QStringLiteral("INSERT INTO sentry_organizationmember_teams (organizationmember_id, "
                       "team_id, is_active, role) ");
    const QString teamMemberValues = QStringLiteral("%1, ?, true, NULL");
    const QString bound = QStringLiteral("?");
    m_insertMemberSql =
        insertMember + QStringLiteral("VALUES (%1)").arg(memberValues.arg(bound)) + m_returningId;
    m_insertTeamMemberSql =
        insertTeamMember + QStringLiteral("VALUES (%1)").arg(teamMemberValues.arg(bound));
    if (m_sqlite)
        return;
    // On PostgreSQL a new user's rows cost one round trip: one statement whose inserts each take
    // the id the one before returned, so that a taken username inserts nothing at all.
    const QString withMember =
        QStringLiteral("WITH new_user AS (%1), new_member AS (%2SELECT %3 FROM new_user "
                       "RETURNING id)")
            .arg(m_insertUserSql, insertMember, memberValues.arg(QStringLiteral("new_user.id")));
    const QString selectUserId = QStringLiteral(" SELECT id FROM new_user");
    m_insertUserAndMemberSql = withMember + selectUserId;
    m_insertUserMemberAndTeamSql =
        withMember +
        QStringLiteral(", new_team AS (%1SELECT %2 FROM new_member)")
            .arg(insertTeamMember, teamMemberValues.arg(QStringLiteral("new_member.id"))) +
        selectUserId;
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
                                 QSpan<const QVariant> values)
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

std::optional<qint64> SqlUserDirectory::insertUserAndJoin(
    const UserAccount &account, const std::optional<Membership> &membership, const QDateTime &now)
{
    const QVariant time = timestamp(now);
    QVarLengthArray<QVariant, 11> values{
        account.email, account.email, account.staff, account.active, account.superuser, time, time};
    if (m_sqlite) {
        // Local statements are cheap, and RETURNING would double SQLite's work: one by one.
        QSqlQuery &user = run(m_insertUserSql, usersTable, values);
        if (user.numRowsAffected() == 0)
            return std::nullopt;
        const qint64 userId = insertedId(user, usersTable);
        if (membership) {
            const qint64 memberId = SqlUserDirectory::addOrganizationMember(
                membership->organizationId, userId, membership->role, now);
            if (membership->teamId)
                SqlUserDirectory::addTeamMember(memberId, *membership->teamId);
        }
        return userId;
    }
    if (!membership)
        return firstRow(run(m_insertUserSql, usersTable, values), idFrom);
    values << membership->organizationId << membership->role << time;
    if (membership->teamId)
        values << *membership->teamId;
    const QString &sql =
        membership->teamId ? m_insertUserMemberAndTeamSql : m_insertUserAndMemberSql;
    return firstRow(run(sql, usersTable + QStringLiteral(", ") + membersTable, values), idFrom);
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
    return insertedId(
        run(m_insertMemberSql, membersTable, {organizationId, userId, role, timestamp(now)}),
        membersTable);
}

void SqlUserDirectory::addTeamMember(qint64 memberId, qint64 teamId)
{
    run(m_insertTeamMemberSql, teamMembersTable, {memberId, teamId});
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
