#pragma once

#include "domain/BulkChanges.h"
#include "domain/BulkUpdateWorkflow.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/UsersTableModel.h"

#include <QHash>
#include <QObject>

// What the bulk-update dialog offers, read on a worker.
struct BulkUpdateChoices
{
    // The selection, whose ids are read only once the operator asks for the update: at a
    // million users that read takes seconds, and the dialog opens at once.
    UsersTableModel::SelectedRows selection;
    qint64 selectedUsers = 0;
    QStringList sampleEmails; // a few of them, to check a password while typing
    QList<Organization> organizations;
    QHash<qint64, QList<Team>> teams; // of each organization
};

// Runs the bulk update for the users browser on BackgroundJobs, as CreateUserController runs a
// batch: it first reads what the dialog needs (a sample of emails, the organizations and teams),
// then the selection's ids and what the request would change, then writes, each job on a
// connection of its own, outcomes crossing once per chunk of users. Holds no widget and no rule:
// the workflow decides everything.
class BulkUpdateController : public QObject
{
    Q_OBJECT

public:
    explicit BulkUpdateController(QObject *parent = nullptr);
    // Cancels a running update without waiting: its users are fully written or untouched.
    ~BulkUpdateController() override;

    // A path or postgresql:// URL.
    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    bool isPreparing() const { return m_preparation.isRunning(); }
    bool isRunning() const { return m_update.isRunning(); }
    // Users per transaction while hashing (default: one per core); for tests.
    void setHashingChunkSize(int users) { m_hashingChunkSize = users; }

public slots:
    // `selectedUsers`: the selection's rows, counted by the view.
    void prepare(const UsersTableModel::SelectedRows &selection, qint64 selectedUsers);
    // Reads the selection's ids into `request`, then what it would change, for the
    // confirmation; cancel() stops it.
    void preview(const BulkUpdateRequest &request, const UsersTableModel::SelectedRows &selection);
    void start(const BulkUpdateRequest &request);
    void cancel();

signals:
    void prepared(const BulkUpdateChoices &choices);
    void previewed(const BulkUpdateRequest &request, const BulkChanges &changes);
    // Preparing or previewing failed.
    void preparationFailed(const QString &message);
    void outcomesReported(const QList<Outcome> &outcomes);
    void progressChanged(int done, int total);
    // Without the outcomes: they went out in chunks.
    void finished(const BulkUpdateReport &report);

private:
    QString m_location;
    InstanceSettings m_settings;
    int m_hashingChunkSize = 0;
    BackgroundJob m_preparation;
    BackgroundJob m_update;
};
