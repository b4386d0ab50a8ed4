#include "gui/browser/UsersBrowser.h"

#include "domain/BulkUpdateWorkflow.h"
#include "domain/DisplayText.h"
#include "gui/Dialogs.h"
#include "gui/browser/AccountActionController.h"
#include "gui/browser/AccountActionDialogs.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/BulkUpdateController.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/GeneratedPasswords.h"
#include "gui/browser/MembershipsDialog.h"
#include "gui/browser/UserProgress.h"
#include "gui/browser/UsersTableModel.h"
#include "storage/Database.h"
#include "ui_UsersBrowser.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QVBoxLayout>
#include <climits>
#include <limits>

namespace {
constexpr int defaultFreshnessCheckInterval = 30 * 1000;
}

UsersBrowser::UsersBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersBrowser>())
    , m_model(new UsersTableModel(this))
    , m_bulk(new BulkUpdateController(this))
    , m_freshnessJob(new BackgroundJob(this))
    , m_copyJob(new BackgroundJob(this))
    , m_accounts(new AccountActionController(this))
{
    m_ui->setupUi(this);
    // Centred over the rows' area, letting clicks through to the view.
    QWidget *viewport = m_ui->usersView->viewport();
    m_emptyLabel = new QLabel(viewport);
    m_emptyLabel->setObjectName(QStringLiteral("emptyLabel"));
    m_emptyLabel->setTextFormat(Qt::PlainText); // the search text is shown as typed
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(viewport))->addWidget(m_emptyLabel);
    m_emptyLabel->hide();
    m_freshnessTimer.setInterval(defaultFreshnessCheckInterval);
    connect(&m_freshnessTimer, &QTimer::timeout, this, &UsersBrowser::checkFreshness);
    // The baseline of the freshness check is taken once the rows are shown (or there are none).
    connect(m_model, &UsersTableModel::pageArrived, this,
            &UsersBrowser::takeWantedFreshnessBaseline);
    connect(m_model, &UsersTableModel::counted, this, [this](qint64 matching) {
        if (matching == 0)
            takeWantedFreshnessBaseline();
    });
    m_ui->usersView->setModel(m_model);
    QHeaderView *header = m_ui->usersView->horizontalHeader();
    header->setSortIndicator(UsersTableModel::EmailColumn, Qt::AscendingOrder);
    m_ui->usersView->setSortingEnabled(true);
    fitColumns();
    // Rows have one height, so the view needs no row-by-row measurement at a million rows.
    m_ui->usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &UsersTableModel::setFilter);
    connect(m_model, &UsersTableModel::counted, this, &UsersBrowser::showCounts);
    connect(m_model, &UsersTableModel::totalUsersChanged, this, &UsersBrowser::totalUsersChanged);
    connect(m_model, &UsersTableModel::failed, this, [this](const QString &message) {
        m_emptyLabel->hide();
        m_ui->countLabel->setText(tr("Cannot read the users: %1").arg(message));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersBrowser::emitSelectionCount);
    // A new sort or filter starts with no selection: nothing is followed into it.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_followedIds.clear(); });
    connect(m_model, &UsersTableModel::pageArrived, this, &UsersBrowser::reselectFollowed);
    // A new search or order starts at its first rows, not where the old one was scrolled to.
    connect(m_model, &QAbstractItemModel::modelReset, m_ui->usersView,
            &QAbstractItemView::scrollToTop);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersBrowser::emitSelectionCount);
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] {
                if (m_reselecting)
                    return;
                m_followedIds.clear();
                m_selectionChangedDuringBulk = m_bulk->isRunning();
            });
    // One progress bar and Cancel for whichever write runs: a bulk update or an account action.
    connect(m_ui->cancelBulkButton, &QPushButton::clicked, m_bulk, &BulkUpdateController::cancel);
    connect(m_ui->cancelBulkButton, &QPushButton::clicked, m_accounts,
            &AccountActionController::cancel);
    connect(m_accounts, &AccountActionController::busyChanged, this, &UsersBrowser::showBulkBusy);
    connect(m_accounts, &AccountActionController::progressChanged, this,
            &UsersBrowser::showProgress);
    connect(m_bulk, &BulkUpdateController::prepared, this, &UsersBrowser::askBulkUpdate);
    connect(m_bulk, &BulkUpdateController::previewed, this, &UsersBrowser::confirmBulkUpdate);
    connect(m_bulk, &BulkUpdateController::preparationFailed, this, [this](const QString &message) {
        showBulkBusy(false);
        emit outcomesReported(
            {Outcome::error({}, tr("Cannot read the selected users: %1").arg(message))});
    });
    connect(m_bulk, &BulkUpdateController::outcomesReported, this, &UsersBrowser::outcomesReported);
    connect(m_bulk, &BulkUpdateController::progressChanged, this, &UsersBrowser::showProgress);
    connect(m_bulk, &BulkUpdateController::finished, this, &UsersBrowser::bulkUpdateFinished);

    // The rows' own gestures: their shortcuts act while the table has the keyboard, and the
    // table's context menu lists them with the window's actions on the selection.
    m_ui->usersView->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *accountsSeparator = new QAction(this);
    accountsSeparator->setSeparator(true);
    for (QAction *action :
         QList<QAction *>{m_ui->actionDetails, m_ui->actionCopy, accountsSeparator} +
             accountActions()) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_ui->usersView->addAction(action);
    }
    connect(m_ui->actionSetPassword, &QAction::triggered, this,
            &UsersBrowser::setPasswordOfSelected);
    connect(m_ui->actionChangeEmail, &QAction::triggered, this,
            &UsersBrowser::changeEmailOfSelected);
    connect(m_ui->actionResetTwoFactor, &QAction::triggered, this,
            &UsersBrowser::resetTwoFactorOfSelected);
    connect(m_ui->actionDeactivate, &QAction::triggered, this, &UsersBrowser::deactivateSelected);
    connect(m_ui->actionActivate, &QAction::triggered, this, &UsersBrowser::activateSelected);
    connect(m_accounts, &AccountActionController::outcomesReported, this,
            &UsersBrowser::outcomesReported);
    connect(m_accounts, &AccountActionController::passwordsGenerated, this,
            &UsersBrowser::showGeneratedPasswords);
    connect(m_accounts, &AccountActionController::finished, this,
            &UsersBrowser::accountActionFinished);
    connect(m_ui->actionMemberships, &QAction::triggered, this,
            &UsersBrowser::changeMembershipsOfSelected);
    connect(m_accounts, &AccountActionController::surveyed, this,
            &UsersBrowser::confirmTwoFactorReset);
    connect(m_accounts, &AccountActionController::surveyedMemberships, this,
            &UsersBrowser::askMemberships);
    connect(m_accounts, &AccountActionController::failed, this, [this](const QString &message) {
        emit outcomesReported(
            {Outcome::error({}, tr("Cannot read the selected users: %1").arg(message))});
    });
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    connect(m_ui->actionDetails, &QAction::triggered, this, &UsersBrowser::showCurrentDetails);
    connect(m_ui->usersView, &QAbstractItemView::doubleClicked, this,
            &UsersBrowser::showCurrentDetails);
    connect(m_ui->actionCopy, &QAction::triggered, this, &UsersBrowser::copySelection);

    // The current user for the details pane: known once its row's values are loaded (again
    // after a refresh); a new search or order has no current row.
    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersBrowser::emitCurrentUser);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersBrowser::emitCurrentUser);
    connect(m_model, &UsersTableModel::pageArrived, this, [this](int first, int last) {
        const int current = m_ui->usersView->currentIndex().row();
        if (current >= first && current <= last)
            emitCurrentUser();
    });
}

