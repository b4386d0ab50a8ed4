#include "storage/SqlAccountStore.h"

#include "crypto/RandomToken.h"
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

    void followUser(qint64 userId) override { SqlUserDirectory::followUser(userId); }

private:
    QString forUpdate() const { return m_postgres ? QStringLiteral(" FOR UPDATE") : QString(); }

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
