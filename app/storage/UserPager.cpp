#include "storage/UserPager.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace {
const QString usersTable = QStringLiteral("auth_user");
// Above this many remembered keys the pager starts over; far more than a session scrolls through.
constexpr qsizetype maxKnownKeys = 8192;

// SQLite compares with NOCASE (ASCII case folded) and has indexes with that collation; on
// PostgreSQL the same order is lower(), indexed by an expression index where one exists.
QString sortExpression(BrowseQuery::Column column, bool postgres)
{
    switch (column) {
    case BrowseQuery::Column::Email:
        return postgres ? QStringLiteral("lower(email)") : QStringLiteral("email COLLATE NOCASE");
    case BrowseQuery::Column::Name:
        return postgres ? QStringLiteral("lower(first_name)")
                        : QStringLiteral("first_name COLLATE NOCASE");
    case BrowseQuery::Column::Superuser:
        return QStringLiteral("is_superuser");
    case BrowseQuery::Column::Staff:
        return QStringLiteral("is_staff");
    case BrowseQuery::Column::Active:
        return QStringLiteral("is_active");
    case BrowseQuery::Column::DateJoined:
        return QStringLiteral("date_joined");
    case BrowseQuery::Column::LastLogin:
        return QStringLiteral("last_login");
    case BrowseQuery::Column::Organizations:
        break;
    }
    return {};
}

// The first string after every string that starts with `prefix` in NOCASE order: the last
// character moved one up. NOCASE folds A-Z to a-z, so '@' (just below 'A') is followed by '['.
QString prefixEnd(const QString &lowered)
{
    QString end = lowered;
    QChar &last = end[end.size() - 1];
    last = last == QLatin1Char('@') ? QLatin1Char('[') : QChar(last.unicode() + 1);
    return end;
}

void exec(QSqlQuery &query)
{
    execOrThrow(query, usersTable);
}
} // namespace

QString likePrefix(const QString &text)
{
    QString pattern;
    for (const QChar c : text) {
        if (c == QLatin1Char('%') || c == QLatin1Char('_') || c == QLatin1Char('!'))
            pattern += QLatin1Char('!');
        pattern += c;
    }
    return pattern + QLatin1Char('%');
}

UserPager::UserPager(const Database &database)
    : m_database(database)
    , m_postgres(database.kind() == Database::Kind::PostgreSQL)
{
    setQuery({});
}

void UserPager::setQuery(const BrowseQuery &query)
{
    m_query = query;
    m_sortExpression = sortExpression(query.column, m_postgres);
    m_nullable = query.column == BrowseQuery::Column::LastLogin;
    m_broadSearch.reset();
    m_knownKeys.clear();
}

void UserPager::invalidate()
{
    m_broadSearch.reset();
    m_knownKeys.clear();
}

void UserPager::addFilter(Part &part, bool inOrder) const
{
    if (m_query.prefix.isEmpty())
        return;
    const QString lowered = m_query.prefix.toLower();
    if (m_postgres) {
        part.conditions << QStringLiteral(
            "(lower(email) LIKE ? ESCAPE '!' OR lower(first_name) LIKE ? ESCAPE '!')");
        part.values << likePrefix(lowered) << likePrefix(lowered);
    } else {
        // SQLite's unary + keeps a column from being looked up in an index. Without statistics
        // its planner reads every match through the two indexes and sorts them all: at a
        // million users a one-letter search sorts a hundred thousand rows for one page.
        part.conditions << QStringLiteral(
                               "((%1email COLLATE NOCASE >= ? AND %1email COLLATE NOCASE < ?) OR "
                               "(%1first_name COLLATE NOCASE >= ? AND %1first_name COLLATE NOCASE "
                               "< ?))")
                               .arg(inOrder ? QStringLiteral("+") : QString());
        part.values << lowered << prefixEnd(lowered) << lowered << prefixEnd(lowered);
    }
}

bool UserPager::isBroadSearch()
{
    if (m_query.prefix.isEmpty() || m_postgres)
        return false;
    if (!m_broadSearch) {
        // Counted through the indexes, and no further than the threshold.
        Part matching;
        addFilter(matching);
        QSqlQuery query(sqlConnection(m_database));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM auth_user WHERE %1 "
                                     "LIMIT ?)")
                          .arg(matching.conditions.join(QStringLiteral(" AND "))));
        for (const QVariant &value : std::as_const(matching.values))
            query.addBindValue(value);
        query.addBindValue(m_broadSearchMatches);
        exec(query);
        m_broadSearch = query.next() && query.value(0).toLongLong() >= m_broadSearchMatches;
    }
    return *m_broadSearch;
}

