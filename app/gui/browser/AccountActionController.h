#pragma once

#include "domain/AccountActions.h"
#include "domain/InstanceSettings.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/UsersTableModel.h"

#include <QObject>

// Runs an account action (deactivate, activate...) on the browser's selected users, on a worker:
// the selection's ids are read there, then each user is changed in its own transaction and
// reported by one outcome, and the run is recorded in the audit trail.
class AccountActionController : public QObject
{
    Q_OBJECT

public:
    explicit AccountActionController(QObject *parent = nullptr);

    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    void run(const UsersTableModel::SelectedRows &selection, const AccountActionRequest &request);
    bool isRunning() const { return m_job.isRunning(); }

signals:
    void outcomesReported(const QList<Outcome> &outcomes);
    void finished(const AccountActionReport &report);

private:
    BackgroundJob m_job;
    QString m_location;
    InstanceSettings m_settings;
};
