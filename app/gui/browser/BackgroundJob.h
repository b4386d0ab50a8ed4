#pragma once

#include <QObject>
#include <functional>
#include <memory>

// The one way the window runs work off its thread: each controller (CreateUserController,
// BulkUpdateController, PickerLoader, DatabaseOpener, AccountDoctorController) owns one of these
// and runs one job at a time on the background pool, a pool of its own beside Qt's global one
// (which the hashing uses). The work opens its own connection on its worker thread and hands its
// results back through post(): queued calls that run on the controller's thread. Destroying a
// job never waits: the run is discarded (asked to stop, and nothing it posts arrives any more);
// only the application's exit waits, bounded, for what still runs (waitForAll()).
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    struct State;
    // What the work sees, on its worker thread.
    class Run
    {
    public:
        explicit Run(std::shared_ptr<State> state);
        // Cancel was asked (or the run was discarded): stop at the next safe point.
        bool stopRequested() const;
        // Runs `report` on the job's thread, queued, unless the run is discarded by then.
        void post(std::function<void()> report) const;

    private:
        std::shared_ptr<State> m_state;
    };

    explicit BackgroundJob(QObject *parent = nullptr);
    // Discards a run still going; never waits for it.
    ~BackgroundJob() override;

    // What the job's thread does once the run is over (isRunning() is false by then); may be
    // empty.
    using Completion = std::function<void()>;
    // Starts `work` on the background pool; a run still going is discarded first.
    void start(std::function<Completion(const Run &)> work);
    // Asks the run to stop; what it reports still arrives, then finished().
    void requestStop();
    // Lets the run go: asked to stop, nothing more of it arrives, not even finished().
    void discard();
    // From start() until finished() (or discard()).
    bool isRunning() const { return m_state != nullptr; }

    // At the application's exit: waits at most `msec` for every run still going (discarded ones
    // included). True when none is left.
    static bool waitForAll(int msec);

signals:
    // The run is over, after everything it posted and its completion.
    void finished();

private:
    std::shared_ptr<State> m_state;
};
