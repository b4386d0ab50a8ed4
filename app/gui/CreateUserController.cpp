#include "gui/CreateUserController.h"

#include "storage/Database.h"

#include <QtConcurrent>

CreateUserController::CreateUserController(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<CreateUserReport>::finished, this, [this] {
        const CreateUserReport report = m_watcher.result();
        m_notDone = report.notDone;
        if (m_notDone.isEmpty())
            m_request = {};
        emit finished(report);
    });
}

CreateUserController::~CreateUserController()
{
    cancel();
    wait();
}

void CreateUserController::setDatabase(const Database *database, const InstanceSettings &settings)
{
    if (!database || !m_database || database->location() != m_database->location()) {
        m_notDone.clear();
        m_request = {};
    }
    m_database = database;
    m_settings = settings;
}

bool CreateUserController::isRunning() const
{
    return m_watcher.isRunning();
}

void CreateUserController::start(const CreateUserRequest &request)
{
    if (isRunning() || !m_database)
        return;
    m_request = request;
    m_notDone.clear();
    run(m_request);
}

void CreateUserController::resume()
{
    if (isRunning() || !m_database || m_notDone.isEmpty())
        return;
    m_request.emails = m_notDone;
    run(m_request);
}

void CreateUserController::run(const CreateUserRequest &request)
{
    m_cancel = false;
    // Signals emitted on the worker reach the GUI thread queued, as this object lives there.
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, request, settings = m_settings]() {
        CreateUserReport report;
        bool connected = false;
        try {
            const std::unique_ptr<Database> connection = m_database->reopen();
            connected = true;
            const std::unique_ptr<UserDirectory> directory = connection->userDirectory();
            CreateUserWorkflow workflow(*directory, settings);
            CreateUserObserver observer;
            observer.outcome = [this](const Outcome &outcome) { emit outcomeReported(outcome); };
            observer.progress = [this](int done, int total) { emit progressChanged(done, total); };
            observer.cancelRequested = [this] { return m_cancel.load(); };
            report = workflow.run(request, observer);
        } catch (const StorageError &error) {
            const Outcome outcome = Outcome::error({}, error.message());
            report.outcomes.append(outcome);
            ++report.errors;
            // Without a connection nothing was written: every email is left to go on with.
            if (!connected)
                report.notDone = request.emails;
            emit outcomeReported(outcome);
        }
        return report;
    }));
    emit started(int(request.emails.size()));
}

void CreateUserController::cancel()
{
    m_cancel = true;
}

void CreateUserController::wait()
{
    m_watcher.waitForFinished();
}
