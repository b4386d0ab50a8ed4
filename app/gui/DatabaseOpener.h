#pragma once

#include "crypto/Secret.h"
#include "domain/InstanceSettings.h"
#include "gui/browser/BackgroundJob.h"

#include <QObject>
#include <memory>

class Database;

// Opens a database for the window on a BackgroundJob: the connection (created, seeded or
// migrated when it must be), its layout and instance settings are read on a worker, which then
// lets go of the connection. The window keeps the description (Database::close()) and every job
// opens its own connection from it. An attempt given up (abandon(), or a new open()) may finish
// in the background; its result is dropped.
class DatabaseOpener : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseOpener(QObject *parent = nullptr);

    // A path or postgresql:// URL (empty: the embedded database); see Database::open().
    void open(const QString &location, const Secret &password = {});
    void abandon() { m_job.discard(); }
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void opened(const std::shared_ptr<Database> &database, const InstanceSettings &settings);
    // passwordRequired: the server asked for a password that was not given (or was refused).
    void failed(const QString &message, bool passwordRequired);

private:
    BackgroundJob m_job;
};
