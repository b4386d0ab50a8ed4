#include "gui/CreateUserController.h"

#include "gui/browser/OutcomeBatches.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"

CreateUserController::CreateUserController(QObject *parent)
    : QObject(parent)
{}

CreateUserController::~CreateUserController()
{
    cancel();
}

void CreateUserController::setDatabase(std::shared_ptr<const Database> database,
                                       const InstanceSettings &settings)
{
    if (!database || !m_database || database->location() != m_database->location()) {
        m_notDone.clear();
        m_request = {};
    }
    m_database = std::move(database);
    m_settings = settings;
}

void CreateUserController::start(const CreateUserRequest &request)
{
    if (isRunning() || !m_database)
        return;
    m_request = request;
    m_notDone.clear();
    run(m_request, false);
}

void CreateUserController::resume()
{
    if (isRunning() || !m_database || m_notDone.isEmpty())
        return;
    m_request.emails = m_notDone;
    run(m_request, true);
}

void CreateUserController::run(const CreateUserRequest &request, bool resuming)
{
    // The work holds only copies and the shared description: it never touches this object, which
    // may be gone before it ends.
    m_job.start([this, request, resuming, database = m_database, settings = m_settings,
                 chunk = m_hashingChunkSize](const BackgroundJob::Run &run) {
        OutcomeBatches batches(run, [this](const QList<Outcome> &outcomes, int done, int total) {
            if (!outcomes.isEmpty())
                emit outcomesReported(inTheWindowsWords(outcomes));
            if (total > 0)
                emit progressChanged(done, total);
        });
        CreateUserReport report;
        bool connected = false;
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            connected = true;
            const std::unique_ptr<UserDirectory> directory = connection->userDirectory();
            CreateUserWorkflow workflow(*directory, settings);
            if (chunk > 0)
                workflow.setHashingChunkSize(chunk);
            report = workflow.run(request, batches.observer());
            // The window's writes go into the audit trail as the command line's do.
            AuditTrails::record(*connection,
                                request.forceUpdate ? QStringLiteral("force-update")
                                                    : QStringLiteral("createuser"),
                                request.emails, AuditRecord::outcomeOf(report));
        } catch (const StorageError &error) {
            const Outcome outcome = Outcome::error(
                {}, connected || !resuming
                        ? error.message()
                        : tr("Cannot reconnect: %1 %Ln user(s) still not done; go on later from "
                             "the Users menu.",
                             nullptr, int(request.emails.size()))
                              .arg(error.message()));
            report.outcomes.append(outcome);
            ++report.errors;
            // Without a connection nothing was written: every email is left to go on with.
            if (!connected)
                report.notDone = request.emails;
            batches.add(outcome);
        }
        batches.flush();
        // Not the outcomes again: they went out in chunks, and may be many.
        report.outcomes.clear();
        return [this, report, reconnectFailed = resuming && !connected] {
            m_reconnectFailed = reconnectFailed;
            m_notDone = report.notDone;
            if (m_notDone.isEmpty())
                m_request = {};
            emit finished(report);
        };
    });
    emit started(int(request.emails.size()));
}

QList<Outcome> CreateUserController::inTheWindowsWords(QList<Outcome> outcomes)
{
    // Sentry's line names a command-line flag; the window names its own checkbox.
    for (Outcome &outcome : outcomes)
        if (outcome.kind == Outcome::Kind::SkippedExisting)
            outcome.message =
                tr("User: %1 exists; tick Force-update to overwrite it.").arg(outcome.email);
    return outcomes;
}

void CreateUserController::cancel()
{
    m_job.requestStop();
}