void UsersBrowser::emitCurrentUser()
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid())
        emit noCurrentUser();
    else if (const std::optional<qint64> id = m_model->loadedId(current.row()))
        emit currentUserChanged(*id);
    // A row still loading: its page's arrival says who it is.
}

QList<QAction *> UsersBrowser::accountActions() const
{
    return {m_ui->actionSetPassword, m_ui->actionChangeEmail, m_ui->actionResetTwoFactor,
            m_ui->actionMemberships, m_ui->actionDeactivate,  m_ui->actionActivate};
}

bool UsersBrowser::accountActionsIdle() const
{
    return selectedRows() > 0 && !m_location.isEmpty() && !m_accounts->isRunning() &&
           !m_bulk->isRunning();
}

void UsersBrowser::deactivateSelected()
{
    runAccountAction(AccountAction::Deactivate, false);
}

void UsersBrowser::activateSelected()
{
    runAccountAction(AccountAction::Activate, false);
}

void UsersBrowser::runAccountAction(AccountAction action, bool allowNoSuperuser)
{
    if (!accountActionsIdle())
        return;
    const qint64 rows = selectedRows();
    const bool deactivating = action == AccountAction::Deactivate;
    const QString question =
        deactivating ? tr("Deactivate %Ln user(s)? They can no longer sign in; their memberships "
                          "and data stay.",
                          nullptr, int(std::min<qint64>(rows, INT_MAX)))
                     : tr("Activate %Ln user(s)? They can sign in again.", nullptr,
                          int(std::min<qint64>(rows, INT_MAX)));
    if (!Dialogs::ask(this, deactivating ? tr("Deactivate users") : tr("Activate users"), question))
        return;
    AccountActionRequest request;
    request.action = action;
    request.allowNoSuperuser = allowNoSuperuser;
    startAccountAction(selection(), request);
}

