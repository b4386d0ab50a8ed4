#pragma once

#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "gui/browser/BackgroundJob.h"
#include "storage/AccountDoctor.h"

#include <QList>
#include <QObject>
#include <memory>

class Database;

// How a check or a repair ended.
struct AccountDoctorResult
{
    bool cancelled = false;
    QString error; // empty unless a StorageError stopped the job
};

// Runs the account doctor for the window on a BackgroundJob, as CreateUserController runs a
// batch: off the GUI thread, on its own connection to the database, reporting findings and fixes in
// batches through queued signals, cancellable between checks. Holds no widget and no rule: the
// doctor and its checks decide everything.
class AccountDoctorController : public QObject
{
    Q_OBJECT

public:
    // Findings or fixes per signal, at most: a million findings must not be a million queued
    // events, and the first ones should show before the last check is done.
    static constexpr int BatchSize = 250;

    explicit AccountDoctorController(QObject *parent = nullptr);
    // Cancels a running job, without waiting for it (nothing more of it arrives).
    ~AccountDoctorController() override;

    // The database to check (a description: each job opens its own connection).
    void setDatabase(std::shared_ptr<const Database> database, const InstanceSettings &settings);
    bool isRunning() const { return m_job.isRunning(); }

public slots:
    // Starts a check of every account. Ignored while a job runs or without a database.
    void check();
    // Repairs every repairable finding, then checks again to show what is left. Ignored while a
    // job runs or without a database.
    void repair();
    // Stops before the next check (a repair keeps the checks it committed).
    void cancel();

signals:
    // A check begins, alone or after a repair.
    void checkStarted();
    void found(const QList<AccountFinding> &findings);
    void repaired(const QList<AccountFinding> &fixes);
    // For the log pane: one "Repaired <email>: <what>" entry per repaired account, or the error
    // that stopped the job.
    void outcomesReported(const QList<Outcome> &outcomes);
    void finished(const AccountDoctorResult &result);

private:
    void run(bool repairFirst);

    std::shared_ptr<const Database> m_database;
    InstanceSettings m_settings;
    BackgroundJob m_job;
};
