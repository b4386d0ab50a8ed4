#include "storage/SqlAccountStore.h"

#include "crypto/RandomToken.h"
#include "domain/AccountWrites.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/SqlUserDirectory.h"

namespace {
const QString accountColumns =
    QStringLiteral("id, username, email, is_active, is_superuser, first_name, is_staff");
// Sentry's session nonce: 12 random letters and digits (User.refresh_session_nonce).
constexpr int SessionNonceLength = 12;

StoredAccount accountFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toBool(),     query.value(4).toBool(),   query.value(5).toString(),
            query.value(6).toBool()};
}

QList<StoredAccount> accountsFrom(QSqlQuery &query)
{
    QList<StoredAccount> accounts;
    while (query.next())
        accounts.append(accountFrom(query));
    query.finish();
    return accounts;
}

// Built on the createuser writer: the same connection handling, statement cache, transactions
// and the repairs a forced update runs for its user.
class SqlAccountStoreImpl final : public AccountStore, private SqlUserDirectory
{
public:
    explicit SqlAccountStoreImpl(const Database &database)
        : SqlUserDirectory(database)
        , m_postgres(database.kind() == Database::Kind::PostgreSQL)
        , m_layout(database.layout())
    {
        using namespace SentryRows;
        QStringList unwritable; // already in limits(): the same table as a new user's
        const Insert email(m_layout, SentryTables::UserEmails,
                           userEmail(Param::UserId, Param::Email, Param::ValidationHash),
                           unwritable);
        if (email.isValid()) {
            m_insertEmail =
                email.values() + QStringLiteral(" ON CONFLICT (user_id, email) DO NOTHING");
            m_insertEmailParams = email.params();
        }
    }

    DirectoryLimits limits() const override { return SqlUserDirectory::limits(); }
    QString notice() const override { return SqlUserDirectory::notice(); }
    bool hasAuthenticators() const override
    {
        return m_layout.hasTable(SentryTables::Authenticators);
    }

    void begin() override { SqlUserDirectory::begin(); }
    void commit() override { SqlUserDirectory::commit(); }
    void rollback() override { SqlUserDirectory::rollback(); }

    QList<StoredAccount> findByLogin(const QString &name) override
    {
        const QList<StoredAccount> byUsername =
            accountsFrom(run(QStringLiteral("SELECT %1 FROM auth_user WHERE UPPER(username) = "
                                            "UPPER(?) ORDER BY id")
                                 .arg(accountColumns),
                             SentryTables::Users, {name}));
        if (!byUsername.isEmpty())
            return byUsername;
        return accountsFrom(run(QStringLiteral("SELECT %1 FROM auth_user WHERE UPPER(email) = "
                                               "UPPER(?) ORDER BY id")
                                    .arg(accountColumns),
                                SentryTables::Users, {name}));
    }

    std::optional<StoredAccount> account(qint64 userId) override
    {
        return first(QStringLiteral("SELECT %1 FROM auth_user WHERE id = ?").arg(accountColumns),
                     userId);
    }

    std::optional<StoredAccount> lockAccount(qint64 userId) override
    {
        // SQLite's BEGIN IMMEDIATE already holds the only write lock.
        return first(QStringLiteral("SELECT %1 FROM auth_user WHERE id = ?%2")
                         .arg(accountColumns, forUpdate()),
                     userId);
    }

    int otherActiveSuperusers(qint64 userId) override
    {
        // Locked in id order, by every writer alike: two deactivations wait for each other
        // instead of deadlocking, and the second sees the first one's result.
        QSqlQuery &query = run(QStringLiteral("SELECT id FROM auth_user WHERE is_superuser = true "
                                              "AND is_active = true ORDER BY id%1")
                                   .arg(forUpdate()),
                               SentryTables::Users, {});
        int others = 0;
        while (query.next())
            if (query.value(0).toLongLong() != userId)
                ++others;
        query.finish();
        return others;
    }

    void setPasswordHash(qint64 userId, const QString &hash, const QDateTime &now) override
    {
        SqlUserDirectory::setPasswordHash(userId, hash, now);
    }

    void setActive(qint64 userId, bool active) override
    {
        run(QStringLiteral("UPDATE auth_user SET is_active = ? WHERE id = ?"), SentryTables::Users,
            {active, userId});
    }

