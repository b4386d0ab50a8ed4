#include "TestDatabase.h"
#include "crypto/CryptoSession.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/SqlUserDirectory.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace {
// A thread that runs jobs in turn, as the window's batch thread does, so that a connection made
// there stays on it. (QFuture::result() may run a job that has not started yet on the waiting
// thread, which a connection must never see.)
class BatchThread
{
public:
    BatchThread()
        : m_thread([this] { loop(); })
    {}
    ~BatchThread()
    {
        {
            std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }

    template<typename Job> auto post(Job job) -> std::future<decltype(job())>
    {
        auto task = std::make_shared<std::packaged_task<decltype(job())()>>(std::move(job));
        auto future = task->get_future();
        {
            std::lock_guard lock(m_mutex);
            m_jobs.push_back([task] { (*task)(); });
        }
        m_wake.notify_one();
        return future;
    }

private:
    void loop()
    {
        for (;;) {
            std::function<void()> job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_quit || !m_jobs.empty(); });
                if (m_jobs.empty())
                    return;
                job = std::move(m_jobs.front());
                m_jobs.pop_front();
            }
            job();
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_jobs;
    bool m_quit = false;
    std::thread m_thread; // last: started once the rest is ready
};
} // namespace

// A createuser batch on the embedded database cancelled at 1,000 random points: half of them at
// a chosen call of the observer's cancel callback (every point a batch can stop at is reached,
// inside a transaction and between two), half by another thread after a random delay, as the
// window's Cancel does. After each, every user of the batch is whole or absent, the users
// written are exactly the first ones of the batch, and the report says so. Built with ASan and
// UBSan by `tools/dev test --sanitize`. The seed is printed; USERADMIN_STRESS_SEED repeats a run.
class TestCancelStress : public QObject
{
    Q_OBJECT

private:
    static constexpr int usersPerBatch = 200;
    static constexpr int countedCancels = 500;
    static constexpr int threadCancels = 500;
    // A bound on the whole test on a loaded machine; the points are normally reached far sooner.
    static constexpr qint64 timeBudgetMs = 240'000;

    CryptoSession m_crypto;
    std::unique_ptr<TestDatabase> m_db;
    QStringList m_emails;
    QRandomGenerator m_random;
    QElapsedTimer m_clock;

    CreateUserRequest request() const
    {
        CreateUserRequest request;
        request.emails = m_emails;
        request.noPassword = true;
        request.superuser = false;
        request.staff = false;
        return request;
    }

    // From a transaction a user to transactions longer than a batch.
    int chunkSize() { return 1 + int(m_random.bounded(usersPerBatch + 8)); }

    int count(const QString &sql) const { return m_db->value(sql).toInt(); }

    // Every user whole or absent, the users present the first ones of the batch, the report
    // agreeing with the database, and nothing left behind for the next round.
    void checkAndClear(const CreateUserReport &report, bool mustBeWhole)
    {
        const int users = count(QStringLiteral("SELECT COUNT(*) FROM auth_user"));
        QCOMPARE(report.errors, 0);
        QVERIFY(report.notDone.isEmpty());
        QCOMPARE(report.created, users);
        if (mustBeWhole)
            QCOMPARE(users, usersPerBatch);
        if (users < usersPerBatch)
            QVERIFY2(report.cancelled, "users missing without a cancel");

        QSqlQuery names(testConnection(m_db->database()));
        QVERIFY(names.exec(QStringLiteral("SELECT username, email FROM auth_user ORDER BY id")));
        for (int i = 0; names.next(); ++i) {
            QCOMPARE(names.value(0).toString(), m_emails.value(i));
            QCOMPARE(names.value(1).toString(), m_emails.value(i));
        }

        // Each of a user's rows, linked to the others as Sentry links them; counted both with and
        // without the links, so that a stray row of any kind shows.
        const QStringList linked{
            QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember m JOIN auth_user u "
                           "ON m.user_id = u.id AND m.organization_id = 1 "
                           "AND m.user_email = u.email AND m.user_is_active = 1"),
            QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmembermapping mm "
                           "JOIN sentry_organizationmember m ON mm.organizationmember_id = m.id "
                           "AND mm.user_id = m.user_id AND mm.organization_id = m.organization_id "
                           "JOIN auth_user u ON u.id = m.user_id"),
            QStringLiteral("SELECT COUNT(*) FROM sentry_useremail e JOIN auth_user u "
                           "ON e.user_id = u.id AND e.email = u.email"),
            QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember_teams t "
                           "JOIN sentry_organizationmember m ON t.organizationmember_id = m.id "
                           "JOIN auth_user u ON u.id = m.user_id"),
            QStringLiteral("SELECT COUNT(*) FROM sentry_organizationmember_teamsreplica r "
                           "JOIN sentry_organizationmember_teams t "
                           "ON r.organizationmemberteam_id = t.id "
                           "AND r.organizationmember_id = t.organizationmember_id "
                           "AND r.team_id = t.team_id "
                           "JOIN sentry_organizationmember m ON m.id = t.organizationmember_id "
                           "AND r.organization_id = m.organization_id"),
        };
        const QStringList tables{QStringLiteral("sentry_organizationmember"),
                                 QStringLiteral("sentry_organizationmembermapping"),
                                 QStringLiteral("sentry_useremail"),
                                 QStringLiteral("sentry_organizationmember_teams"),
                                 QStringLiteral("sentry_organizationmember_teamsreplica")};
        for (qsizetype i = 0; i < tables.size(); ++i) {
            QVERIFY2(count(linked[i]) == users, qPrintable(tables[i] + QStringLiteral(" linked")));
            QVERIFY2(m_db->count(tables[i]) == users, qPrintable(tables[i]));
        }
        QCOMPARE(m_db->count(QStringLiteral("sentry_userrole_users")), 0);

        QVERIFY(testConnection(m_db->database()).transaction());
        for (auto table = tables.crbegin(); table != tables.crend(); ++table)
            if (*table != QLatin1String("sentry_organizationmember"))
                m_db->exec(QStringLiteral("DELETE FROM %1").arg(*table));
        m_db->exec(QStringLiteral("DELETE FROM sentry_organizationmember"));
        m_db->exec(QStringLiteral("DELETE FROM auth_user"));
        QVERIFY(testConnection(m_db->database()).commit());
    }

    void checkTime() const
    {
        QVERIFY2(m_clock.elapsed() < timeBudgetMs, "the stress test ran out of time");
    }

