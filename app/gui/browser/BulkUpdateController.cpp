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

void BulkUpdateController::prepare(const UsersTableModel::SelectedRows &selection,
                                   qint64 selectedUsers)
{
    m_preparation.start([this, selection, selectedUsers, location = m_location](
                            const BackgroundJob::Run &) -> BackgroundJob::Completion {
        BulkUpdateChoices choices;
        choices.selection = selection;
        choices.selectedUsers = selectedUsers;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            // A sample, for checking the password while typing; the workflow checks them all.
            constexpr qsizetype sampleSize = BulkUpdateDialog::SampleSize;
            QList<qint64> sample;
            for (const BrowsedUser &user :
                 selection.loaded.first(std::min<qsizetype>(selection.loaded.size(), sampleSize)))
                sample.append(user.id);
            if (sample.size() < sampleSize && !selection.unloaded.isEmpty()) {
                UserPager pager(*database);
                pager.setQuery(selection.query);
                for (const auto &[first, count] : selection.unloaded) {
                    if (sample.size() >= sampleSize)
                        break;
                    sample += pager.ids(first, std::min<qint64>(count, sampleSize - sample.size()),
                                        selection.rows);
                }
            }
            choices.sampleEmails = UserPager::emails(*database, sample);
            OrganizationListing::OrganizationsAndTeams organizations =
                OrganizationListing::organizationsAndTeams(*database);
            choices.organizations = std::move(organizations.organizations);
            choices.teams = std::move(organizations.teams);
        } catch (const StorageError &error) {
            return [this, message = error.message()] { emit preparationFailed(message); };
        }
        return [this, choices] { emit prepared(choices); };
    });
}

void BulkUpdateController::preview(const BulkUpdateRequest &request,
                                   const UsersTableModel::SelectedRows &selection)
{
    m_preparation.start([this, request, selection, location = m_location, settings = m_settings](
                            const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        BulkChanges changes;
        BulkUpdateRequest withIds = request;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            withIds.userIds = UsersTableModel::readIds(*database, selection);
            withIds.seen = selection.seen();
            const std::unique_ptr<UserDirectory> directory = database->userDirectory();
            if (run.stopRequested())
                changes.cancelled = true;
            else
                changes = BulkUpdateWorkflow(*directory, settings).preview(withIds, [&run] {
                    return run.stopRequested();
                });
        } catch (const StorageError &error) {
            return [this, message = error.message()] { emit preparationFailed(message); };
        }
        return [this, withIds, changes] { emit previewed(withIds, changes); };
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
