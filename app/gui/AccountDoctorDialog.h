#pragma once

#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"

#include <QDialog>
#include <memory>

class AccountDoctorController;
class AccountFindingsModel;
class Database;
struct AccountDoctorResult;
namespace Ui {
class AccountDoctorDialog;
}

// Users > Check accounts: checks every account of the open database at once, in the background,
// and lists what it finds; Repair (after a confirmation that lists the changes per check) repairs
// the repairable findings and checks again, so that the list shows what is left. Closing stops
// the running job before its next check; the dialog then deletes itself once the job is over, so
// that the window never waits on a long query.
class AccountDoctorDialog : public QDialog
{
    Q_OBJECT

public:
    // The database as the window describes it; the checks run on a connection of their own.
    AccountDoctorDialog(std::shared_ptr<const Database> database, const InstanceSettings &settings,
                        QWidget *parent = nullptr);
    ~AccountDoctorDialog() override;

    bool isRunning() const;
    // What a repair changes, one line per check, for the confirmation.
    QStringList describeRepairs() const;

public slots:
    void check();
    // Asks for confirmation, then repairs and checks again.
    void repair();
    void done(int result) override;

signals:
    // For the log pane: the repaired accounts and errors, in batches. Emitted on the worker
    // thread, so connect only to receivers that live on.
    void outcomesReported(const QList<Outcome> &outcomes);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Job
    {
        None,
        Checking,
        Repairing
    };

    void jobFinished(const AccountDoctorResult &result);
    void updateState();
    void retranslate();
    static QString describeRepair(const QString &check, int count);

    const std::unique_ptr<Ui::AccountDoctorDialog> m_ui;
    const std::shared_ptr<const Database> m_database;
    AccountFindingsModel *m_model;
    const std::unique_ptr<AccountDoctorController> m_controller;
    Job m_job = Job::None;
    bool m_cancelled = false;
    QString m_error;
    bool m_closed = false;
};
