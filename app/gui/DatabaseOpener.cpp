#include "gui/DatabaseOpener.h"

#include "storage/Database.h"

DatabaseOpener::DatabaseOpener(QObject *parent)
    : QObject(parent)
{}

void DatabaseOpener::open(const QString &location, const Secret &password)
{
    m_job.start(
        [this, location, password](const BackgroundJob::Run &) -> BackgroundJob::Completion {
            try {
                std::shared_ptr<Database> database = Database::open(location, password);
                const InstanceSettings settings = database->instanceSettings();
                database->close();
                return [this, database, settings] { emit opened(database, settings); };
            } catch (const PasswordRequiredError &error) {
                return [this, message = error.message()] { emit failed(message, true); };
            } catch (const StorageError &error) {
                return [this, message = error.message()] { emit failed(message, false); };
            }
        });
}
