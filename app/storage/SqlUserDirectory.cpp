#include "storage/SqlUserDirectory.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
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
const QString &usersTable = SentryTables::Users;
const QString &membersTable = SentryTables::Members;
const QString &teamMembersTable = SentryTables::TeamMembers;

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
    : m_db(sqlConnection(database))
    , m_limits(database.limits())
    , m_sqlite(database.kind() == Database::Kind::SQLite)
    , m_layout(database.layout())
{
    using namespace SentryRows;
    QStringList unwritable;
    m_insertUser = RowInsert(Insert(m_layout, usersTable, user(), unwritable), m_sqlite);
    m_insertNewUser = m_insertUser.sql + QStringLiteral(" ON CONFLICT (username) DO NOTHING");
    m_insertUserEmail =
        RowInsert(Insert(m_layout, SentryTables::UserEmails,
                         userEmail(Param::UserId, Param::Email, Param::ValidationHash), unwritable),
                  m_sqlite);
    m_insertMember = RowInsert(Insert(m_layout, membersTable,
                                      member(Param::OrganizationId, Param::UserId, Param::Role,
                                             Param::Email, Param::Active),
                                      unwritable),
                               m_sqlite);
    m_insertMapping = RowInsert(
        Insert(m_layout, SentryTables::MemberMappings,
               memberMapping(Param::OrganizationId, Param::MemberId, Param::UserId, Param::Role),
               unwritable),
        m_sqlite);
    m_insertTeamMember = RowInsert(
        Insert(m_layout, teamMembersTable, teamMember(Param::MemberId, Param::TeamId), unwritable),
        m_sqlite);
    m_insertReplica = RowInsert(Insert(m_layout, SentryTables::TeamMemberReplicas,
                                       teamMemberReplica(Param::TeamId, Param::OrganizationId,
                                                         Param::MemberId, Param::TeamMemberId),
                                       unwritable),
                                m_sqlite);
    if (!m_sqlite)
        buildPostgresStatements(unwritable);
    unwritable += AccountChecks::unwritableColumns(m_layout);
    unwritable.removeDuplicates();
    m_limits.unwritableColumns = unwritable;

    for (const AccountCheck &check : AccountChecks::forLayout(m_layout, !m_sqlite, {}))
        if (check.followsUser)
            m_followUser += check.repairs;
    // Sentry's RPC caches of a user carry a version kept in the database (docs/sentry-schema.md,
    // "Caches"); its model cache does not, and lives 5 minutes.
    const QString versions = SentryTables::CacheVersions;
    for (const QString &keyColumn : {QStringLiteral("keyname"), QStringLiteral("key")}) {
        if (m_layout.hasColumn(versions, keyColumn)) {
            m_bumpCacheVersion = QStringLiteral("INSERT INTO %1 (%2, version) VALUES (?, 1) ON "
                                                "CONFLICT (%2) DO UPDATE SET version = %1.version "
                                                "+ 1")
                                     .arg(versions, keyColumn);
            break;
        }
    }
    if (!database.isEmbedded())
        m_notice = QCoreApplication::translate(
            "SqlUserDirectory",
            "Sentry may show the previous values of updated users for up to 5 minutes (its "
            "model cache of users cannot be cleared from the database).");
}

SqlUserDirectory::RowInsert::RowInsert(const SentryRows::Insert &insert, bool sqlite)
    : SentryRows::Insert(insert)
{
    if (!isValid())
        return;
    sql = values();
    // RETURNING doubles SQLite's work per insert; there, the connection's last rowid is exact.
    sqlReturning = sqlite ? sql : sql + QStringLiteral(" RETURNING id");
}

