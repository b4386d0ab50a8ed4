#pragma once

#include "domain/CreateUserWorkflow.h"
#include "gui/browser/BackgroundJob.h"

#include <QObject>
#include <memory>

class Database;

// Runs the createuser workflow for the window on a BackgroundJob: off the GUI thread, on its own
// connection to the database, reporting outcomes (a list per chunk of users) and progress
// through queued calls, cancellable between users. Holds no widget and no rule: the workflow
// decides everything.
class CreateUserController : public QObject
{
    Q_OBJECT

public:
    explicit CreateUserController(QObject *parent = nullptr);
    // Cancels a running batch, without waiting: its users are fully written or untouched.
    ~CreateUserController() override;

    // The database to write to (a description: each batch opens its own connection). Another
    // database forgets the users not done on the previous one.
    void setDatabase(std::shared_ptr<const Database> database, const InstanceSettings &settings);
    bool isRunning() const { return m_job.isRunning(); }
    // The emails, in order, that the last batch left untouched because of an error (a lost
    // connection, say); empty once they are done or another batch starts.
    QStringList notDone() const { return m_notDone; }
    // The last batch was a resume() that could not connect: it wrote nothing, and asking again
    // at once would only fail again.
    bool reconnectFailed() const { return m_reconnectFailed; }
    // Users per transaction while hashing (default: one per core); for tests that must cancel
    // between chunks whatever the machine.
    void setHashingChunkSize(int users) { m_hashingChunkSize = users; }

public slots:
    // Starts a batch. Ignored while one runs or without a database.
    void start(const CreateUserRequest &request);
    // Runs the last request again, on a new connection, with only the emails not done.
    void resume();
    // Stops after the users being written: every user is fully written or untouched.
    void cancel();

signals:
    void started(int total);
    // In the order reported, one list per chunk of users.
    void outcomesReported(const QList<Outcome> &outcomes);
    void progressChanged(int done, int total);
    void finished(const CreateUserReport &report);

private:
    static QList<Outcome> inTheWindowsWords(QList<Outcome> outcomes);
    void run(const CreateUserRequest &request, bool resuming);

    std::shared_ptr<const Database> m_database;
    InstanceSettings m_settings;
    BackgroundJob m_job;
    int m_hashingChunkSize = 0;
    // The running or last batch's request, password included, kept in memory only for resume();
    // released once nothing is left to go on with.
    CreateUserRequest m_request;
    QStringList m_notDone;
    bool m_reconnectFailed = false;
};