void UsersBrowser::startAccountAction(const UsersTableModel::SelectedRows &selection,
                                      const AccountActionRequest &request)
{
    // Another write may have started while a dialog was open.
    if (m_accounts->isRunning() || m_bulk->isRunning())
        return;
    m_accountSelection = selection;
    m_accountAction = request.action;
    m_accounts->run(m_accountSelection, request);
}

void UsersBrowser::setPasswordOfSelected()
{
    if (!accountActionsIdle())
        return;
    const qint64 rows = selectedRows();
    auto *dialog =
        new SetPasswordDialog(rows, loadedSelectedEmails(BulkUpdateDialog::SampleSize), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, rows, selected = selection()] {
        const AccountActionRequest request = dialog->takeRequest();
        const int users = int(std::min<qint64>(rows, INT_MAX));
        const QString question =
            request.generatePassword
                ? tr("Generate a new password for each of %Ln user(s)? Their Sentry sessions "
                     "end. The passwords are shown once, after the run.",
                     nullptr, users)
                : tr("Set the new password for %Ln user(s)? Their Sentry sessions end.", nullptr,
                     users);
        if (Dialogs::ask(this, tr("Set password"), question))
            startAccountAction(selected, request);
    });
    // Not exec(): the window stays live, and tests fill the dialog like an operator.
    dialog->open();
}

void UsersBrowser::changeEmailOfSelected()
{
    // Counted by ranges first: listing the rows of a selection of every user would be slow.
    if (!accountActionsIdle() || selectedRows() != 1)
        return;
    const std::optional<BrowsedUser> user =
        m_model->loadedUser(m_ui->usersView->selectionModel()->selectedRows().first().row());
    if (!user)
        return; // a row still loading has no address to show yet
    auto *dialog = new ChangeEmailDialog(user->email, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &QDialog::accepted, this,
        [this, dialog, selected = selection(), old = user->email] {
            AccountActionRequest request;
            request.action = AccountAction::ChangeEmail;
            request.newEmail = dialog->newEmail();
            if (Dialogs::ask(
                    this, tr("Change email"),
                    tr("Change the address of %1 to %2? The user's Sentry sessions end.")
                        .arg(DisplayText::visible(old), DisplayText::visible(request.newEmail))))
                startAccountAction(selected, request);
        });
    dialog->open();
}

