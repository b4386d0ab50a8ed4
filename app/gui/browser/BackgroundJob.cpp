#include "gui/browser/BackgroundJob.h"

#include <QMutex>
#include <QThreadPool>
#include <atomic>

struct BackgroundJob::State
{
    QMutex mutex;
    BackgroundJob *job; // null once discarded; read and cleared under the mutex
    std::atomic_bool stop = false;
};

namespace {
QThreadPool &backgroundPool()
{
    // Never destroyed: its destructor would wait, unbounded, for a discarded run (a connection
    // attempt to an unreachable server, say). waitForAll() bounds the wait at exit instead.
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool;
        // Jobs wait on databases and servers, not on cores: an abandoned connection attempt
        // must not hold up the next job.
        created->setMaxThreadCount(qMax(16, QThread::idealThreadCount()));
        return created;
    }();
    return *pool;
}
} // namespace

BackgroundJob::Run::Run(std::shared_ptr<State> state)
    : m_state(std::move(state))
{}

bool BackgroundJob::Run::stopRequested() const
{
    return m_state->stop.load();
}

void BackgroundJob::Run::post(std::function<void()> report) const
{
    const QMutexLocker locker(&m_state->mutex);
    if (!m_state->job)
        return;
    // Checked again where it runs: discard() may come between posting and running.
    QMetaObject::invokeMethod(
        m_state->job,
        [state = m_state, report = std::move(report)] {
            if (state->job)
                report();
        },
        Qt::QueuedConnection);
}

BackgroundJob::BackgroundJob(QObject *parent)
    : QObject(parent)
{}

BackgroundJob::~BackgroundJob()
{
    discard();
}

void BackgroundJob::start(std::function<Completion(const Run &)> work)
{
    discard();
    auto state = std::make_shared<State>();
    state->job = this;
    m_state = state;
    backgroundPool().start([state, work = std::move(work)] {
        const Run run(state);
        Completion completion = work(run);
        run.post([state, completion = std::move(completion)] {
            BackgroundJob *job = state->job;
            job->m_state.reset();
            if (completion)
                completion();
            emit job->finished();
        });
    });
}

void BackgroundJob::requestStop()
{
    if (m_state)
        m_state->stop = true;
}

void BackgroundJob::discard()
{
    if (!m_state)
        return;
    m_state->stop = true;
    const QMutexLocker locker(&m_state->mutex);
    m_state->job = nullptr;
    m_state.reset();
}

bool BackgroundJob::waitForAll(int msec)
{
    return backgroundPool().waitForDone(msec);
}