QString UserPager::countSql(const Part &part)
{
    return QStringLiteral("SELECT COUNT(*) FROM auth_user") +
           (part.conditions.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + part.conditions.join(QStringLiteral(" AND ")));
}

qint64 UserPager::countRows(const Part &part)
{
    QSqlQuery query(sqlConnection(m_database));
    query.setForwardOnly(true);
    query.prepare(countSql(part));
    for (const QVariant &value : part.values)
        query.addBindValue(value);
    exec(query);
    return query.next() ? query.value(0).toLongLong() : 0;
}

qint64 UserPager::count()
{
    Part all;
    addFilter(all);
    return countRows(all);
}

UserCounts UserPager::counts()
{
    Part matching;
    addFilter(matching);
    if (matching.conditions.isEmpty()) {
        const qint64 total = countRows(matching);
        return {total, total};
    }
    // Two sub-selects of one statement see the same snapshot, on SQLite and PostgreSQL alike
    // (two statements would not under PostgreSQL's READ COMMITTED).
    QSqlQuery query(sqlConnection(m_database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT (%1), (%2)").arg(countSql(matching), countSql({})));
    for (const QVariant &value : matching.values)
        query.addBindValue(value);
    exec(query);
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong()};
}

UsersSignature UserPager::signature(const Database &database)
{
    QSqlQuery query(sqlConnection(database));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT COUNT(*), MAX(id), MAX(last_login) FROM auth_user"));
    exec(query);
    if (!query.next())
        return {};
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2)};
}

// The index ranges a walk reads, in its order. Each is a single seek on an index: a row value
// such as (key, id) > (?, ?) would seek on the key alone and then scan its ties, which for a
// yes/no column are half a million rows.
QList<UserPager::Part> UserPager::parts(const Walk &walk, bool broadSearch) const
{
    const QString direction = walk.ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    const QString beyond = walk.ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString byId = QStringLiteral("id %1").arg(direction);
    const QString byKey = QStringLiteral("%1 %2, id %2").arg(m_sortExpression, direction);
    const std::optional<Key> &after = walk.after;
    QList<Part> parts;
    if (m_sortExpression.isEmpty()) {
        if (after)
            parts.append({{QStringLiteral("id %1 ?").arg(beyond)}, {after->id}, byId});
        else
            parts.append({{}, {}, byId});
    } else {
        const QStringList notNull =
            m_nullable ? QStringList{QStringLiteral("%1 IS NOT NULL").arg(m_sortExpression)}
                       : QStringList();
        const Part keyedAll{notNull, {}, byKey};
        const Part nullsAll{{QStringLiteral("%1 IS NULL").arg(m_sortExpression)}, {}, byId};
        if (m_nullable && after && after->value.isNull()) {
            Part nulls = nullsAll;
            nulls.conditions << QStringLiteral("id %1 ?").arg(beyond);
            nulls.values << after->id;
            // Ascending, NULL keys come first (as in SQLite) and the others follow; descending,
            // they are the last rows.
            parts = walk.ascending ? QList<Part>{nulls, keyedAll} : QList<Part>{nulls};
        } else {
            if (after) {
                parts.append({{QStringLiteral("%1 = ?").arg(m_sortExpression),
                               QStringLiteral("id %1 ?").arg(beyond)},
                              {after->value, after->id},
                              byId});
                parts.append({{QStringLiteral("%1 %2 ?").arg(m_sortExpression, beyond)},
                              {after->value},
                              byKey});
            } else {
                parts.append(keyedAll);
            }
            if (m_nullable && walk.ascending && !after)
                parts.prepend(nullsAll);
            else if (m_nullable && !walk.ascending)
                parts.append(nullsAll);
        }
    }
    const bool textKey =
        m_query.column == BrowseQuery::Column::Email || m_query.column == BrowseQuery::Column::Name;
    QList<Part> filteredParts;
    for (const Part &part : std::as_const(parts)) {
        if (broadSearch && textKey && part.order == byKey) {
            filteredParts += splitAtPrefix(part, walk.ascending);
            continue;
        }
        Part filtered;
        addFilter(filtered, broadSearch);
        filtered.conditions += part.conditions;
        filtered.values += part.values;
        filtered.order = part.order;
        filteredParts.append(filtered);
    }
    if (m_postgres && filteredParts.size() > 1)
        return {merged(filteredParts, walk.ascending)};
    return filteredParts;
}