void UsersBrowser::resetTwoFactorOfSelected()
{
    if (!accountActionsIdle())
        return;
    // The methods to name in the question are read on a worker: confirmTwoFactorReset() asks.
    m_accountSelection = selection();
    m_accounts->surveyTwoFactor(m_accountSelection);
}

void UsersBrowser::confirmTwoFactorReset(const TwoFactorSurvey &survey)
{
    const QString title = tr("Reset two-factor");
    if (!survey.hasAuthenticators) {
        Dialogs::information(this, title,
                             tr("This database has no two-factor table (auth_authenticator): "
                                "there is nothing to reset."));
        return;
    }
    const auto count = [](qsizetype n) { return int(std::min<qsizetype>(n, INT_MAX)); };
    if (survey.enrolledUsers == 0) {
        Dialogs::information(this, title,
                             tr("None of the %Ln selected user(s) has a two-factor method "
                                "enrolled: there is nothing to reset.",
                                nullptr, count(survey.users)));
        return;
    }
    QStringList methods;
    for (const auto &[method, users] : survey.methods)
        methods << tr("%1 (%Ln user(s))", "a two-factor method and how many users have it",
                      count(users))
                       .arg(method);
    QString question = tr("Remove every two-factor method of %Ln user(s)? Enrolled: %1.", nullptr,
                          count(survey.enrolledUsers))
                           .arg(methods.join(QStringLiteral(", ")));
    if (survey.enrolledUsers < survey.users)
        question += QLatin1Char(' ') + tr("The other %Ln selected user(s) have none.", nullptr,
                                          count(survey.users - survey.enrolledUsers));
    question += QStringLiteral("\n\n") +
                tr("They sign in with their password alone until they enroll again.");
    if (!Dialogs::ask(this, title, question))
        return;
    AccountActionRequest request;
    request.action = AccountAction::ResetTwoFactor;
    startAccountAction(m_accountSelection, request);
}

void UsersBrowser::changeMembershipsOfSelected()
{
    if (!accountActionsIdle())
        return;
    // The organizations, teams and memberships are read on a worker: askMemberships() asks.
    m_accountSelection = selection();
    m_accounts->surveyMemberships(m_accountSelection);
}

void UsersBrowser::askMemberships(const MembershipSurvey &survey)
{
    auto *dialog = new MembershipsDialog(survey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selected = m_accountSelection] {
        const AccountActionRequest request = dialog->request();
        if (Dialogs::ask(this, tr("Organizations and teams"),
                         dialog->summary().join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
                             tr("Go on?")))
            startAccountAction(selected, request);
    });
    dialog->open();
}

