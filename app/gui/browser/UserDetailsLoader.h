#pragma once

#include "gui/browser/BackgroundJob.h"
#include "storage/UserDetailsReader.h"

#include <QObject>
#include <optional>

// Reads one user's details at a time for the details pane, on a BackgroundJob with a connection
// of its own. Requests coalesce: while a read runs, a newer request only replaces the one
// waiting, so that holding an arrow key down reads the row it stops on, not every row passed
// (a discarded read would go on running on the pool, each with its own connection).
class UserDetailsLoader : public QObject
{
    Q_OBJECT

public:
    explicit UserDetailsLoader(QObject *parent = nullptr);

    // A path or postgresql:// URL; a read of another database still running is dropped.
    void setDatabaseLocation(const QString &location);
    void load(qint64 userId);
    // Forgets the waiting request and drops what the running read finds.
    void cancel();
    bool isLoading() const { return m_job.isRunning() || m_waiting.has_value(); }

signals:
    // The latest request's user, or none when it is gone.
    void loaded(qint64 userId, const std::optional<UserDetails> &details);
    void failed(qint64 userId, const QString &message);

private:
    void start(qint64 userId);

    BackgroundJob m_job;
    QString m_location;
    std::optional<qint64> m_waiting;
};
