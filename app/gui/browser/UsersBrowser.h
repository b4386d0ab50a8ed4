#pragma once

#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class BulkUpdateController;
class UsersTableModel;
class BulkChanges;
struct BulkUpdateChoices;
struct BulkUpdateReport;
struct BulkUpdateRequest;

namespace Ui {
class UsersBrowser;
}

// The users browser: a table of existing users that stays fast at 1,000,000 rows (only the
// visible window is loaded, by a worker thread with its own connection), search-as-you-type,
// sorting by any column, multi-selection, and bulk force-update of the selection (read and
// written by a BulkUpdateController: this thread never touches a connection).
class UsersBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit UsersBrowser(QWidget *parent = nullptr);
    ~UsersBrowser() override;

    // Shows the users of this database (a path or postgresql:// URL) through its own connections.
    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    qint64 totalUsers() const;
    // The ids of the selected rows that are loaded (a bulk update reads the others on a worker).
    QList<qint64> selectedUserIds() const;
    // Users per transaction while a bulk update hashes (default: one per core); for tests.
    void setBulkHashingChunkSize(int users);

public slots:
    // Re-reads the count and the visible rows (after another part of the window wrote).
    void refresh();
    // Puts the keyboard in the search field, its text selected to be typed over.
    void focusSearch();
    // Asks what to change for the selected users, confirms how many change, then writes.
    void startBulkUpdate();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void outcomesReported(const QList<Outcome> &outcomes);
    void totalUsersChanged(qint64 total);
    void selectionCountChanged(int count);
    // A bulk update wrote something.
    void usersChanged();

private:
    void showCounts(qint64 matching, qint64 total);
    void emitSelectionCount();
    void askBulkUpdate(const BulkUpdateChoices &choices);
    // Asks to confirm every effective change (read on a worker first), and again before the last
    // active superuser goes.
    void confirmBulkUpdate(const BulkUpdateRequest &request, const BulkChanges &changes);
    void showBulkBusy(bool busy);
    void runBulkUpdate(const BulkUpdateRequest &request);
    void bulkUpdateFinished(const BulkUpdateReport &report);
    void offerToGoOn(qsizetype done, const QList<qint64> &notDone);
    // Refreshes so that the selection stays on these users, wherever the new order puts them.
    void refreshFollowingSelection(const QList<qint64> &ids);
    void reselectFollowed(int first, int last);
    qint64 selectedRows() const;

    const std::unique_ptr<Ui::UsersBrowser> m_ui;
    UsersTableModel *m_model = nullptr;
    QString m_location;
    InstanceSettings m_settings;
    BulkUpdateController *m_bulk;
    // How the dialog named the organization chosen, for the confirmation.
    QString m_bulkOrganizationChoice;
    // The running bulk update's request (its password in memory only), kept to go on with the
    // users a lost connection left undone; emptied once it is not needed.
    std::unique_ptr<BulkUpdateRequest> m_bulkRequest;
    // The users selected when the bulk update started, and whether the operator changed the
    // selection since.
    QList<qint64> m_bulkSelection;
    bool m_selectionChangedDuringBulk = false;
    // After a refresh, rows whose id is here are selected as their new values arrive; the
    // operator's own selection ends this.
    QSet<qint64> m_followedIds;
    bool m_reselecting = false;
    // The counts last shown, and how, to show them again in another language.
    struct ShownCounts
    {
        qint64 matching = 0;
        qint64 total = 0;
        QString text;
    };
    std::optional<ShownCounts> m_shownCounts;
};
