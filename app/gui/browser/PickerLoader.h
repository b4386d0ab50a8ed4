#pragma once

#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"
#include "gui/browser/BackgroundJob.h"

#include <QObject>
#include <memory>
#include <optional>

class Database;

// Reads what the organization and team pickers offer, on BackgroundJobs with connections of
// their own: the organizations of a database, and the teams of one organization (or, with none
// chosen, of the one the workflow falls back to). A newer request drops the answer of an older
// one. A read that fails offers nothing: writing reports the real problem.
class PickerLoader : public QObject
{
    Q_OBJECT

public:
    explicit PickerLoader(QObject *parent = nullptr);

    void loadOrganizations(std::shared_ptr<const Database> database);
    void loadTeams(std::shared_ptr<const Database> database, const InstanceSettings &settings,
                   std::optional<qint64> organizationId);
    bool isLoading() const { return m_organizationsJob.isRunning() || m_teamsJob.isRunning(); }

signals:
    void organizationsLoaded(const QList<Organization> &organizations);
    void teamsLoaded(const QList<Team> &teams);
    // Nothing is loading any more.
    void idle();

private:
    void emitIdleWhenDone();

    BackgroundJob m_organizationsJob;
    BackgroundJob m_teamsJob;
};
