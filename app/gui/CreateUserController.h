#pragma once

#include "domain/CreateUserWorkflow.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>

class Database;

// Runs the createuser workflow for the window: off the GUI thread, on its own connection to the
// database, reporting outcomes and progress through queued signals, cancellable between users.
// Holds no widget and no rule: the workflow decides everything.
class CreateUserController : public QObject
{
    Q_OBJECT

public:
    explicit CreateUserController(QObject *parent = nullptr);
    // Cancels and waits for a running batch.
    ~CreateUserController() override;

    // The database to write to; it must outlive any batch (the window switches only when idle).
    void setDatabase(const Database *database, const InstanceSettings &settings);
    bool isRunning() const;

public slots:
    // Starts a batch. Ignored while one runs or without a database.
    void start(const CreateUserRequest &request);
    // Stops after the user being written: every user is fully written or untouched.
    void cancel();
    // Blocks until the running batch (if any) is over.
    void wait();

signals:
    void started(int total);
    void outcomeReported(const Outcome &outcome);
    void progressChanged(int done, int total);
    void finished(const CreateUserReport &report);

private:
    const Database *m_database = nullptr;
    InstanceSettings m_settings;
    // A pool of its own, so that the hashing the workflow spreads over the global pool never
    // waits behind the batch itself.
    QThreadPool m_pool;
    QFutureWatcher<CreateUserReport> m_watcher;
    std::atomic_bool m_cancel = false;
};
