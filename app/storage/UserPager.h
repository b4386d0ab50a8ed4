#pragma once

#include "domain/UserDirectory.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <optional>

class Database;

// A LIKE pattern (ESCAPE '!') matching what starts with this text, literally.
QString likePrefix(const QString &text);

// One row of the users browser.
struct BrowsedUser
{
    qint64 id = 0;
    QString email;
    QString name; // first_name, Sentry's display name
    bool superuser = false;
    bool staff = false;
    bool active = true;
    QDateTime dateJoined;
    QDateTime lastLogin;   // invalid: never
    QString organizations; // slugs, sorted, comma-separated
    QVariant sortKey;      // the raw value of the sort column, for keyset paging

    // The values an operator sees of the user, as a write compares them (StoredAccount::shown).
    UserAccount shown() const { return {email, superuser, staff, active, name}; }
};

// What the browser shows: sorted by one column (then id), filtered by a prefix of email or name.
struct BrowseQuery
{
    enum class Column
    {
        Email,
        Name,
        Superuser,
        Staff,
        Active,
        DateJoined,
        LastLogin,
        // A user's organizations are a list with no index to walk: this column sorts by user id,
        // which is the order in which users were created and joined their organizations.
        Organizations,
    };
    Column column = Column::Email;
    Qt::SortOrder order = Qt::AscendingOrder;
    QString prefix; // case-insensitive prefix of the email or the name; empty: every user

    bool operator==(const BrowseQuery &) const = default;
};

// How many users a query matches and how many there are, read at one moment.
struct UserCounts
{
    qint64 matching = 0;
    qint64 total = 0;
};

// What changes when users are added, removed or log in: compared to notice writes made
// elsewhere without reading the rows again.
struct UsersSignature
{
    qint64 rows = 0;
    qint64 highestId = 0;
    QVariant latestLogin;

    bool operator==(const UsersSignature &) const = default;
};

// Reads any window of rows of a BrowseQuery on one connection, by keyset paging: every query
// walks an index on (sort key, id) from the nearest row whose key it already knows (the first or
// last row of a window read before, or either end of the table), so that scrolling and jumping
// to either end never skip rows with OFFSET. Only a jump into the middle skips, index-only, from
// the nearest known row. Used on the thread that opened the Database; throws StorageError.
class UserPager
{
public:
    explicit UserPager(const Database &database);

    // Forgets what it knew of the previous query (keys move when the sort or filter changes).
    void setQuery(const BrowseQuery &query);
    // Forgets the known keys (after a write) but keeps the query.
    void invalidate();
    const BrowseQuery &query() const { return m_query; }

    // From this many matches on (counted up to it), a search walks the sort column's index and
    // tests each row against the prefix; below it, it reads the matches through the email and
    // name indexes and sorts them. Each way reads at most about this many rows for a page of a
    // million users. Changed by tests, to walk both ways with few users.
    static constexpr qint64 BroadSearchMatches = 16384;
    void setBroadSearchMatches(qint64 matches) { m_broadSearchMatches = matches; }

    qint64 count(); // users the query matches
    // Users the query matches and every user, in one statement: the two always agree.
    UserCounts counts();
    // Rows [start, start + count) in display order; `total` is count()'s answer.
    QList<BrowsedUser> rows(qint64 start, int count, qint64 total);
    // The ids of rows [start, start + count), without the columns shown.
    QList<qint64> ids(qint64 start, qint64 count, qint64 total);

    // The row count, highest id and latest login of auth_user: one statement on indexed
    // columns. Throws StorageError.
    static UsersSignature signature(const Database &database);

    // The emails of these users, in the same order (missing ids are left out). Throws
    // StorageError.
    static QStringList emails(const Database &database, const QList<qint64> &userIds);

private:
    struct Key
    {
        QVariant value;
        qint64 id = 0;
    };
    struct Walk
    {
        bool ascending = true; // in the column's own order, not the display order
        std::optional<Key> after;
        qint64 skip = 0;
        qint64 limit = 0;
        bool full = true; // every shown column, or only the id and key
    };

    // One index range of a walk: rows with a NULL key (never logged in; NULL compares with
    // nothing), rows tied with the key walked from (ordered by id), or rows past that key value.
    struct Part
    {
        QStringList conditions;
        QVariantList values;
        QString order;
    };

    Part merged(const QList<Part> &parts, bool ascending) const;
    QList<BrowsedUser> window(qint64 start, qint64 count, qint64 total, bool full);
    QList<BrowsedUser> walk(Walk walk);
    QList<Part> parts(const Walk &walk, bool broadSearch) const;
    QList<Part> splitAtPrefix(const Part &range, bool ascending) const;
    // The search's condition; with `inOrder`, written so that no index serves it and the walk
    // follows the sort column's index (SQLite; PostgreSQL's planner has statistics to choose).
    void addFilter(Part &part, bool inOrder = false) const;
    bool isBroadSearch();
    qint64 countRows(const Part &part);
    static QString countSql(const Part &part);
    void addOrganizations(QList<BrowsedUser> &users);
    void remember(qint64 row, const BrowsedUser &user);

    const Database &m_database;
    bool m_postgres = false;
    BrowseQuery m_query;
    QString m_sortExpression; // empty: the id alone
    bool m_nullable = false;
    qint64 m_broadSearchMatches = BroadSearchMatches;
    std::optional<bool> m_broadSearch; // of the current query, once a walk needed to know
    QMap<qint64, Key> m_knownKeys;     // display row -> key
};
