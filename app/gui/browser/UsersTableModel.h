#pragma once

#include "domain/UserDirectory.h"
#include "storage/UserPager.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QItemSelection>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

class Database;
class QThread;
class UsersPageLoader;

// The users of a database as a table that knows the number of rows (one COUNT) but holds only a
// few pages of them: rows are read a page at a time, as the view shows them, by a loader on its
// own thread and connection; rows still loading show a placeholder. Each sort, filter or refresh
// starts a new generation, and pages of an older one are dropped. Memory stays bounded by an LRU
// cache of pages, whatever the table's size.
class UsersTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        EmailColumn,
        NameColumn,
        SuperuserColumn,
        StaffColumn,
        ActiveColumn,
        DateJoinedColumn,
        LastLoginColumn,
        OrganizationsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 128;
    // A new query's top rows, read before its count: a tall window's worth, and half the time of
    // a whole page on a new connection. The rest of that page is read once the count is in.
    static constexpr int FirstRows = 64;
    static constexpr int MaxCachedPages = 64;

    explicit UsersTableModel(QObject *parent = nullptr);
    ~UsersTableModel() override;

    // A path or postgresql:// URL; empty shows nothing.
    void setDatabaseLocation(const QString &location);
    // Shows the users whose email or name starts with this text (case-insensitive).
    void setFilter(const QString &prefix);
    QString filter() const { return m_query.prefix; }
    // Re-reads the counts and the rows shown, keeping the old rows on screen until then.
    void refresh();

    qint64 totalUsers() const { return m_total; }
    bool isLoaded(int row) const;
    int cachedPages() const { return int(m_pages.size()); }
    // The id of this row if its current values are loaded.
    std::optional<qint64> loadedId(int row) const;
    // The ids of the rows of this selection that are in the cache, even from before a refresh:
    // the users shown there, without reading anything.
    QList<qint64> cachedIds(const QItemSelection &selection) const;
    // A selection as a worker can resolve it without the model: the ids of its loaded rows, and
    // the ranges of rows not loaded, with the query that orders them.
    struct SelectedRows
    {
        QList<BrowsedUser> loaded;           // the selected rows shown with their values
        QList<std::pair<int, int>> unloaded; // first row, number of rows
        BrowseQuery query;
        int rows = 0;

        // The values the operator saw of the loaded rows, by id: a write refuses a user whose
        // row no longer shows them ("changed by someone else; reload").
        QHash<qint64, UserAccount> seen() const;
    };
    SelectedRows selectedRows(const QItemSelection &selection) const;
    // Every id of the selection, the unloaded rows read on `database` (on a worker), each id
    // once and in ascending order. Throws StorageError.
    static QList<qint64> readIds(const Database &database, const SelectedRows &selection);

    // The loaded values of this row, if any.
    std::optional<BrowsedUser> loadedUser(int row) const;
    // What a cell shows for this user (stored control characters escaped), in the view and in
    // what Copy puts on the clipboard.
    static QString cellText(const BrowsedUser &user, int column);
    // The words of a flag and of a last login (invalid: never), in the cells and the details
    // pane alike.
    static QString yesNo(bool value);
    static QString lastLoginText(const QDateTime &time);
    static QString columnTitle(int column);
    // The rows of a selection in display order, as a worker reads them again.
    struct RowRanges
    {
        QList<std::pair<int, int>> ranges; // first row, number of rows; ascending, disjoint
        BrowseQuery query;
        int rows = 0;
    };
    RowRanges rowRanges(const QItemSelection &selection) const;
    // These rows as tab-separated text under a line of column titles, read on `database` (on a
    // worker) a few pages at a time; `stop` is asked between reads (nothing is returned once it
    // says yes). Throws StorageError.
    static std::optional<QString> readTabSeparated(const Database &database, const RowRanges &rows,
                                                   const std::function<bool()> &stop);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Headers, yes/no and dates depend on the language: tell the views after a switch.
    void retranslate();

signals:
    void totalUsersChanged(qint64 total);
    // The number of rows matching the filter, and of all users, are known.
    void counted(qint64 matching, qint64 total);
    // The current values of rows [first, last] arrived.
    void pageArrived(int first, int last);
    void failed(const QString &message);

private:
    struct Page
    {
        QList<BrowsedUser> rows;
        int generation = 0;
        mutable quint64 lastUse = 0;
        bool firstRowsOnly = false; // FirstRows of a longer page: the rest is still to be read
    };

    void startQuery(bool refreshing);
    void stopLoader();
    void want(int page) const;
    void requestWanted();
    void countReceived(int generation, qint64 matching, qint64 total);
    void pageReceived(int generation, int page, const QList<BrowsedUser> &rows);
    const BrowsedUser *row(int row) const;

    QString m_location;
    BrowseQuery m_query;
    QThread *m_thread = nullptr;
    // Lives on m_thread until that thread ends, and is deleted there: set only while the thread
    // runs, so that nothing is posted to a loader being deleted (a QPointer checked on this
    // thread cannot say that).
    UsersPageLoader *m_loader = nullptr;
    std::shared_ptr<QAtomicInt> m_latestGeneration;
    int m_generation = 0;
    bool m_refreshing = false;
    bool m_countPending = false;
    // A new query's first page arrived before its count: the rows shown are that page's.
    bool m_showingFirstPageOnly = false;
    int m_rows = 0;
    qint64 m_total = 0;
    QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_wanted;
    QSet<int> m_requested;
    mutable QTimer m_requestTimer;
};