void UsersBrowser::showGeneratedPasswords(const QList<std::pair<QString, Secret>> &passwords)
{
    auto *dialog = new GeneratedPasswordsDialog(passwords, QDir::homePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QStringList UsersBrowser::loadedSelectedEmails(qsizetype count) const
{
    QStringList emails;
    // By range: a selection of every row is one range, not a million indexes.
    for (const QItemSelectionRange &range : m_ui->usersView->selectionModel()->selection())
        for (int row = range.top(); row <= range.bottom() && emails.size() < count; ++row)
            if (const std::optional<BrowsedUser> user = m_model->loadedUser(row))
                emails << user->email;
    return emails;
}

void UsersBrowser::sayIfCancelled(const BatchReport &report)
{
    if (report.cancelled)
        emit statusMessage(tr("Cancelled: every user is either fully written or untouched."));
}

void UsersBrowser::accountActionFinished(const AccountActionReport &report)
{
    // Before any message below: the run is over.
    showBulkBusy(false);
    sayIfCancelled(report);
    refreshFollowingSelection(m_model->cachedIds(m_ui->usersView->selectionModel()->selection()));
    emit usersChanged();
    const bool changingEmail = m_accountAction == AccountAction::ChangeEmail;
    const bool changingMemberships = AccountActions::changesMemberships(m_accountAction);
    if ((changingEmail || changingMemberships) && report.errors > 0) {
        // Refusals the operator must act on (a taken address, an organization's only owner): in
        // a message too, not only in the log.
        QStringList reasons;
        for (const Outcome &outcome : report.outcomes)
            reasons << DisplayText::visible(outcome.message);
        Dialogs::critical(this, changingEmail ? tr("Change email") : tr("Organizations and teams"),
                          (changingEmail ? tr("The address was not changed.")
                                         : tr("%Ln user(s) were refused:", nullptr,
                                              int(std::min<qint64>(report.errors, INT_MAX)))) +
                              QStringLiteral("\n\n") + reasons.join(QLatin1Char('\n')));
        return;
    }
    if (!report.lastSuperuserKept)
        return;
    // Kept active by the first run: only an explicit second answer deactivates it.
    if (!Dialogs::ask(this, tr("Deactivate the last superuser?"),
                      tr("One of these users is the last active superuser: nobody could open "
                         "Sentry's admin until a user is made superuser again.\n\nDeactivate the "
                         "last active superuser anyway?")))
        return;
    AccountActionRequest request;
    request.action = AccountAction::Deactivate;
    request.allowNoSuperuser = true;
    m_accounts->run(m_accountSelection, request);
}

void UsersBrowser::addContextActions(const QList<QAction *> &actions)
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_ui->usersView->addAction(separator);
    m_ui->usersView->addActions(actions);
}

void UsersBrowser::showCurrentDetails()
{
    if (m_ui->usersView->currentIndex().isValid())
        emit detailsRequested();
}

void UsersBrowser::copySelection()
{
    const qint64 rows = selectedRows();
    if (rows == 0 || m_location.isEmpty())
        return;
    const UsersTableModel::RowRanges ranges =
        m_model->rowRanges(m_ui->usersView->selectionModel()->selection());
    const QString location = m_location;
    emit statusMessage(tr("Copying %Ln users…", nullptr, int(rows)));
    m_copyJob->start([this, location, ranges,
                      rows](const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            std::optional<QString> text = UsersTableModel::readTabSeparated(
                *database, ranges, [&run] { return run.stopRequested(); });
            if (!text)
                return {};
            return [this, text = std::move(*text), rows] {
                QGuiApplication::clipboard()->setText(text);
                emit statusMessage(tr("Copied %Ln users to the clipboard.", nullptr, int(rows)));
                emit selectionCopied(rows);
            };
        } catch (const StorageError &error) {
            return [this, message = error.message()] {
                emit statusMessage(tr("Cannot copy the users: %1").arg(message));
            };
        }
    });
}

UsersBrowser::~UsersBrowser() = default;

void UsersBrowser::setDatabaseLocation(const QString &location, const InstanceSettings &settings)
{
    m_settings = settings;
    m_bulk->setDatabaseLocation(location, settings);
    m_accounts->setDatabaseLocation(location, settings);
    // The same database again: only re-read it (the loader reconnects if it must).
    if (location == m_location) {
        refresh();
        return;
    }
    m_location = location;
    m_model->setDatabaseLocation(location);
    m_emptyLabel->hide();
    // What an older check of another database found means nothing here.
    m_freshnessJob->discard();
    m_signature.reset();
    if (location.isEmpty()) {
        m_freshnessTimer.stop();
        return;
    }
    m_freshnessTimer.start();
    takeFreshnessBaselineOnceShown();
}

void UsersBrowser::setFreshnessCheckInterval(int msec)
{
    m_freshnessTimer.setInterval(msec);
}

void UsersBrowser::setFreshnessChecksPaused(bool paused)
{
    m_freshnessChecksPaused = paused;
}

void UsersBrowser::checkFreshness()
{
    if (m_location.isEmpty() || m_freshnessChecksPaused || m_freshnessJob->isRunning() ||
        m_bulk->isRunning() || m_bulk->isPreparing())
        return;
    const QString location = m_location;
    m_freshnessJob->start(
        [this, location](const BackgroundJob::Run &) -> BackgroundJob::Completion {
            std::optional<UsersSignature> signature;
            try {
                const std::unique_ptr<Database> database = Database::open(location);
                signature = UserPager::signature(*database);
            } catch (const StorageError &) {
                // The browser's own reads say what is wrong with the database.
            }
            return [this, location, signature] { compareSignature(location, signature); };
        });
}

