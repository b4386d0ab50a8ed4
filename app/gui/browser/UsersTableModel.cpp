#include "gui/browser/UsersTableModel.h"

#include "domain/DisplayText.h"
#include "gui/browser/UsersPageLoader.h"
#include "storage/Database.h"

#include <QThread>
#include <algorithm>
#include <limits>
#include <utility>

UsersTableModel::UsersTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_latestGeneration(std::make_shared<QAtomicInt>(0))
{
    // Requests made while the view paints are sent together once it is done.
    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &UsersTableModel::requestWanted);
}

UsersTableModel::~UsersTableModel()
{
    stopLoader();
}

void UsersTableModel::stopLoader()
{
    if (!m_thread)
        return;
    m_latestGeneration->storeRelease(++m_generation); // the loader skips what is still queued
    // Never waits for the query in flight: the thread ends after it and deletes itself then.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit();
    m_thread = nullptr;
    m_loader = nullptr;
}

void UsersTableModel::setDatabaseLocation(const QString &location)
{
    stopLoader();
    m_location = location;
    beginResetModel();
    m_rows = 0;
    m_pages.clear();
    endResetModel();
    if (m_total != 0)
        emit totalUsersChanged(m_total = 0);
    if (location.isEmpty())
        return;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("users loader"));
    auto *loader = new UsersPageLoader(location, m_latestGeneration);
    loader->moveToThread(m_thread);
    m_loader = loader;
    // The loader (and its connection) is deleted on its own thread when that thread ends.
    connect(m_thread, &QThread::finished, loader, &QObject::deleteLater);
    connect(loader, &UsersPageLoader::counted, this, &UsersTableModel::countReceived);
    connect(loader, &UsersPageLoader::pageLoaded, this, &UsersTableModel::pageReceived);
    connect(loader, &UsersPageLoader::failed, this, &UsersTableModel::failed);
    m_thread->start();
    QMetaObject::invokeMethod(loader, &UsersPageLoader::open, Qt::QueuedConnection);
    startQuery(false);
}

void UsersTableModel::setFilter(const QString &prefix)
{
    if (prefix == m_query.prefix)
        return;
    m_query.prefix = prefix;
    startQuery(false);
}

void UsersTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const BrowseQuery::Column sortColumn = BrowseQuery::Column(column);
    if (sortColumn == m_query.column && order == m_query.order)
        return;
    m_query.column = sortColumn;
    m_query.order = order;
    startQuery(false);
}

void UsersTableModel::refresh()
{
    startQuery(true);
}

void UsersTableModel::startQuery(bool refreshing)
{
    if (!m_loader)
        return;
    m_latestGeneration->storeRelease(++m_generation);
    m_refreshing = refreshing;
    m_countPending = true;
    m_requested.clear();
    m_wanted.clear();
    if (!refreshing) // the old rows mean nothing in the new order
        m_pages.clear();
    const int generation = m_generation;
    const BrowseQuery query = m_query;
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation, query, refreshing] {
            loader->setQuery(generation, query, refreshing);
        },
        Qt::QueuedConnection);
}

void UsersTableModel::countReceived(int generation, qint64 matching, qint64 total)
{
    if (generation != m_generation)
        return;
    m_countPending = false;
    // A view has int rows; past two thousand million users the rest are not shown.
    const int rows = int(std::min<qint64>(matching, std::numeric_limits<int>::max()));
    const bool firstPageShown = std::exchange(m_showingFirstPageOnly, false);
    if (!m_refreshing && !firstPageShown) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else {
        if (rows > m_rows) {
            beginInsertRows({}, m_rows, rows - 1);
            m_rows = rows;
            endInsertRows();
        } else if (rows < m_rows) {
            beginRemoveRows({}, rows, m_rows - 1);
            m_rows = rows;
            endRemoveRows();
        }
        // The rows shown are read again; old values stay until they arrive.
        if (m_refreshing && m_rows > 0)
            emit dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1));
    }
    if (total != m_total)
        emit totalUsersChanged(m_total = total);
    emit counted(matching, total);
}

