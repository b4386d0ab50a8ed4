#pragma once

#include "domain/AccountActions.h"
#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "gui/browser/UsersTableModel.h"
#include "storage/UserPager.h"

#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class AccountActionController;
struct TwoFactorSurvey;
struct MembershipSurvey;
class BackgroundJob;
class BulkUpdateController;
class QLabel;
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
// written by a BulkUpdateController: this thread never touches a connection). Writes made
// elsewhere show up by themselves: a cheap signature of the users table is read on a worker
// every 30 s and when asked (the window regaining focus), and a change re-reads the rows.
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
    // The selected rows as a worker reads their ids (UsersTableModel::readIds).
    UsersTableModel::SelectedRows selection() const;
    // What the search field filters by: a prefix of the email or name (empty: every user).
    QString searchPrefix() const;
    // Users per transaction while a bulk update hashes (default: one per core); for tests.
    void setBulkHashingChunkSize(int users);
    // How often the users table is checked for writes made elsewhere (default 30 s); for tests.
    void setFreshnessCheckInterval(int msec);
    // No checks while the window writes (a batch): its own refresh follows.
    void setFreshnessChecksPaused(bool paused);
    // Actions of the window that act on the selected users, offered in the rows' context menu
    // after Details and Copy.
    void addContextActions(const QList<QAction *> &actions);
    // The browser's actions on the selected users, for the window's Users menu too.
    QList<QAction *> accountActions() const;

public slots:
    // Re-reads the count and the visible rows (after another part of the window wrote).
    void refresh();
    // Refreshes when the current row, this user's, shows other values than were just read of it
    // (none: the user is gone), once until they agree again.
    void compareWithRead(qint64 userId, const std::optional<UserAccount> &read);
    // Reads the users table's signature on a worker and refreshes if it changed since the last
    // check; skipped while something writes.
    void checkFreshness();
    // Puts the keyboard in the search field, its text selected to be typed over.
    void focusSearch();
    // Asks what to change for the selected users, confirms how many change, then writes.
    void startBulkUpdate();
    // Asks for the details of the current user (double-click, Return): the window shows its
    // details pane.
    void showCurrentDetails();
    // Deactivates or activates the selected users after a confirmation (and a second one before
    // the last active superuser goes).
    void deactivateSelected();
    void activateSelected();
    // Asks for a new password (typed, or generated per user and shown once after the run),
    // confirms, then sets it; the users' Sentry sessions end.
    void setPasswordOfSelected();
    // Asks for the one selected user's new address, confirms, then changes it.
    void changeEmailOfSelected();
    // Reads the two-factor methods of the selected users on a worker, asks naming them, then
    // removes them.
    void resetTwoFactorOfSelected();
    void changeMembershipsOfSelected();
    // Puts the selected rows on the clipboard as tab-separated text under a line of column
    // titles; rows not loaded are read on a worker.
    void copySelection();

protected:
    void changeEvent(QEvent *event) override;

signals:
    void outcomesReported(const QList<Outcome> &outcomes);
    void totalUsersChanged(qint64 total);
    void selectionCountChanged(int count);
    // A bulk update wrote something.
    void usersChanged();
    // A check for writes made elsewhere is done (a refresh started if it found one).
    void freshnessChecked();
    // Something worth a line in the status bar (a copy under way or done).
    void statusMessage(const QString &message);
    // Copy put the selection on the clipboard.
    void selectionCopied(qint64 rows);
    // The current row's user, once its values are loaded, and again each time they are read
    // again (a refresh); for the details pane.
    void currentUserChanged(qint64 userId);
    void noCurrentUser();
    // Double-click or Return on a row.
    void detailsRequested();

private:
    void showCounts(qint64 matching, qint64 total);
    void showEmptyState(qint64 matching, qint64 total);
    void takeFreshnessBaselineOnceShown();
    void takeWantedFreshnessBaseline();
    void compareSignature(const QString &location, const std::optional<UsersSignature> &signature);
    void emitSelectionCount();
    // An account action may start: users selected, a database, nothing writing.
    bool accountActionsIdle() const;
    void emitCurrentUser();
    void runAccountAction(AccountAction action, bool allowNoSuperuser);
    void startAccountAction(const UsersTableModel::SelectedRows &selection,
                            const AccountActionRequest &request);
    void accountActionFinished(const AccountActionReport &report);
    void confirmTwoFactorReset(const TwoFactorSurvey &survey);
    void askMemberships(const MembershipSurvey &survey);
    void sayIfCancelled(const BatchReport &report);
    void showProgress(int done, int total);
    void showGeneratedPasswords(const QList<std::pair<QString, Secret>> &passwords);
    // The emails of up to `count` selected rows that are loaded (to check a password against).
    QStringList loadedSelectedEmails(qsizetype count) const;
    void fitColumns();
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
    // Says what to do when no row is shown, over the middle of the view.
    QLabel *m_emptyLabel;
    BackgroundJob *m_freshnessJob;
    BackgroundJob *m_copyJob;
    AccountActionController *m_accounts;
    // The selection an account action runs on, kept to run it again once confirmed.
    // The user whose row compareWithRead() last refreshed, until its row agrees.
    std::optional<qint64> m_refreshedForRead;
    UsersTableModel::SelectedRows m_accountSelection;
    AccountAction m_accountAction = AccountAction::Deactivate;
    QTimer m_freshnessTimer;
    bool m_freshnessChecksPaused = false;
    // The users table as the last check found it; none after a refresh of our own.
    std::optional<UsersSignature> m_signature;
    // A refresh or another database asks for a new baseline once its rows are shown.
    bool m_baselineWanted = false;
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
