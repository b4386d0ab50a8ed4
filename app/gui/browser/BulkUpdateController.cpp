#include "gui/browser/BulkUpdateController.h"

#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/OutcomeBatches.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"
#include "storage/OrganizationListing.h"
#include "storage/UserPager.h"

BulkUpdateController::BulkUpdateController(QObject *parent)
    : QObject(parent)
{}

BulkUpdateController::~BulkUpdateController()
{
    cancel();
}

void BulkUpdateController::setDatabaseLocation(const QString &location,
                                               const InstanceSettings &settings)
{
    m_location = location;
    m_settings = settings;
}

void BulkUpdateController::prepare(const UsersTableModel::SelectedRows &selection)
{
    m_preparation.start([this, selection, location = m_location](
                            const BackgroundJob::Run &) -> BackgroundJob::Completion {
        BulkUpdateChoices choices;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            choices.userIds = UsersTableModel::readIds(*database, selection);
            // A sample, for checking the password while typing; the workflow checks them all.
            choices.sampleEmails = UserPager::emails(
                *database, choices.userIds.first(std::min<qsizetype>(
                               choices.userIds.size(), BulkUpdateDialog::SampleSize)));
            choices.organizations = OrganizationListing::organizations(*database);
            for (const Organization &organization : std::as_const(choices.organizations))
                choices.teams.insert(organization.id,
                                     OrganizationListing::teams(*database, organization.id));
        } catch (const StorageError &error) {
            return [this, message = error.message()] { emit preparationFailed(message); };
        }
        return [this, choices] { emit prepared(choices); };
    });
}

void BulkUpdateController::preview(const BulkUpdateRequest &request)
{
    m_preparation.start([this, request, location = m_location, settings = m_settings](
                            const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        BulkChanges changes;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            const std::unique_ptr<UserDirectory> directory = database->userDirectory();
            changes = BulkUpdateWorkflow(*directory, settings).preview(request, [&run] {
                return run.stopRequested();
            });
        } catch (const StorageError &error) {
            return [this, message = error.message()] { emit preparationFailed(message); };
        }
        return [this, request, changes] { emit previewed(request, changes); };
    });
}

void BulkUpdateController::start(const BulkUpdateRequest &request)
{
    if (isRunning())
        return;
    m_update.start([this, request, location = m_location, settings = m_settings,
                    chunk = m_hashingChunkSize](
                       const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        OutcomeBatches batches(run, [this](const QList<Outcome> &outcomes, int done, int total) {
            if (!outcomes.isEmpty())
                emit outcomesReported(outcomes);
            if (total > 0)
                emit progressChanged(done, total);
        });
        BulkUpdateReport report;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            const std::unique_ptr<UserDirectory> directory = database->userDirectory();
            BulkUpdateWorkflow workflow(*directory, settings);
            if (chunk > 0)
                workflow.setHashingChunkSize(chunk);
            report = workflow.run(request, batches.observer());
            AuditTrails::record(*database, QStringLiteral("force-update"), report);
        } catch (const StorageError &error) {
            batches.add(Outcome::error({}, error.message()));
        }
        batches.flush();
        report.outcomes.clear();
        return [this, report] { emit finished(report); };
    });
}

void BulkUpdateController::cancel()
{
    m_preparation.requestStop();
    m_update.requestStop();
}