void UsersBrowser::compareSignature(const QString &location,
                                    const std::optional<UsersSignature> &signature)
{
    if (location != m_location)
        return;
    if (signature) {
        const bool changed = m_signature && *m_signature != *signature;
        m_signature = signature;
        // A bulk update that started meanwhile refreshes when it is done.
        if (changed && !m_bulk->isRunning())
            refreshFollowingSelection(
                m_model->cachedIds(m_ui->usersView->selectionModel()->selection()));
    }
    emit freshnessChecked();
}

void UsersBrowser::setBulkHashingChunkSize(int users)
{
    m_bulk->setHashingChunkSize(users);
}

qint64 UsersBrowser::totalUsers() const
{
    return m_model->totalUsers();
}

UsersTableModel::SelectedRows UsersBrowser::selection() const
{
    return m_model->selectedRows(m_ui->usersView->selectionModel()->selection());
}

QList<qint64> UsersBrowser::selectedUserIds() const
{
    QList<qint64> ids;
    for (const BrowsedUser &user : selection().loaded)
        ids.append(user.id);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

void UsersBrowser::refresh()
{
    // Another part of the window wrote: the users shown selected stay selected.
    refreshFollowingSelection(m_model->cachedIds(m_ui->usersView->selectionModel()->selection()));
    // What the check finds next is the state this refresh shows, not a change to refresh for.
    m_freshnessJob->discard();
    m_signature.reset();
    takeFreshnessBaselineOnceShown();
}

void UsersBrowser::compareWithRead(qint64 userId, const std::optional<UserAccount> &read)
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    if (!current.isValid() || m_model->loadedId(current.row()) != userId)
        return;
    const std::optional<BrowsedUser> row = m_model->loadedUser(current.row());
    const bool agrees = row && read && *read == row->shown();
    if (agrees) {
        m_refreshedForRead.reset();
        return;
    }
    // Once: should the two never agree, the table is not read again and again.
    if (m_refreshedForRead == userId)
        return;
    m_refreshedForRead = userId;
    refresh();
}

void UsersBrowser::takeFreshnessBaselineOnceShown()
{
    // Not at once: on a large database the check's scan would compete with the first rows.
    m_baselineWanted = true;
}

void UsersBrowser::takeWantedFreshnessBaseline()
{
    if (std::exchange(m_baselineWanted, false))
        checkFreshness();
}

qint64 UsersBrowser::selectedRows() const
{
    // Counted from the ranges, merged where they overlap: a selection of a million rows is a
    // handful of ranges.
    qint64 rows = 0;
    for (const auto &[first, count] :
         m_model->rowRanges(m_ui->usersView->selectionModel()->selection()).ranges)
        rows += count;
    return rows;
}

void UsersBrowser::refreshFollowingSelection(const QList<qint64> &ids)
{
    const qint64 selected = selectedRows();
    // Every row selected (Ctrl+A) stays every row, whatever the order: nothing to follow.
    if (selected > 0 && selected < m_model->rowCount()) {
        // Positions mean other users once the rows are read again: the selection is rebuilt from
        // the ids as the pages arrive. Rows not read again (off screen) are left unselected
        // until they are shown, rather than read all at once at a million rows.
        m_followedIds = QSet<qint64>(ids.cbegin(), ids.cend());
        const QScopedValueRollback guard(m_reselecting, true);
        m_ui->usersView->selectionModel()->clearSelection();
    }
    m_model->refresh();
}

