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
    // Another database forgets the users not done on the previous one.
    void setDatabase(const Database *database, const InstanceSettings &settings);
    bool isRunning() const;
    // The emails, in order, that the last batch left untouched because of an error (a lost
    // connection, say); empty once they are done or another batch starts.
    QStringList notDone() const { return m_notDone; }

public slots:
    // Starts a batch. Ignored while one runs or without a database.
    void start(const CreateUserRequest &request);
    // Runs the last request again, on a new connection, with only the emails not done.
    void resume();
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
    void run(const CreateUserRequest &request);

    const Database *m_database = nullptr;
    InstanceSettings m_settings;
    // A pool of its own, so that the hashing the workflow spreads over the global pool never
    // waits behind the batch itself.
    QThreadPool m_pool;
    QFutureWatcher<CreateUserReport> m_watcher;
    std::atomic_bool m_cancel = false;
    // The running or last batch's request, password included, kept in memory only for resume();
    // released once nothing is left to go on with.
    CreateUserRequest m_request;
    QStringList m_notDone;
};
