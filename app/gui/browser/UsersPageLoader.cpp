#include "gui/browser/UsersPageLoader.h"

#include "gui/browser/UsersTableModel.h"
#include "storage/Database.h"

#include <QTimer>
#include <limits>

UsersPageLoader::UsersPageLoader(const QString &location,
                                 std::shared_ptr<QAtomicInt> latestGeneration)
    : m_location(location)
    , m_latestGeneration(std::move(latestGeneration))
{}

// The pager's queries must go before the connection.
UsersPageLoader::~UsersPageLoader()
{
    m_pager.reset();
    m_database.reset();
}

void UsersPageLoader::open()
{
    try {
        m_database = Database::open(m_location);
        m_pager = std::make_unique<UserPager>(*m_database);
    } catch (const StorageError &error) {
        emit failed(error.message());
    }
}

bool UsersPageLoader::connected()
{
    if (m_database && m_database->isOpen())
        return true;
    // Lost (a restarted server, say): the next request reconnects.
    m_pager.reset();
    m_database.reset();
    open();
    return m_pager != nullptr;
}

void UsersPageLoader::setQuery(int generation, const BrowseQuery &query, bool refreshing)
{
    if (stale(generation) || !connected())
        return;
    if (query == m_pager->query())
        m_pager->invalidate();
    else
        m_pager->setQuery(query);
    if (refreshing) {
        count(generation, query);
        return;
    }
    // The top rows of a new query first: at a million users counting them takes longer than
    // reading the rows the view shows (the model counts the page's rows until then).
    fetch(generation, 0, UsersTableModel::FirstRows, std::numeric_limits<qint64>::max());
    // Counted once the query has stood for CountDelay: a keystroke that follows sooner no longer
    // waits behind a count of the text before it, a full scan on Sentry's PostgreSQL.
    QTimer::singleShot(CountDelay, this, [this, generation, query] { count(generation, query); });
}

void UsersPageLoader::count(int generation, const BrowseQuery &query)
{
    if (stale(generation) || !connected())
        return;
    retryingOnce([&] {
        if (!(query == m_pager->query())) // a connection reopened since the query was set
            m_pager->setQuery(query);
        // Matching and total from one read: "10 of 30 users" never mixes two moments.
        const UserCounts counts = m_pager->counts();
        emit counted(generation, counts.matching, counts.total);
    });
}

void UsersPageLoader::retryingOnce(const std::function<void()> &work)
{
    try {
        work();
    } catch (const StorageError &error) {
        // The work found the connection gone: once more on a new one.
        if (!m_retrying && !m_database->isOpen() && connected()) {
            m_retrying = true;
            retryingOnce(work);
            m_retrying = false;
            return;
        }
        emit failed(error.message());
    }
}

void UsersPageLoader::fetch(int generation, int page, int pageSize, qint64 rows)
{
    if (stale(generation) || !connected())
        return;
    try {
        emit pageLoaded(generation, page, m_pager->rows(qint64(page) * pageSize, pageSize, rows));
    } catch (const StorageError &error) {
        emit failed(error.message());
    }
}