void UsersBrowser::reselectFollowed(int first, int last)
{
    if (m_followedIds.isEmpty())
        return;
    QItemSelection selection;
    int runStart = -1;
    for (int row = first; row <= last + 1; ++row) {
        const std::optional<qint64> id = row <= last ? m_model->loadedId(row) : std::nullopt;
        const bool followed = id && m_followedIds.contains(*id);
        if (followed && runStart < 0)
            runStart = row;
        else if (!followed && runStart >= 0) {
            selection.select(m_model->index(runStart, 0),
                             m_model->index(row - 1, UsersTableModel::ColumnCount - 1));
            runStart = -1;
        }
    }
    if (selection.isEmpty())
        return;
    const QScopedValueRollback guard(m_reselecting, true);
    m_ui->usersView->selectionModel()->select(selection, QItemSelectionModel::Select |
                                                             QItemSelectionModel::Rows);
}

QString UsersBrowser::searchPrefix() const
{
    return m_model->filter();
}

void UsersBrowser::focusSearch()
{
    m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->searchEdit->selectAll();
}

void UsersBrowser::showCounts(qint64 matching, qint64 total)
{
    const QLocale locale;
    m_ui->countLabel->setText(
        m_model->filter().isEmpty()
            ? tr("%Ln user(s)", nullptr,
                 int(std::min<qint64>(total, std::numeric_limits<int>::max())))
            : tr("%1 of %2 users").arg(locale.toString(matching), locale.toString(total)));
    m_shownCounts = ShownCounts{matching, total, m_ui->countLabel->text()};
    showEmptyState(matching, total);
}

void UsersBrowser::showEmptyState(qint64 matching, qint64 total)
{
    const QString filter = m_model->filter();
    if (matching > 0 || (filter.isEmpty() && total > 0)) {
        m_emptyLabel->hide();
        return;
    }
    m_emptyLabel->setText(filter.isEmpty()
                              ? tr("Create the first user with the form on the left")
                              : tr("No user matches '%1'").arg(DisplayText::visible(filter)));
    m_emptyLabel->show();
}

void UsersBrowser::fitColumns()
{
    // Rows load lazily, so there is nothing to measure: widths follow what the columns hold, and
    // are never less than the header's text with its sort indicator, in the language shown.
    QHeaderView *header = m_ui->usersView->horizontalHeader();
    const QFontMetrics metrics = m_ui->usersView->fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(DisplayText::dateTime(
                              QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59)))) +
                          4 * metrics.averageCharWidth();
    const std::pair<int, int> widths[] = {
        {UsersTableModel::EmailColumn, metrics.averageCharWidth() * 36},
        {UsersTableModel::NameColumn, metrics.averageCharWidth() * 20},
        {UsersTableModel::SuperuserColumn, 0},
        {UsersTableModel::StaffColumn, 0},
        {UsersTableModel::ActiveColumn, 0},
        {UsersTableModel::DateJoinedColumn, timeWidth},
        {UsersTableModel::LastLoginColumn, timeWidth},
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(column, qMax(width, header->sectionSizeHint(column)));
}

void UsersBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_model->retranslate();
        fitColumns();
        // The counts again in the new language, unless a problem has been shown since.
        if (m_shownCounts && m_ui->countLabel->text() == m_shownCounts->text)
            showCounts(m_shownCounts->matching, m_shownCounts->total);
    }
    QWidget::changeEvent(event);
}

void UsersBrowser::emitSelectionCount()
{
    const qint64 rows = selectedRows();
    for (QAction *action : accountActions())
        action->setEnabled(rows > 0);
    m_ui->actionChangeEmail->setEnabled(rows == 1);
    emit selectionCountChanged(int(rows));
}

void UsersBrowser::startBulkUpdate()
{
    if (m_bulk->isRunning() || m_bulk->isPreparing() || m_accounts->isRunning() ||
        m_location.isEmpty() || selectedRows() == 0)
        return;
    // A sample of the selection's emails and the organizations are read on a worker; the dialog
    // opens once they are (askBulkUpdate), and the ids are read once it is answered.
    m_bulk->prepare(selection(), selectedRows());
}