void UsersTableModel::pageReceived(int generation, int page, const QList<BrowsedUser> &rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(page);
    if (m_countPending && !m_refreshing && page == 0) {
        // A new query's top rows, before its count: shown at once, as many rows as they are.
        beginResetModel();
        m_pages.insert(page, {rows, generation, ++m_useClock, rows.size() == FirstRows});
        m_rows = int(rows.size());
        m_showingFirstPageOnly = true;
        endResetModel();
        if (m_rows > 0)
            emit pageArrived(0, m_rows - 1);
        return;
    }
    m_pages.insert(page, {rows, generation, ++m_useClock});
    // Least recently shown pages go first.
    while (m_pages.size() > MaxCachedPages) {
        const auto oldest =
            std::min_element(m_pages.cbegin(), m_pages.cend(),
                             [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
        m_pages.erase(oldest);
    }
    const int first = page * PageSize;
    const int last = std::min(m_rows, first + PageSize) - 1;
    if (first <= last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
        emit pageArrived(first, last);
    }
}

void UsersTableModel::want(int page) const
{
    m_wanted.insert(page);
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void UsersTableModel::requestWanted()
{
    if (!m_loader || m_countPending)
        return;
    for (const int page : std::as_const(m_wanted)) {
        if (m_requested.contains(page))
            continue;
        m_requested.insert(page);
        QMetaObject::invokeMethod(
            m_loader,
            [loader = m_loader, generation = m_generation, page, rows = m_rows] {
                loader->fetch(generation, page, PageSize, rows);
            },
            Qt::QueuedConnection);
    }
    m_wanted.clear();
}

const BrowsedUser *UsersTableModel::row(int row) const
{
    const int page = row / PageSize;
    const auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        want(page);
        return nullptr;
    }
    found->lastUse = ++m_useClock;
    const int offset = row % PageSize;
    if (found->generation != m_generation || (found->firstRowsOnly && offset >= found->rows.size()))
        want(page);
    return offset < found->rows.size() ? &found->rows[offset] : nullptr;
}

bool UsersTableModel::isLoaded(int row) const
{
    const auto found = m_pages.constFind(row / PageSize);
    return found != m_pages.cend() && found->generation == m_generation &&
           row % PageSize < found->rows.size();
}

std::optional<qint64> UsersTableModel::loadedId(int row) const
{
    if (!isLoaded(row))
        return std::nullopt;
    return m_pages.value(row / PageSize).rows[row % PageSize].id;
}

QList<qint64> UsersTableModel::cachedIds(const QItemSelection &selection) const
{
    // At most MaxCachedPages pages: bounded whatever the table's or the selection's size.
    QList<qint64> ids;
    for (auto page = m_pages.cbegin(); page != m_pages.cend(); ++page)
        for (int offset = 0; offset < page->rows.size(); ++offset) {
            const int r = page.key() * PageSize + offset;
            if (r < m_rows && selection.contains(index(r, 0)))
                ids.append(page->rows[offset].id);
        }
    return ids;
}

UsersTableModel::SelectedRows UsersTableModel::selectedRows(const QItemSelection &selection) const
{
    SelectedRows selected;
    selected.query = m_query;
    selected.rows = m_rows;
    for (const QItemSelectionRange &range : selection) {
        const int top = range.top();
        const int bottom = range.bottom();
        bool loaded = true;
        for (int r = top; r <= bottom && loaded; r += PageSize)
            loaded = isLoaded(r) && isLoaded(std::min(bottom, (r / PageSize + 1) * PageSize - 1));
        if (!loaded) {
            selected.unloaded.append({top, bottom - top + 1});
            continue;
        }
        for (int r = top; r <= bottom; ++r)
            selected.loaded.append(m_pages.value(r / PageSize).rows[r % PageSize]);
    }
    return selected;
}

QHash<qint64, UserAccount> UsersTableModel::SelectedRows::seen() const
{
    QHash<qint64, UserAccount> seen;
    seen.reserve(loaded.size());
    for (const BrowsedUser &user : loaded)
        seen.insert(user.id, user.shown());
    return seen;
}

QList<qint64> UsersTableModel::readIds(const Database &database, const SelectedRows &selection)
{
    QList<qint64> ids;
    ids.reserve(selection.loaded.size());
    for (const BrowsedUser &user : selection.loaded)
        ids.append(user.id);
    if (!selection.unloaded.isEmpty()) {
        UserPager pager(database);
        pager.setQuery(selection.query);
        for (const auto &[first, count] : selection.unloaded)
            ids += pager.ids(first, count, selection.rows);
    }
    // Overlapping ranges (a row clicked twice with Ctrl held) name a user once.
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

int UsersTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int UsersTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void UsersTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

QVariant UsersTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != IdRole && role != Qt::ToolTipRole)
        return {};
    const BrowsedUser *user = row(index.row());
    if (!user)
        return role == Qt::DisplayRole && index.column() == EmailColumn ? tr("Loading…")
                                                                        : QVariant();
    if (role == IdRole)
        return user->id;
    return cellText(*user, index.column());
}

QString UsersTableModel::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString UsersTableModel::lastLoginText(const QDateTime &time)
{
    return time.isValid() ? DisplayText::dateTime(time) : tr("never");
}

QString UsersTableModel::cellText(const BrowsedUser &user, int column)
{
    switch (column) {
    // Stored text may hold control characters: shown as \xNN, they act on nothing.
    case EmailColumn:
        return DisplayText::visible(user.email);
    case NameColumn:
        return DisplayText::visible(user.name);
    case SuperuserColumn:
        return yesNo(user.superuser);
    case StaffColumn:
        return yesNo(user.staff);
    case ActiveColumn:
        return yesNo(user.active);
    case DateJoinedColumn:
        return DisplayText::dateTime(user.dateJoined);
    case LastLoginColumn:
        return lastLoginText(user.lastLogin);
    case OrganizationsColumn:
        return DisplayText::visible(user.organizations);
    }
    return {};
}

std::optional<BrowsedUser> UsersTableModel::loadedUser(int row) const
{
    if (const BrowsedUser *user = this->row(row))
        return *user;
    return std::nullopt;
}

UsersTableModel::RowRanges UsersTableModel::rowRanges(const QItemSelection &selection) const
{
    RowRanges rows;
    rows.query = m_query;
    rows.rows = m_rows;
    QList<std::pair<int, int>> spans; // first, last
    for (const QItemSelectionRange &range : selection)
        spans.append({range.top(), range.bottom()});
    std::sort(spans.begin(), spans.end());
    for (const auto &[first, last] : std::as_const(spans)) {
        if (!rows.ranges.isEmpty()) {
            auto &[previous, count] = rows.ranges.last();
            if (first <= previous + count) { // overlapping or adjacent
                count = std::max(count, last - previous + 1);
                continue;
            }
        }
        rows.ranges.append({first, last - first + 1});
    }
    return rows;
}

std::optional<QString> UsersTableModel::readTabSeparated(const Database &database,
                                                         const RowRanges &rows,
                                                         const std::function<bool()> &stop)
{
    // Few enough rows a read that Cancel answers at once, enough that a million rows take seconds.
    constexpr int rowsPerRead = 4096;
    QStringList titles;
    for (int column = 0; column < ColumnCount; ++column)
        titles << columnTitle(column);
    QString text = titles.join(QLatin1Char('\t')) + QLatin1Char('\n');
    UserPager pager(database);
    pager.setQuery(rows.query);
    for (const auto &[first, count] : rows.ranges) {
        for (int start = first; start < first + count; start += rowsPerRead) {
            if (stop())
                return std::nullopt;
            const int wanted = std::min(rowsPerRead, first + count - start);
            for (const BrowsedUser &user : pager.rows(start, wanted, rows.rows)) {
                for (int column = 0; column < ColumnCount; ++column) {
                    if (column > 0)
                        text += QLatin1Char('\t');
                    text += cellText(user, column);
                }
                text += QLatin1Char('\n');
            }
        }
    }
    return text;
}

QVariant UsersTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == OrganizationsColumn)
        return tr("Sorting by this column orders users by when they were created: a list of "
                  "organizations has no order of its own to search quickly.");
    if (role != Qt::DisplayRole)
        return {};
    return columnTitle(section);
}

QString UsersTableModel::columnTitle(int column)
{
    switch (column) {
    case EmailColumn:
        return tr("Email");
    case NameColumn:
        return tr("Name");
    case SuperuserColumn:
        return tr("Superuser");
    case StaffColumn:
        return tr("Staff");
    case ActiveColumn:
        return tr("Active");
    case DateJoinedColumn:
        return tr("Date joined");
    case LastLoginColumn:
        return tr("Last login");
    case OrganizationsColumn:
        return tr("Organizations");
    }
    return {};
}
