#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

// Sentry's own read queries over the tables useradmin writes, so that a test can ask what Sentry
// would see after a write. Each is transcribed from the getsentry/sentry function named above it,
// by way of docs/sentry-schema.md section 4, into SQL that runs on SQLite and PostgreSQL alike:
// Django's iexact as UPPER(x) = UPPER(?), booleans as the literals true and false, values bound.
// A query that fails (a table or column missing) throws std::runtime_error, so that a test fails
// instead of reading "nothing found".
namespace SentryQueries {

namespace detail {
inline QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    bool ok = query.prepare(sql);
    if (ok) {
        for (const QVariant &value : values)
            query.addBindValue(value);
        ok = query.exec();
    }
    if (!ok)
        throw std::runtime_error(
            QStringLiteral("%1: %2").arg(sql, query.lastError().text()).toStdString());
    return query;
}

inline QList<qint64> ids(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query = run(db, sql, values);
    QList<qint64> result;
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

// (id, password) of the users a login look-up finds.
inline QList<std::pair<qint64, QString>> idsAndPasswords(const QSqlDatabase &db, const QString &sql,
                                                         const QString &value)
{
    QSqlQuery query = run(db, sql, {value});
    QList<std::pair<qint64, QString>> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

// The name as Sentry's login form hands it on: the form field strips white space, then
// AuthenticationForm.clean_username (src/sentry/web/forms/accounts.py) strips " \n\t\r\0" and
// lower-cases it.
inline QString loginName(const QString &typed)
{
    const auto strip = [](QChar c) { return c.isSpace() || c.isNull(); };
    qsizetype begin = 0;
    qsizetype end = typed.size();
    while (begin < end && strip(typed.at(begin)))
        ++begin;
    while (end > begin && strip(typed.at(end - 1)))
        --end;
    return typed.mid(begin, end - begin).toLower();
}
} // namespace detail

// Slugs of the organizations the user sees, ordered by slug.
// user_service.get_organizations(user_id, only_visible=True), DatabaseBackedUserService in
// src/sentry/users/services/user/impl.py (docs/sentry-schema.md section 4a): the organization
// mappings of the user's member mappings, status ACTIVE (0). The member's invite status is not
// looked at. An empty list is Sentry's "No Organization Access".
inline QStringList organizationsOf(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query = detail::run(
        db,
        QStringLiteral("SELECT m.slug FROM sentry_organizationmapping m WHERE m.organization_id IN "
                       "(SELECT mm.organization_id FROM sentry_organizationmembermapping mm "
                       "WHERE mm.user_id = ?) AND m.status = 0 ORDER BY m.slug"),
        {userId});
    QStringList slugs;
    while (query.next())
        slugs.append(query.value(0).toString());
    return slugs;
}

// Ids of the active users with the address, ordered by id.
// user_service.get_many_by_email(emails, is_active=True, is_verified=True, organization_id=None),
// DatabaseBackedUserService in src/sentry/users/services/user/impl.py (docs/sentry-schema.md
// section 4b): matches sentry_useremail case-insensitively, not auth_user.email. With
// `verifiedOnly` false it is the call with is_verified=False, which also counts unverified
// addresses (Sentry's own new users are unverified). `organizationId` keeps the users with a
// member mapping in that organization, like the organization_id argument. Sentry returns a user
// once per matching address; this returns each user once.
inline QList<qint64> usersByEmail(QSqlDatabase db, const QString &email, bool verifiedOnly,
                                  std::optional<qint64> organizationId = std::nullopt)
{
    QString sql = QStringLiteral("SELECT u.id FROM auth_user u WHERE u.id IN (SELECT ue.user_id "
                                 "FROM sentry_useremail ue WHERE UPPER(ue.email) = UPPER(?)");
    if (verifiedOnly)
        sql += QStringLiteral(" AND ue.is_verified = true");
    sql += QStringLiteral(") AND u.is_active = true");
    QVariantList values{email};
    if (organizationId) {
        sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM sentry_organizationmembermapping mm "
                              "WHERE mm.user_id = u.id AND mm.organization_id = ?)");
        values.append(*organizationId);
    }
    sql += QStringLiteral(" ORDER BY u.id");
    return detail::ids(db, sql, values);
}

// Ids of the users Sentry notifies for the team, ordered by id.
// get_team_members in src/sentry/notifications/helpers.py (removed in July 2026 as dead code;
// docs/sentry-schema.md section 4c): the team-membership replica joined to the member mappings by
// organization and member. The replica's is_active is not looked at.
inline QList<qint64> teamMembers(QSqlDatabase db, qint64 teamId)
{
    return detail::ids(
        db,
        QStringLiteral("SELECT mm.user_id FROM sentry_organizationmember_teamsreplica r "
                       "JOIN sentry_organizationmembermapping mm "
                       "ON mm.organization_id = r.organization_id "
                       "AND mm.organizationmember_id = r.organizationmember_id "
                       "WHERE r.team_id = ? AND mm.user_id IS NOT NULL ORDER BY mm.user_id"),
        {teamId});
}

// The user a login with the name `typed` (and the right password) signs in as, or none.
// EmailAuthBackend.authenticate and find_users in src/sentry/utils/auth.py (the same look-up as
// user_service.get_by_username in src/sentry/users/services/user/impl.py), after the login form's
// clean_username; docs/sentry-schema.md section 4d. Users whose password is exactly '!' are left
// out, then the username is matched case-insensitively with get(): two matches make it fail, so
// none is returned. Only when no username matches and the name holds an '@' are the addresses of
// auth_user tried, which may match several. Of those, Sentry signs in the first whose password is
// non-empty and checks; an unusable one ('!' and more) never checks. This helper knows no password,
// so it answers only when exactly one candidate has a usable password. is_active is not looked at
// here (the login view handles inactive users), nor is is_password_expired (see below).
inline std::optional<qint64> loginUser(QSqlDatabase db, const QString &typed)
{
    const QString name = detail::loginName(typed);
    if (name.isEmpty())
        return std::nullopt;
    QList<std::pair<qint64, QString>> candidates = detail::idsAndPasswords(
        db,
        QStringLiteral("SELECT id, password FROM auth_user WHERE UPPER(username) = UPPER(?) "
                       "AND password <> '!' ORDER BY id"),
        name);
    if (candidates.size() > 1)
        return std::nullopt;
    if (candidates.isEmpty() && name.contains(QLatin1Char('@')))
        candidates = detail::idsAndPasswords(
            db,
            QStringLiteral("SELECT id, password FROM auth_user WHERE UPPER(email) = UPPER(?) "
                           "AND password <> '!' ORDER BY id"),
            name);
    std::optional<qint64> found;
    for (const auto &[id, password] : std::as_const(candidates)) {
        if (password.isEmpty() || password.startsWith(QLatin1Char('!')))
            continue;
        if (found)
            return std::nullopt;
        found = id;
    }
    return found;
}

// Whether Sentry sends the user to change the password instead of signing in: login() in
// src/sentry/utils/auth.py raises AuthUserPasswordExpired after two-factor authentication when
// is_password_expired is set (docs/sentry-schema.md section 4d). Throws when there is no such user.
inline bool passwordExpired(QSqlDatabase db, qint64 userId)
{
    QSqlQuery query = detail::run(
        db, QStringLiteral("SELECT is_password_expired FROM auth_user WHERE id = ?"), {userId});
    if (!query.next())
        throw std::runtime_error("passwordExpired: no user " + std::to_string(userId));
    return query.value(0).toBool();
}

} // namespace SentryQueries
