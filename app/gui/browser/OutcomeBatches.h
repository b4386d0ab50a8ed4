#pragma once

#include "domain/BatchWriter.h"
#include "gui/browser/BackgroundJob.h"

#include <functional>

// A batch's observer for a BackgroundJob: outcomes are gathered on the worker and cross to the
// controller's thread once per chunk of users, with the progress (one queued call per chunk, not
// per user: a million outcomes are a few thousand calls). Cancel is the job's stop request.
class OutcomeBatches
{
public:
    // Called on the controller's thread; `total` is 0 when only outcomes are handed on.
    using Deliver = std::function<void(const QList<Outcome> &outcomes, int done, int total)>;

    OutcomeBatches(const BackgroundJob::Run &run, Deliver deliver)
        : m_run(run)
        , m_deliver(std::move(deliver))
    {
        m_observer.outcome = [this](const Outcome &outcome) { add(outcome); };
        m_observer.progress = [this](int done, int total) { send(done, total); };
        m_observer.cancelRequested = [this] { return m_run.stopRequested(); };
    }

    const BatchObserver &observer() const { return m_observer; }
    void add(const Outcome &outcome) { m_pending.append(outcome); }
    // Hands on the outcomes gathered since the last chunk.
    void flush() { send(0, 0); }

private:
    void send(int done, int total)
    {
        if (m_pending.isEmpty() && total == 0)
            return;
        m_run.post([deliver = m_deliver, outcomes = std::move(m_pending), done, total] {
            deliver(outcomes, done, total);
        });
        m_pending = {};
    }

    const BackgroundJob::Run &m_run;
    Deliver m_deliver;
    BatchObserver m_observer;
    QList<Outcome> m_pending;
};