// Sentry's PostgreSQL has no index on any sort column but id, so each part would be a scan of
// auth_user of its own (and one that matches nothing, a walk of the whole id index: 270 to 420
// ms at a million users). The parts are consecutive runs of one order, NULL keys lowest as in
// SQLite: one statement in that order reads them all in a single scan.
UserPager::Part UserPager::merged(const QList<Part> &parts, bool ascending) const
{
    Part all;
    QStringList alternatives;
    for (const Part &part : parts) {
        alternatives << (part.conditions.isEmpty()
                             ? QStringLiteral("TRUE")
                             : QStringLiteral("(%1)").arg(
                                   part.conditions.join(QStringLiteral(" AND "))));
        all.values += part.values;
    }
    all.conditions << QStringLiteral("(%1)").arg(alternatives.join(QStringLiteral(" OR ")));
    const QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    all.order = QStringLiteral("%1 %2 NULLS %3, id %2")
                    .arg(m_sortExpression, direction,
                         ascending ? QStringLiteral("FIRST") : QStringLiteral("LAST"));
    return all;
}

// Sorted by email (or name), the users a broad search shows are, in order: those before the
// prefix whose name (or email) matches, every user within the prefix, and those after it whose
// name (or email) matches. The first and last are read through the other column's index, which
// also holds this one (schema version 5), and sorted; the middle one is a range of this column's
// index. Walking this column's index instead would test every row before the prefix.
QList<UserPager::Part> UserPager::splitAtPrefix(const Part &range, bool ascending) const
{
    const QString lowered = m_query.prefix.toLower();
    const QString end = prefixEnd(lowered);
    const QString other = m_query.column == BrowseQuery::Column::Email
                              ? QStringLiteral("first_name COLLATE NOCASE")
                              : QStringLiteral("email COLLATE NOCASE");
    // The range's own conditions are on this column: kept from its index in the outer parts.
    QStringList unindexed;
    for (const QString &condition : range.conditions)
        unindexed << QLatin1Char('+') + condition;
    const QStringList otherMatches{QStringLiteral("%1 >= ?").arg(other),
                                   QStringLiteral("%1 < ?").arg(other)};
    const Part before{QStringList{QStringLiteral("+%1 < ?").arg(m_sortExpression)} + otherMatches +
                          unindexed,
                      QVariantList{lowered, lowered, end} + range.values, range.order};
    const Part within{QStringList{QStringLiteral("%1 >= ?").arg(m_sortExpression),
                                  QStringLiteral("%1 < ?").arg(m_sortExpression)} +
                          range.conditions,
                      QVariantList{lowered, end} + range.values, range.order};
    const Part after{QStringList{QStringLiteral("+%1 >= ?").arg(m_sortExpression)} + otherMatches +
                         unindexed,
                     QVariantList{end, lowered, end} + range.values, range.order};
    return ascending ? QList<Part>{before, within, after} : QList<Part>{after, within, before};
}

QList<BrowsedUser> UserPager::rows(qint64 start, int count, qint64 total)
{
    QList<BrowsedUser> users = window(start, count, total, true);
    addOrganizations(users);
    return users;
}

QList<qint64> UserPager::ids(qint64 start, qint64 count, qint64 total)
{
    QList<qint64> found;
    for (const BrowsedUser &user : window(start, count, total, false))
        found.append(user.id);
    return found;
}

QList<BrowsedUser> UserPager::window(qint64 start, qint64 count, qint64 total, bool full)
{
    const qint64 end = std::min(start + count, total);
    if (start < 0 || start >= end)
        return {};
    // The nearest row before the window whose key is known (or the top), and the nearest one
    // after it (or the bottom): the window is read from whichever is closer.
    qint64 before = -1;
    std::optional<Key> beforeKey;
    auto previous = m_knownKeys.lowerBound(start);
    if (previous != m_knownKeys.begin()) {
        --previous;
        before = previous.key();
        beforeKey = previous.value();
    }
    qint64 after = total;
    std::optional<Key> afterKey;
    const auto next = m_knownKeys.lowerBound(end);
    if (next != m_knownKeys.end()) {
        after = next.key();
        afterKey = next.value();
    }
    const bool displayAscending = m_query.order == Qt::AscendingOrder;
    const qint64 forwardSkip = start - before - 1;
    const qint64 backwardSkip = after - end;
    QList<BrowsedUser> users;
    if (forwardSkip <= backwardSkip) {
        users = walk({displayAscending, beforeKey, forwardSkip, end - start, full});
    } else {
        users = walk({!displayAscending, afterKey, backwardSkip, end - start, full});
        std::reverse(users.begin(), users.end());
    }
    if (!users.isEmpty()) {
        remember(start, users.first());
        remember(start + users.size() - 1, users.last());
    }
    return users;
}