    void endSessions(qint64 userId) override
    {
        if (!m_layout.hasColumn(SentryTables::Users, QStringLiteral("session_nonce")))
            return;
        run(QStringLiteral("UPDATE auth_user SET session_nonce = ? WHERE id = ?"),
            SentryTables::Users, {RandomToken::alphanumeric(SessionNonceLength), userId});
    }

    bool addressTaken(const QString &email, qint64 exceptUserId) override
    {
        QSqlQuery &query = run(QStringLiteral("SELECT id FROM auth_user WHERE id <> ? AND "
                                              "(UPPER(username) = UPPER(?) OR UPPER(email) = "
                                              "UPPER(?)) LIMIT 1"),
                               SentryTables::Users, {exceptUserId, email, email});
        const bool taken = query.next();
        query.finish();
        return taken;
    }

    void changeEmail(qint64 userId, const QString &oldEmail, const QString &newEmail,
                     const QDateTime &now) override
    {
        // The username follows where it was the address (Sentry's own rule when a user changes
        // the primary address); a username of another form stays.
        run(QStringLiteral("UPDATE auth_user SET email = ?, username = CASE WHEN UPPER(username) "
                           "= UPPER(?) THEN ? ELSE username END WHERE id = ?"),
            SentryTables::Users, {newEmail, oldEmail, newEmail, userId});
        if (m_insertEmail.isEmpty())
            return;
        run(QStringLiteral("DELETE FROM sentry_useremail WHERE user_id = ? AND UPPER(email) = "
                           "UPPER(?)"),
            SentryTables::UserEmails, {userId, oldEmail});
        using SentryRows::Param;
        SentryRows::Values values;
        values[size_t(Param::UserId)] = userId;
        values[size_t(Param::Email)] = newEmail;
        values[size_t(Param::ValidationHash)] = SentryRows::validationHash();
        values[size_t(Param::Now)] = timestamp(now);
        // A row the user already has for the new address (verified, say) is kept as it is.
        QSqlQuery &insert = prepared(m_insertEmail, SentryTables::UserEmails);
        SentryRows::bind(insert, m_insertEmailParams, values);
        execOrThrow(insert, SentryTables::UserEmails);
    }

    QList<int> authenticatorTypes(qint64 userId) override
    {
        QSqlQuery &query =
            run(QStringLiteral("SELECT type FROM auth_authenticator WHERE user_id = ? ORDER BY "
                               "type"),
                SentryTables::Authenticators, {userId});
        QList<int> types;
        while (query.next())
            types.append(query.value(0).toInt());
        query.finish();
        return types;
    }

    void removeAuthenticators(qint64 userId) override
    {
        run(QStringLiteral("DELETE FROM auth_authenticator WHERE user_id = ?"),
            SentryTables::Authenticators, {userId});
    }

    std::optional<Organization> organization(const QString &slugOrId) override
    {
        return AccountWrites::namedOrganization(*this, slugOrId);
    }

    QList<Team> teamsWithSlug(const QString &slug) override
    {
        return SqlUserDirectory::teamsWithSlug(slug);
    }

    std::optional<StoredMembership> membership(qint64 organizationId, qint64 userId) override
    {
        QSqlQuery &member = run(QStringLiteral("SELECT id, role FROM sentry_organizationmember "
                                               "WHERE organization_id = ? AND user_id = ?"),
                                SentryTables::Members, {organizationId, userId});
        if (!member.next()) {
            member.finish();
            return std::nullopt;
        }
        StoredMembership found{member.value(0).toLongLong(), member.value(1).toString(), {}};
        member.finish();
        QSqlQuery &teams = run(QStringLiteral("SELECT t.id, t.organization_id, t.name, t.slug FROM "
                                              "sentry_organizationmember_teams tm JOIN sentry_team "
                                              "t ON t.id = tm.team_id WHERE "
                                              "tm.organizationmember_id = ? ORDER BY t.id"),
                               SentryTables::TeamMembers, {found.id});
        while (teams.next())
            found.teams.append({teams.value(0).toLongLong(), teams.value(1).toLongLong(),
                                teams.value(2).toString(), teams.value(3).toString()});
        teams.finish();
        return found;
    }