// A new user's rows chained in one statement: each INSERT takes the keys the one before returned,
// so a taken username inserts nothing at all.
void SqlUserDirectory::buildPostgresStatements(QStringList &unwritable)
{
    using namespace SentryRows;
    const Insert email(
        m_layout, SentryTables::UserEmails,
        userEmail(QStringLiteral("new_user.id"), Param::Email, Param::ValidationHash), unwritable);
    const Insert member(m_layout, membersTable,
                        SentryRows::member(Param::OrganizationId, QStringLiteral("new_user.id"),
                                           Param::Role, Param::Email, Param::Active),
                        unwritable);
    const Insert mapping(
        m_layout, SentryTables::MemberMappings,
        memberMapping(QStringLiteral("new_member.organization_id"), QStringLiteral("new_member.id"),
                      QStringLiteral("new_member.user_id"), QStringLiteral("new_member.role")),
        unwritable);
    const Insert team(m_layout, teamMembersTable,
                      teamMember(QStringLiteral("new_member.id"), Param::TeamId), unwritable);
    const Insert replica(m_layout, SentryTables::TeamMemberReplicas,
                         teamMemberReplica(QStringLiteral("new_team.team_id"),
                                           QStringLiteral("new_member.organization_id"),
                                           QStringLiteral("new_team.organizationmember_id"),
                                           QStringLiteral("new_team.id")),
                         unwritable);

    Chained chained;
    const auto add = [&chained](const QString &name, const Insert &insert, const QString &sql) {
        if (!insert.isValid())
            return;
        chained.sql +=
            QStringLiteral("%1%2 AS (%3)")
                .arg(chained.sql.isEmpty() ? QStringLiteral("WITH ") : QStringLiteral(", "), name,
                     sql);
        chained.params += insert.params();
    };
    const QString selectUserId = QStringLiteral(" SELECT id FROM new_user");
    add(QStringLiteral("new_user"), m_insertUser,
        m_insertUser.values() + QStringLiteral(" ON CONFLICT (username) DO NOTHING RETURNING id"));
    add(QStringLiteral("new_email"), email, email.select(QStringLiteral("new_user")));
    m_newUser = {chained.sql + selectUserId, chained.params};
    add(QStringLiteral("new_member"), member,
        member.select(QStringLiteral("new_user")) +
            QStringLiteral(" RETURNING id, user_id, organization_id, role"));
    add(QStringLiteral("new_mapping"), mapping, mapping.select(QStringLiteral("new_member")));
    m_newUserAndMember = {chained.sql + selectUserId, chained.params};
    add(QStringLiteral("new_team"), team,
        team.select(QStringLiteral("new_member")) +
            QStringLiteral(" RETURNING id, team_id, organizationmember_id"));
    add(QStringLiteral("new_replica"), replica,
        replica.select(QStringLiteral("new_team, new_member")));
    m_newUserMemberAndTeam = {chained.sql + selectUserId, chained.params};
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

void SqlUserDirectory::runInsert(const RowInsert &insert, const SentryRows::Values &values,
                                 const QString &what)
{
    QSqlQuery &query = prepared(insert.sql, what);
    SentryRows::bind(query, insert.params(), values);
    execOrThrow(query, what);
}

qint64 SqlUserDirectory::insertReturningId(const RowInsert &insert,
                                           const SentryRows::Values &values, const QString &what)
{
    QSqlQuery &query = prepared(insert.sqlReturning, what);
    SentryRows::bind(query, insert.params(), values);
    execOrThrow(query, what);
    return insertedId(query, what);
}

SentryRows::Values SqlUserDirectory::rowValues(const UserAccount &account, const QDateTime &now)
{
    using SentryRows::Param;
    SentryRows::Values values;
    values[size_t(Param::Email)] = account.email;
    // Never NULL: a null QString binds as NULL, and the column is NOT NULL.
    values[size_t(Param::Name)] = account.name.isNull() ? QStringLiteral("") : account.name;
    values[size_t(Param::Superuser)] = account.superuser;
    values[size_t(Param::Staff)] = account.staff;
    values[size_t(Param::Active)] = account.active;
    values[size_t(Param::Now)] = timestamp(now);
    if (m_insertUserEmail.isValid())
        values[size_t(Param::ValidationHash)] = SentryRows::validationHash();
    return values;
}

QStringList SqlUserDirectory::usernamesInAnyCase(const QStringList &emails)
{
    // One scan for the whole batch: the emails travel as one JSON array.
    const QString json = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(emails)).toJson(QJsonDocument::Compact));
    QSqlQuery &query =
        run(m_sqlite ? QStringLiteral("SELECT username FROM auth_user WHERE UPPER(username) IN "
                                      "(SELECT UPPER(value) FROM json_each(?))")
                     : QStringLiteral("SELECT username FROM auth_user WHERE UPPER(username) IN "
                                      "(SELECT UPPER(value) FROM json_array_elements_text(CAST(? "
                                      "AS json)) AS value)"),
            usersTable, {json});
    QStringList usernames;
    while (query.next())
        usernames << query.value(0).toString();
    query.finish();
    return usernames;
}