void UsersBrowser::askBulkUpdate(const BulkUpdateChoices &choices)
{
    if (choices.selectedUsers == 0)
        return;
    auto *dialog = new BulkUpdateDialog(
        choices.selectedUsers, choices.sampleEmails, choices.organizations,
        [teams = choices.teams](qint64 organizationId) { return teams.value(organizationId); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, selection = choices.selection] {
        const BulkUpdateRequest request = dialog->takeRequest();
        m_bulkOrganizationChoice = dialog->organizationChoice();
        // The selection's ids and what the request changes are read on a worker;
        // confirmBulkUpdate() asks then.
        showBulkBusy(true);
        m_bulk->preview(request, selection);
    });
    // Not exec(): the window stays live, and tests fill the dialog like an operator.
    dialog->open();
}

void UsersBrowser::confirmBulkUpdate(const BulkUpdateRequest &request, const BulkChanges &changes)
{
    showBulkBusy(false);
    if (changes.cancelled)
        return;
    const QStringList lines = BulkUpdateDialog::describeEffectiveChanges(
        changes, m_bulkOrganizationChoice, request.overridePasswordPolicy);
    const QString question = tr("Change %Ln user(s)?", nullptr,
                                int(std::min<qint64>(changes.users - changes.unchanged, INT_MAX))) +
                             QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (!Dialogs::ask(this, tr("Update selected users"), question))
        return;
    if (changes.removesLastActiveSuperuser() &&
        !Dialogs::ask(
            this, tr("Remove the last superuser?"),
            tr("After this update the instance has no active superuser: nobody could open "
               "Sentry's admin until a user is made superuser again.\n\nRemove the last "
               "active superuser anyway?")))
        return;
    m_bulkSelection = request.userIds;
    runBulkUpdate(request);
}

void UsersBrowser::showBulkBusy(bool busy)
{
    if (busy)
        m_ui->bulkProgressBar->setRange(0, 0); // busy: reading every selected user
    m_ui->bulkProgressBar->setVisible(busy);
    m_ui->cancelBulkButton->setVisible(busy);
}

void UsersBrowser::showProgress(int done, int total)
{
    showUserProgress(m_ui->bulkProgressBar, done, total);
}

void UsersBrowser::runBulkUpdate(const BulkUpdateRequest &request)
{
    m_bulkRequest = std::make_unique<BulkUpdateRequest>(request);
    m_selectionChangedDuringBulk = false;
    showBulkBusy(true);
    showProgress(0, int(request.userIds.size()));
    m_bulk->start(request);
}

void UsersBrowser::bulkUpdateFinished(const BulkUpdateReport &report)
{
    showBulkBusy(false);
    sayIfCancelled(report);
    // The selection stays on the users it was on, wherever the update moved them; if the
    // operator chose others meanwhile, on those of them that are shown.
    refreshFollowingSelection(
        m_selectionChangedDuringBulk
            ? m_model->cachedIds(m_ui->usersView->selectionModel()->selection())
            : m_bulkSelection);
    if (report.updated > 0)
        emit usersChanged();
    if (!report.cancelled && !report.notDoneUserIds.isEmpty())
        offerToGoOn(m_bulkRequest->userIds.size() - report.notDoneUserIds.size(),
                    report.notDoneUserIds);
    else
        m_bulkRequest.reset();
}

void UsersBrowser::offerToGoOn(qsizetype done, const QList<qint64> &notDone)
{
    const bool goOn = Dialogs::ask(
        this, tr("Bulk update stopped"),
        tr("An error stopped the update (a lost connection, say). Every user is either fully "
           "updated or untouched.\n\nDone: %1\nNot done: %2\n\nReconnect and go on with the "
           "users not done, with the same changes and password?")
            .arg(done)
            .arg(notDone.size()));
    if (!goOn) {
        m_bulkRequest.reset();
        return;
    }
    // The update opens a new connection, from the same location and the password kept in
    // memory; if that fails too, its report says so.
    BulkUpdateRequest request = std::move(*m_bulkRequest);
    request.userIds = notDone;
    runBulkUpdate(request);
}
