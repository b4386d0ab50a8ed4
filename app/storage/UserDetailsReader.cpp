#include "storage/UserDetailsReader.h"

#include "domain/AccountWrites.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// PostgreSQL cannot PREPARE transaction control: it is run directly.
void execute(QSqlDatabase db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        throw StorageError(QStringLiteral("%1: %2").arg(statement, query.lastError().text()));
}

QSqlQuery prepared(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query;
}
} // namespace

UserDetailsReader::UserDetailsReader(const Database &database)
    : m_database(database)
{}

PasswordState UserDetailsReader::passwordState(const QString &encoded)
{
    PasswordState state;
    state.usable = !encoded.isEmpty() && !encoded.startsWith(QLatin1Char('!'));
    if (!state.usable)
        return state;
    // "<hasher>$<parameters...>": only a name of Django's form is taken as one, so that a
    // malformed hash never shows a piece of itself.
    static const QRegularExpression hasherName(QStringLiteral("^[a-z0-9_]{1,32}$"));
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() < 2 || !hasherName.match(parts[0]).hasMatch())
        return state;
    state.hasher = parts[0];
    if (state.hasher.startsWith(QLatin1String("pbkdf2_")) && parts.size() == 4) {
        bool ok = false;
        const int iterations = parts[1].toInt(&ok);
        if (ok && iterations > 0)
            state.iterations = iterations;
    }
    return state;
}

std::optional<UserDetails> UserDetailsReader::read(qint64 userId) const
{
    QSqlDatabase db = sqlConnection(m_database);
    const bool postgres = m_database.kind() == Database::Kind::PostgreSQL;
    const SentryLayout &layout = m_database.layout();
    // One snapshot for every table: SQLite's read transaction (WAL) sees one moment from its
    // first read on; PostgreSQL needs repeatable read for that.
    execute(db, postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                         : QStringLiteral("BEGIN"));
    std::optional<UserDetails> details;
    try {
        QSqlQuery user = prepared(
            db,
            QStringLiteral("SELECT id, email, first_name, is_superuser, is_staff, is_active, "
                           "date_joined, last_login, password FROM auth_user WHERE id = ?"),
            {userId});
        execOrThrow(user, SentryTables::Users);
        if (user.next()) {
            details = UserDetails();
            details->id = user.value(0).toLongLong();
            details->email = user.value(1).toString();
            details->name = user.value(2).toString();
            details->superuser = user.value(3).toBool();
            details->staff = user.value(4).toBool();
            details->active = user.value(5).toBool();
            details->dateJoined = storedDateTime(user.value(6));
            details->lastLogin = storedDateTime(user.value(7));
            details->password = passwordState(user.value(8).toString());
        }
        user.finish();
        if (details) {
            QSqlQuery role = prepared(
                db,
                QStringLiteral("SELECT COUNT(*) FROM sentry_userrole_users l JOIN "
                               "sentry_userrole r ON r.id = l.role_id WHERE l.user_id = ? AND "
                               "r.name = ?"),
                {userId, AccountWrites::superAdminRole});
            execOrThrow(role, SentryTables::UserRoleLinks);
            details->superAdminRole = role.next() && role.value(0).toLongLong() > 0;
            role.finish();

            QSqlQuery members = prepared(
                db,
                QStringLiteral("SELECT m.id, o.slug, o.name, m.role FROM "
                               "sentry_organizationmember m JOIN sentry_organization o ON o.id = "
                               "m.organization_id WHERE m.user_id = ? ORDER BY o.slug, m.id"),
                {userId});
            execOrThrow(members, SentryTables::Members);
            QHash<qint64, qsizetype> memberships; // member id: index in details->memberships
            while (members.next()) {
                memberships.insert(members.value(0).toLongLong(), details->memberships.size());
                details->memberships.append({members.value(1).toString(),
                                             members.value(2).toString(),
                                             members.value(3).toString(),
                                             {}});
            }
            members.finish();

            QSqlQuery teams = prepared(
                db,
                QStringLiteral("SELECT mt.organizationmember_id, t.slug FROM "
                               "sentry_organizationmember_teams mt JOIN sentry_team t ON t.id = "
                               "mt.team_id JOIN sentry_organizationmember m ON m.id = "
                               "mt.organizationmember_id WHERE m.user_id = ? AND mt.is_active = "
                               "? ORDER BY t.slug, t.id"),
                {userId, true});
            execOrThrow(teams, SentryTables::TeamMembers);
            while (teams.next()) {
                const auto membership = memberships.constFind(teams.value(0).toLongLong());
                if (membership != memberships.cend())
                    details->memberships[*membership].teams.append(teams.value(1).toString());
            }
            teams.finish();

            if (layout.hasTable(SentryTables::UserEmails)) {
                QSqlQuery emails = prepared(db,
                                            QStringLiteral("SELECT email, is_verified FROM "
                                                           "sentry_useremail WHERE user_id = ? "
                                                           "ORDER BY email, id"),
                                            {userId});
                execOrThrow(emails, SentryTables::UserEmails);
                details->emails.emplace();
                while (emails.next())
                    details->emails->append({emails.value(0).toString(), emails.value(1).toBool()});
                emails.finish();
            }

            if (layout.hasTable(SentryTables::Authenticators)) {
                QSqlQuery methods = prepared(db,
                                             QStringLiteral("SELECT type FROM auth_authenticator "
                                                            "WHERE user_id = ? ORDER BY type"),
                                             {userId});
                execOrThrow(methods, SentryTables::Authenticators);
                details->authenticatorTypes.emplace();
                while (methods.next())
                    details->authenticatorTypes->append(methods.value(0).toInt());
                methods.finish();
            }
        }
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
    execute(db, QStringLiteral("COMMIT"));
    return details;
}

std::optional<UserDetailsReader::AuthenticatorCounts>
UserDetailsReader::authenticatorCounts(const Database &database, const QList<qint64> &userIds)
{
    if (!database.layout().hasTable(SentryTables::Authenticators))
        return std::nullopt;
    AuthenticatorCounts counts;
    for (qsizetype first = 0; first < userIds.size(); first += IdsPerStatement) {
        QVariantList ids;
        for (const qint64 id : userIds.mid(first, IdsPerStatement))
            ids << id;
        const auto run = [&](const char *sql) {
            QSqlQuery query = prepared(sqlConnection(database),
                                       QString::fromLatin1(sql).arg(placeholders(ids.size())), ids);
            execOrThrow(query, SentryTables::Authenticators);
            return query;
        };
        QSqlQuery enrolled = run("SELECT count(DISTINCT user_id) FROM auth_authenticator WHERE "
                                 "user_id IN (%1)");
        if (enrolled.next())
            counts.enrolledUsers += enrolled.value(0).toLongLong();
        QSqlQuery byType = run("SELECT type, count(*) FROM auth_authenticator WHERE user_id IN "
                               "(%1) GROUP BY type");
        while (byType.next())
            counts.usersByType[byType.value(0).toInt()] += byType.value(1).toLongLong();
    }
    return counts;
}
