#pragma once

#include "storage/UserPager.h"

#include <QAtomicInt>
#include <QObject>
#include <functional>
#include <memory>

class Database;

// The users table model's worker: lives on the loader thread with its own connection, counts and
// reads pages as asked (through queued calls), and answers with queued signals. Requests of a
// generation older than the latest one are skipped without touching the database.
class UsersPageLoader : public QObject
{
    Q_OBJECT

public:
    UsersPageLoader(const QString &location, std::shared_ptr<QAtomicInt> latestGeneration);
    ~UsersPageLoader() override;

    void open();
    // How long a new query stands before it is counted.
    static constexpr int CountDelay = 100;

    // A new sort or filter (or the same after a write): reads the first rows of a new query at
    // once, since the view shows the top after it, then counts; a refresh only counts, at once.
    void setQuery(int generation, const BrowseQuery &query, bool refreshing);
    void fetch(int generation, int page, int pageSize, qint64 rows);

signals:
    void counted(int generation, qint64 matching, qint64 total);
    void pageLoaded(int generation, int page, const QList<BrowsedUser> &rows);
    void failed(const QString &message);

private:
    bool stale(int generation) const { return generation < m_latestGeneration->loadAcquire(); }
    // Whether there is a working connection, reopening one that was lost.
    bool connected();
    void count(int generation, const BrowseQuery &query);
    // Runs `work`, and once more on a new connection if it found the connection gone.
    void retryingOnce(const std::function<void()> &work);

    QString m_location;
    std::shared_ptr<QAtomicInt> m_latestGeneration;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<UserPager> m_pager;
    bool m_retrying = false;
};
