#pragma once

#include "domain/BatchWriter.h"
#include "gui/browser/BackgroundJob.h"

#include <QElapsedTimer>
#include <chrono>
#include <functional>

// A batch's observer for a BackgroundJob: outcomes are gathered on the worker and cross to the
// controller's thread with the progress in one queued call per SendInterval at most, not per user
// or per chunk. Cheap hashes make chunks of two users take microseconds: a call per chunk posted
// thousands of calls faster than the window could repaint its progress bar for each, and that
// backlog held the event loop for seconds (tst_liveness). Cancel is the job's stop request.
class OutcomeBatches
{
public:
    // Called on the controller's thread; `total` is 0 when only outcomes are handed on.
    using Deliver = std::function<void(const QList<Outcome> &outcomes, int done, int total)>;

    static constexpr std::chrono::milliseconds SendInterval{50};

    OutcomeBatches(const BackgroundJob::Run &run, Deliver deliver)
        : m_run(run)
        , m_deliver(std::move(deliver))
    {
        m_observer.outcome = [this](const Outcome &outcome) { add(outcome); };
        m_observer.progress = [this](int done, int total) { progress(done, total); };
        m_observer.cancelRequested = [this] { return m_run.stopRequested(); };
    }

    const BatchObserver &observer() const { return m_observer; }
    void add(const Outcome &outcome) { m_pending.append(outcome); }
    // Hands on what was gathered since the last call.
    void flush() { send(); }

private:
    void progress(int done, int total)
    {
        m_done = done;
        m_total = total;
        if (done < total && m_sinceSent.isValid() && !m_sinceSent.hasExpired(SendInterval.count()))
            return;
        send();
    }

    void send()
    {
        if (m_pending.isEmpty() && m_total == 0)
            return;
        m_run.post([deliver = m_deliver, outcomes = std::move(m_pending), done = m_done,
                    total = m_total] { deliver(outcomes, done, total); });
        m_pending = {};
        m_total = 0;
        m_sinceSent.start();
    }

    const BackgroundJob::Run &m_run;
    Deliver m_deliver;
    BatchObserver m_observer;
    QList<Outcome> m_pending;
    // The latest progress not yet handed on (total 0: none).
    int m_done = 0;
    int m_total = 0;
    QElapsedTimer m_sinceSent;
};
