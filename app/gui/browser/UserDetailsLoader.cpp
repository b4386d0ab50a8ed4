#include "gui/browser/UserDetailsLoader.h"

#include "storage/Database.h"

UserDetailsLoader::UserDetailsLoader(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        if (const std::optional<qint64> next = std::exchange(m_waiting, std::nullopt))
            start(*next);
    });
}

void UserDetailsLoader::setDatabaseLocation(const QString &location)
{
    if (location == m_location)
        return;
    cancel();
    m_location = location;
}

void UserDetailsLoader::load(qint64 userId)
{
    if (m_location.isEmpty())
        return;
    if (m_job.isRunning()) {
        m_waiting = userId;
        return;
    }
    start(userId);
}

void UserDetailsLoader::cancel()
{
    m_waiting.reset();
    m_job.discard();
}

void UserDetailsLoader::start(qint64 userId)
{
    m_job.start([this, location = m_location,
                 userId](const BackgroundJob::Run &) -> BackgroundJob::Completion {
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            std::optional<UserDetails> details = UserDetailsReader(*database).read(userId);
            return [this, userId, details = std::move(details)] {
                // A newer request waits: this answer is already out of date.
                if (!m_waiting)
                    emit loaded(userId, details);
            };
        } catch (const StorageError &error) {
            return [this, userId, message = error.message()] {
                if (!m_waiting)
                    emit failed(userId, message);
            };
        }
    });
}