std::optional<qint64> SqlUserDirectory::insertUserAndJoin(
    const UserAccount &account, const std::optional<Membership> &membership, const QDateTime &now)
{
    using SentryRows::Param;
    SentryRows::Values values = rowValues(account, now);
    if (membership) {
        values[size_t(Param::OrganizationId)] = membership->organizationId;
        values[size_t(Param::Role)] = membership->role;
        if (membership->teamId)
            values[size_t(Param::TeamId)] = *membership->teamId;
    }
    if (!m_sqlite) {
        const Chained &statement = !membership          ? m_newUser
                                   : membership->teamId ? m_newUserMemberAndTeam
                                                        : m_newUserAndMember;
        QSqlQuery &query = prepared(statement.sql, usersTable);
        SentryRows::bind(query, statement.params, values);
        execOrThrow(query, usersTable);
        return firstRow(query, idFrom);
    }
    // Local statements are cheap, and RETURNING would double SQLite's work: one by one.
    QSqlQuery &user = prepared(m_insertNewUser, usersTable);
    SentryRows::bind(user, m_insertUser.params(), values);
    execOrThrow(user, usersTable);
    if (user.numRowsAffected() == 0)
        return std::nullopt;
    const qint64 userId = user.lastInsertId().toLongLong();
    values[size_t(Param::UserId)] = userId;
    if (m_insertUserEmail.isValid())
        runInsert(m_insertUserEmail, values, SentryTables::UserEmails);
    if (membership) {
        insertMember(values);
        if (membership->teamId)
            insertTeamMember(values, *membership->teamId);
    }
    return userId;
}

void SqlUserDirectory::insertMember(SentryRows::Values &values)
{
    values[size_t(SentryRows::Param::MemberId)] =
        insertReturningId(m_insertMember, values, membersTable);
    if (m_insertMapping.isValid())
        runInsert(m_insertMapping, values, SentryTables::MemberMappings);
}

