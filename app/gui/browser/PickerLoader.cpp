#include "gui/browser/PickerLoader.h"

#include "storage/Database.h"
#include "storage/OrganizationListing.h"

PickerLoader::PickerLoader(QObject *parent)
    : QObject(parent)
{
    for (BackgroundJob *job : {&m_organizationsJob, &m_teamsJob})
        connect(job, &BackgroundJob::finished, this, &PickerLoader::emitIdleWhenDone);
}

void PickerLoader::emitIdleWhenDone()
{
    if (!isLoading())
        emit idle();
}

void PickerLoader::loadOrganizations(std::shared_ptr<const Database> database)
{
    m_organizationsJob.start(
        [this, database](const BackgroundJob::Run &) -> BackgroundJob::Completion {
            QList<Organization> organizations;
            try {
                const std::unique_ptr<Database> connection = database->reopen();
                organizations = OrganizationListing::organizations(*connection);
            } catch (const StorageError &) {
                // The pickers then offer only the defaults.
            }
            return [this, organizations] { emit organizationsLoaded(organizations); };
        });
}

void PickerLoader::loadTeams(std::shared_ptr<const Database> database,
                             const InstanceSettings &settings, std::optional<qint64> organizationId)
{
    m_teamsJob.start([this, database, settings,
                      organizationId](const BackgroundJob::Run &) -> BackgroundJob::Completion {
        QList<Team> teams;
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            std::optional<qint64> shown = organizationId;
            if (!shown) {
                // The teams of the organization the workflow falls back to, for display only.
                shown = settings.defaultOrganizationId;
                if (!shown) {
                    const std::unique_ptr<UserDirectory> directory = connection->userDirectory();
                    if (const auto first = directory->firstActiveOrganization())
                        shown = first->id;
                }
            }
            if (shown)
                teams = OrganizationListing::teams(*connection, *shown);
        } catch (const StorageError &) {
            // Automatic and none stay available.
        }
        return [this, teams] { emit teamsLoaded(teams); };
    });
}