QList<BrowsedUser> UserPager::walk(Walk walk)
{
    const QString key = m_sortExpression.isEmpty() ? QStringLiteral("id") : m_sortExpression;
    const QString columns = walk.full ? QStringLiteral("id, email, first_name, is_superuser, "
                                                       "is_staff, is_active, date_joined, "
                                                       "last_login, %1")
                                            .arg(key)
                                      : QStringLiteral("id, %1").arg(key);
    const int keyColumn = walk.full ? 8 : 1;

    QList<BrowsedUser> users;
    for (const Part &part : parts(walk, isBroadSearch())) {
        if (users.size() >= walk.limit)
            break;
        QSqlQuery query(sqlConnection(m_database));
        query.setForwardOnly(true);
        const QString where =
            part.conditions.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + part.conditions.join(QStringLiteral(" AND "));
        query.prepare(QStringLiteral("SELECT %1 FROM auth_user%2 ORDER BY %3 LIMIT ? OFFSET ?")
                          .arg(columns, where, part.order));
        for (const QVariant &value : part.values)
            query.addBindValue(value);
        query.addBindValue(walk.limit - users.size());
        query.addBindValue(walk.skip);
        exec(query);
        const qsizetype before = users.size();
        while (query.next()) {
            BrowsedUser user;
            user.id = query.value(0).toLongLong();
            if (walk.full) {
                user.email = query.value(1).toString();
                user.name = query.value(2).toString();
                user.superuser = query.value(3).toBool();
                user.staff = query.value(4).toBool();
                user.active = query.value(5).toBool();
                user.dateJoined = storedDateTime(query.value(6));
                user.lastLogin = storedDateTime(query.value(7));
            }
            user.sortKey = query.value(keyColumn);
            users.append(user);
        }
        if (users.size() == before && walk.skip > 0) // the skip went past this whole part
            walk.skip = std::max<qint64>(0, walk.skip - countRows(part));
        else
            walk.skip = 0;
    }
    return users;
}

void UserPager::addOrganizations(QList<BrowsedUser> &users)
{
    QHash<qint64, QStringList> slugs;
    for (qsizetype start = 0; start < users.size(); start += IdsPerStatement) {
        const qsizetype count = std::min(IdsPerStatement, users.size() - start);
        QSqlQuery query(sqlConnection(m_database));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT m.user_id, o.slug FROM sentry_organizationmember m "
                                     "JOIN sentry_organization o ON o.id = m.organization_id "
                                     "WHERE m.user_id IN (%1) ORDER BY m.user_id, o.slug")
                          .arg(placeholders(count)));
        for (qsizetype i = start; i < start + count; ++i)
            query.addBindValue(users[i].id);
        execOrThrow(query, QStringLiteral("sentry_organizationmember"));
        while (query.next())
            slugs[query.value(0).toLongLong()].append(query.value(1).toString());
    }
    for (BrowsedUser &user : users)
        user.organizations = slugs.value(user.id).join(QStringLiteral(", "));
}

void UserPager::remember(qint64 row, const BrowsedUser &user)
{
    if (m_knownKeys.size() >= maxKnownKeys)
        m_knownKeys.clear();
    m_knownKeys.insert(row, {user.sortKey, user.id});
}

QStringList UserPager::emails(const Database &database, const QList<qint64> &userIds)
{
    QHash<qint64, QString> found;
    for (qsizetype start = 0; start < userIds.size(); start += IdsPerStatement) {
        const qsizetype count = std::min(IdsPerStatement, userIds.size() - start);
        QSqlQuery query(sqlConnection(database));
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT id, email FROM auth_user WHERE id IN (%1)")
                          .arg(placeholders(count)));
        for (qsizetype i = start; i < start + count; ++i)
            query.addBindValue(userIds[i]);
        exec(query);
        while (query.next())
            found.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    QStringList emails;
    for (const qint64 id : userIds)
        if (found.contains(id))
            emails.append(found.value(id));
    return emails;
}