    QList<qint64> lockActiveOwners(qint64 organizationId) override
    {
        // Locked in id order by every writer alike, as otherActiveSuperusers() locks; the
        // subquery only reads auth_user, whose rows stay unlocked.
        QSqlQuery &query =
            run(QStringLiteral("SELECT m.id, EXISTS (SELECT 1 FROM auth_user u WHERE u.id = "
                               "m.user_id AND u.is_active = true) FROM sentry_organizationmember "
                               "m WHERE m.organization_id = ? AND m.role = ? ORDER BY m.id%1")
                    .arg(forUpdate()),
                SentryTables::Members, {organizationId, AccountWrites::topOrganizationRole});
        QList<qint64> owners;
        while (query.next())
            if (query.value(1).toBool())
                owners.append(query.value(0).toLongLong());
        query.finish();
        return owners;
    }

    qint64 addMember(qint64 organizationId, qint64 userId, const QString &role,
                     const QDateTime &now) override
    {
        return addOrganizationMember(organizationId, userId, role, now);
    }

    void addTeamMember(qint64 memberId, qint64 teamId) override
    {
        SqlUserDirectory::addTeamMember(memberId, teamId);
    }

    void setRole(qint64 memberId, const QString &role) override
    {
        run(QStringLiteral("UPDATE sentry_organizationmember SET role = ? WHERE id = ?"),
            SentryTables::Members, {role, memberId});
    }

    void removeTeamMember(qint64 memberId, qint64 teamId) override
    {
        const QString teamMember = QStringLiteral("organizationmember_id = ? AND team_id = ?");
        removeReplicas(teamMember, {memberId, teamId});
        run(QStringLiteral("DELETE FROM sentry_organizationmember_teams WHERE ") + teamMember,
            SentryTables::TeamMembers, {memberId, teamId});
    }

    void removeMember(qint64 memberId) override
    {
        const QString ofMember = QStringLiteral("organizationmember_id = ?");
        removeReplicas(ofMember, {memberId});
        run(QStringLiteral("DELETE FROM sentry_organizationmember_teams WHERE ") + ofMember,
            SentryTables::TeamMembers, {memberId});
        // Sentry's other rows that point at a member and go with it (Django's cascade): a
        // foreign key on PostgreSQL would refuse the delete while they are there.
        if (m_layout.hasTable(SentryTables::AccessRequests))
            run(QStringLiteral("DELETE FROM sentry_organizationaccessrequest WHERE member_id = ?"),
                SentryTables::AccessRequests, {memberId});
        run(QStringLiteral("DELETE FROM sentry_organizationmember WHERE id = ?"),
            SentryTables::Members, {memberId});
    }

    void followUser(qint64 userId) override { SqlUserDirectory::followUser(userId); }

private:
    QString forUpdate() const { return m_postgres ? QStringLiteral(" FOR UPDATE") : QString(); }

    // The replicas of the team memberships that match `where` (Sentry removes a replica with
    // its team membership, by organizationmemberteam_id).
    void removeReplicas(const QString &where, QSpan<const QVariant> values)
    {
        if (!m_layout.hasTable(SentryTables::TeamMemberReplicas))
            return;
        run(QStringLiteral("DELETE FROM sentry_organizationmember_teamsreplica WHERE "
                           "organizationmemberteam_id IN (SELECT id FROM "
                           "sentry_organizationmember_teams WHERE %1)")
                .arg(where),
            SentryTables::TeamMemberReplicas, values);
    }

    std::optional<StoredAccount> first(const QString &sql, qint64 userId)
    {
        const QList<StoredAccount> found = accountsFrom(run(sql, SentryTables::Users, {userId}));
        return found.isEmpty() ? std::nullopt : std::optional<StoredAccount>(found.first());
    }

    bool m_postgres = false;
    SentryLayout m_layout;
    QString m_insertEmail; // empty without a sentry_useremail table
    QList<SentryRows::Param> m_insertEmailParams;
};
} // namespace

std::unique_ptr<AccountStore> SqlAccountStore::create(const Database &database)
{
    return std::make_unique<SqlAccountStoreImpl>(database);
}