private slots:
    void initTestCase()
    {
        bool given = false;
        // Seeds go up to 2^32 - 1: read as unsigned (an int would refuse half of them).
        const quint32 seed = qEnvironmentVariable("USERADMIN_STRESS_SEED").toUInt(&given);
        const quint32 used = given ? seed : QRandomGenerator::global()->generate();
        qInfo("seed %u (USERADMIN_STRESS_SEED=%u repeats this run)", used, used);
        m_random.seed(used);
        m_db = std::make_unique<TestDatabase>();
        for (int i = 0; i < usersPerBatch; ++i)
            m_emails << QStringLiteral("user%1@example.com").arg(i, 4, 10, QLatin1Char('0'));
        m_clock.start();
    }
    void cleanupTestCase() { m_db.reset(); }
    // A connection used from a thread that did not make it, or closed while in use.
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling "
                                                               "thread|still in use")));
    }

    // Every call of the cancel callback is a point where the batch may stop: the n-th call
    // answers yes, with n anywhere from the first call to past the last.
    void cancelAtCountedCalls()
    {
        // The calls of a whole batch: the range the points are drawn from.
        int calls = 0;
        {
            SqlUserDirectory directory(m_db->database());
            CreateUserWorkflow workflow(directory, InstanceSettings());
            workflow.setChunkSize(16);
            CreateUserObserver observer;
            observer.cancelRequested = [&calls] {
                ++calls;
                return false;
            };
            const CreateUserReport report = workflow.run(request(), observer);
            checkAndClear(report, true);
            QCOMPARE(report.cancelled, false);
        }
        QVERIFY(calls >= usersPerBatch);

        int cancelled = 0;
        for (int round = 0; round < countedCancels; ++round) {
            SqlUserDirectory directory(m_db->database());
            CreateUserWorkflow workflow(directory, InstanceSettings());
            workflow.setChunkSize(chunkSize());
            const int tripAt = 1 + int(m_random.bounded(calls + 1));
            int call = 0;
            CreateUserObserver observer;
            observer.cancelRequested = [&] { return ++call >= tripAt; };
            const CreateUserReport report = workflow.run(request(), observer);
            checkAndClear(report, false);
            if (QTest::currentTestFailed()) {
                qWarning("round %d: cancelled at call %d", round, tripAt);
                return;
            }
            if (report.cancelled)
                ++cancelled;
            checkTime();
        }
        qInfo("%d batches cancelled at a counted call, %lld ms so far", cancelled,
              m_clock.elapsed());
        QVERIFY(cancelled > countedCancels / 2);
    }

    // The window's way: the batch runs on a thread of its own with its own connection (kept from
    // one batch to the next), and Cancel sets a flag from another thread at any moment while it
    // writes.
    void cancelFromAnotherThread()
    {
        BatchThread thread;
        std::unique_ptr<Database> database; // used on that thread only
        std::atomic<bool> cancel = false;
        std::atomic<bool> writing = false;
        const auto runBatch = [&](int chunk) {
            cancel = false;
            writing = false;
            return thread.post([&, chunk] {
                if (!database)
                    database = Database::open(m_db->path());
                SqlUserDirectory directory(*database);
                CreateUserWorkflow workflow(directory, InstanceSettings());
                workflow.setChunkSize(chunk);
                CreateUserObserver observer;
                observer.cancelRequested = [&] {
                    writing = true;
                    return cancel.load();
                };
                return workflow.run(request(), observer);
            });
        };
        const auto finished = [](const std::future<CreateUserReport> &batch) {
            return batch.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
        };

        // The delays are drawn up to the time the last batch that ran to its end took to write,
        // so that most of them fall while a batch writes, whatever the machine's load.
        qint64 batchMicroseconds = 0;
        int cancelled = 0;
        int rounds = 0;
        while (cancelled < threadCancels && !QTest::currentTestFailed()) {
            std::future<CreateUserReport> batch = runBatch(rounds == 0 ? 16 : chunkSize());
            while (!writing && !finished(batch))
                std::this_thread::yield();
            QElapsedTimer writes;
            writes.start();
            if (rounds > 0) {
                std::this_thread::sleep_for(
                    std::chrono::microseconds(m_random.bounded(batchMicroseconds)));
                cancel = true;
            }
            const CreateUserReport report = batch.get();
            if (!report.cancelled)
                batchMicroseconds = qMax<qint64>(100, writes.nsecsElapsed() / 1000);
            checkAndClear(report, rounds == 0);
            ++rounds;
            if (report.cancelled)
                ++cancelled;
            checkTime();
        }
        thread.post([&database] { database.reset(); }).wait();
        qInfo("%d batches cancelled from another thread in %d rounds, %lld ms so far", cancelled,
              rounds, m_clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestCancelStress)
#include "tst_cancelstress.moc"