void SqlUserDirectory::insertTeamMember(SentryRows::Values &values, qint64 teamId)
{
    using SentryRows::Param;
    values[size_t(Param::TeamId)] = teamId;
    if (!m_insertReplica.isValid()) {
        runInsert(m_insertTeamMember, values, teamMembersTable);
        return;
    }
    values[size_t(Param::TeamMemberId)] =
        insertReturningId(m_insertTeamMember, values, teamMembersTable);
    runInsert(m_insertReplica, values, SentryTables::TeamMemberReplicas);
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

std::optional<Organization> SqlUserDirectory::organizationBySlug(const QString &slug)
{
    return firstRow(run(QStringLiteral("SELECT %1 FROM sentry_organization WHERE slug = ?")
                            .arg(organizationColumns),
                        QStringLiteral("sentry_organization"), {slug}),
                    organizationFrom);
}

QList<Team> SqlUserDirectory::teamsWithSlug(const QString &slug)
{
    QSqlQuery &query = run(
        QStringLiteral("SELECT %1 FROM sentry_team WHERE slug = ? ORDER BY id").arg(teamColumns),
        QStringLiteral("sentry_team"), {slug});
    QList<Team> found;
    while (query.next())
        found.append(teamFrom(query));
    query.finish();
    return found;
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
    using SentryRows::Param;
    const std::optional<UserAccount> account = userAccount(userId);
    if (!account)
        throw StorageError(QStringLiteral("%1: user %2 not found").arg(usersTable).arg(userId));
    SentryRows::Values values = rowValues(*account, now);
    values[size_t(Param::UserId)] = userId;
    values[size_t(Param::OrganizationId)] = organizationId;
    values[size_t(Param::Role)] = role;
    insertMember(values);
    return values[size_t(Param::MemberId)].toLongLong();
}

void SqlUserDirectory::addTeamMember(qint64 memberId, qint64 teamId)
{
    using SentryRows::Param;
    const std::optional<qint64> organizationId =
        firstRow(run(QStringLiteral("SELECT organization_id FROM sentry_organizationmember WHERE "
                                    "id = ?"),
                     membersTable, {memberId}),
                 idFrom);
    if (!organizationId)
        throw StorageError(
            QStringLiteral("%1: member %2 not found").arg(membersTable).arg(memberId));
    SentryRows::Values values;
    values[size_t(Param::MemberId)] = memberId;
    values[size_t(Param::OrganizationId)] = *organizationId;
    values[size_t(Param::Now)] = timestamp(QDateTime::currentDateTimeUtc());
    insertTeamMember(values, teamId);
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
            SentryTables::UserRoleLinks, {userId, *roleId, time, time});
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
                        return UserAccount{query.value(0).toString(),
                                           query.value(1).toBool(),
                                           query.value(2).toBool(),
                                           query.value(3).toBool(),
                                           {}};
                    });
}

std::optional<AccountState> SqlUserDirectory::accountState(qint64 userId, const QString &roleName,
                                                           std::optional<qint64> organizationId)
{
    // One round trip a user: a bulk update reads every selected user before it writes.
    return firstRow(
        run(QStringLiteral(
                "SELECT u.email, u.is_superuser, u.is_staff, u.is_active, u.first_name, EXISTS "
                "(SELECT 1 FROM "
                "sentry_userrole_users l JOIN sentry_userrole r ON r.id = l.role_id WHERE "
                "l.user_id = u.id AND r.name = ?), EXISTS (SELECT 1 FROM "
                "sentry_organizationmember m WHERE m.user_id = u.id AND m.organization_id = ?) "
                "FROM auth_user u WHERE u.id = ?"),
            QStringLiteral("auth_user"),
            {roleName, organizationId ? QVariant(*organizationId) : QVariant(qint64(0)), userId}),
        [](const QSqlQuery &query) {
            return AccountState{{query.value(0).toString(), query.value(1).toBool(),
                                 query.value(2).toBool(), query.value(3).toBool(),
                                 query.value(4).toString()},
                                query.value(5).toBool(),
                                query.value(6).toBool()};
        });
}

qint64 SqlUserDirectory::activeSuperuserCount()
{
    return firstRow(run(QStringLiteral("SELECT COUNT(*) FROM auth_user WHERE is_superuser = ? AND "
                                       "is_active = ?"),
                        QStringLiteral("auth_user"), {true, true}),
                    idFrom)
        .value_or(0);
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

void SqlUserDirectory::followUser(qint64 userId)
{
    SentryRows::Values values;
    values[size_t(SentryRows::Param::Now)] = timestamp(QDateTime::currentDateTimeUtc());
    for (const CheckStatement &statement : m_followUser) {
        QSqlQuery &query = prepared(statement.forUser(true), statement.userColumn);
        const int next = SentryRows::bind(query, statement.params, values);
        query.bindValue(next, userId);
        execOrThrow(query, statement.userColumn);
    }
    if (m_bumpCacheVersion.isEmpty())
        return;
    for (const QString &cachedCall :
         {QStringLiteral("user_service.get_user"), QStringLiteral("user_service.get_many_by_id")})
        run(m_bumpCacheVersion, SentryTables::CacheVersions,
            {QStringLiteral("%1:%2").arg(cachedCall).arg(userId)});
}
