#pragma once

#include "domain/UserDirectory.h"
#include "storage/AccountChecks.h"
#include "storage/SentryRows.h"

#include <QHash>
#include <QSpan>
#include <QSqlDatabase>
#include <QSqlQuery>

class Database;

// The workflow's view of the Sentry tables, on one Qt SQL connection (SQLite or PostgreSQL).
// Statements are prepared once and reused with bound values. Must not outlive the Database.
// Storage-internal (storage/SqlConnection.h): the window and the command line get one through
// Database::userDirectory().
class SqlUserDirectory : public UserDirectory
{
public:
    explicit SqlUserDirectory(const Database &database);

    DirectoryLimits limits() const override { return m_limits; }
    QString notice() const override { return m_notice; }

    void begin() override;
    void commit() override;
    void rollback() override;
    void savepoint() override;
    void releaseSavepoint() override;
    void rollbackToSavepoint() override;

    std::optional<qint64> findUserId(const QString &username) override;
    QStringList usernamesInAnyCase(const QStringList &emails) override;
    std::optional<qint64> insertUserAndJoin(const UserAccount &account,
                                            const std::optional<Membership> &membership,
                                            const QDateTime &now) override;
    void updateUser(qint64 userId, const UserAccount &account) override;
    void setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now) override;

    std::optional<Organization> organization(qint64 id) override;
    std::optional<Organization> firstActiveOrganization() override;
    std::optional<Organization> organizationBySlug(const QString &slug) override;
    std::optional<Team> team(qint64 id) override;
    QList<Team> teamsWithSlug(const QString &slug) override;
    QList<Team> teams(qint64 organizationId, int limit) override;
    qint64 addOrganizationMember(qint64 organizationId, qint64 userId, const QString &role,
                                 const QDateTime &now) override;
    void addTeamMember(qint64 memberId, qint64 teamId) override;

    bool linkUserRole(qint64 userId, const QString &roleName, const QDateTime &now) override;
    void unlinkUserRole(qint64 userId, const QString &roleName) override;

    std::optional<UserAccount> userAccount(qint64 userId) override;
    std::optional<AccountState> accountState(qint64 userId, const QString &roleName,
                                             std::optional<qint64> organizationId) override;
    qint64 activeSuperuserCount() override;
    void setUserFlags(qint64 userId, bool superuser, bool staff, bool active) override;
    std::optional<qint64> organizationMemberId(qint64 organizationId, qint64 userId) override;
    void followUser(qint64 userId) override;

protected:
    // The statement for this SQL text, prepared on first use; `what` names it in errors.
    QSqlQuery &prepared(const QString &sql, const QString &what);
    void execute(const QString &sql);
    // The bound form of a time: ISO-8601 UTC text in SQLite, timestamptz in PostgreSQL.
    QVariant timestamp(const QDateTime &time);
    // Runs the statement for `sql` with `values` bound in order; `what` names it in errors.
    QSqlQuery &run(const QString &sql, const QString &what, QSpan<const QVariant> values);
    // The new row's id, once an INSERT has run.
    qint64 insertedId(QSqlQuery &query, const QString &what);
    QSqlDatabase m_db;

private:
    // An INSERT with its SQL built once: building the text again for every row took about 8%
    // of the time a new user's rows take to write on SQLite.
    struct RowInsert : SentryRows::Insert
    {
        RowInsert() = default;
        RowInsert(const SentryRows::Insert &insert, bool sqlite);
        QString sql;          // INSERT ... VALUES (...)
        QString sqlReturning; // the same, giving the new row's id (SQLite's last rowid is exact)
    };

    // Runs an INSERT with its values bound; `what` names it in errors.
    void runInsert(const RowInsert &insert, const SentryRows::Values &values, const QString &what);
    // The same, returning the new row's id.
    qint64 insertReturningId(const RowInsert &insert, const SentryRows::Values &values,
                             const QString &what);
    // The values every statement of a new user binds.
    SentryRows::Values rowValues(const UserAccount &account, const QDateTime &now);
    // A member with its mapping (sets MemberId), a team link with its replica.
    void insertMember(SentryRows::Values &values);
    void insertTeamMember(SentryRows::Values &values, qint64 teamId);
    void buildPostgresStatements(QStringList &unwritable);

    QHash<QString, QSqlQuery> m_statements;
    DirectoryLimits m_limits;
    bool m_sqlite = true;
    SentryLayout m_layout;
    QString m_notice;
    // One statement a row, for SQLite (and the single writes of bulk updates).
    RowInsert m_insertUser;
    QString m_insertNewUser; // m_insertUser, nothing on a taken username (SQLite)
    RowInsert m_insertUserEmail;
    RowInsert m_insertMember;
    RowInsert m_insertMapping;
    RowInsert m_insertTeamMember;
    RowInsert m_insertReplica;
    // On PostgreSQL a new user with all its rows is one statement: without a membership, with
    // one, with one and a team.
    struct Chained
    {
        QString sql;
        QList<SentryRows::Param> params;
    };
    Chained m_newUser;
    Chained m_newUserAndMember;
    Chained m_newUserMemberAndTeam;
    // The repairs a forced update runs for its user, and the cache versions it bumps.
    QList<CheckStatement> m_followUser;
    QString m_bumpCacheVersion;
    QDateTime m_lastTime;
    QString m_lastTimestamp;
};