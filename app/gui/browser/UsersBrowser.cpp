#include "gui/browser/UsersBrowser.h"

#include "domain/BulkUpdateWorkflow.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "gui/browser/Confirmation.h"
#include "gui/browser/UsersTableModel.h"
#include "storage/Database.h"
#include "storage/OrganizationListing.h"
#include "storage/SqlUserDirectory.h"
#include "storage/UserBrowsing.h"
#include "ui_UsersBrowser.h"

#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QThread>
#include <climits>
#include <limits>

UsersBrowser::UsersBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersBrowser>())
    , m_model(new UsersTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->usersView->setModel(m_model);
    QHeaderView *header = m_ui->usersView->horizontalHeader();
    header->setSortIndicator(UsersTableModel::EmailColumn, Qt::AscendingOrder);
    // Rows load lazily, so there is nothing to measure: widths follow what the columns hold.
    const QFontMetrics metrics = m_ui->usersView->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth();
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::ShortFormat);
    header->resizeSection(UsersTableModel::EmailColumn, metrics.averageCharWidth() * 36);
    header->resizeSection(UsersTableModel::NameColumn, metrics.averageCharWidth() * 20);
    for (const int column : {UsersTableModel::SuperuserColumn, UsersTableModel::StaffColumn,
                             UsersTableModel::ActiveColumn})
        header->resizeSection(column, metrics.horizontalAdvance(
                                          m_model->headerData(column, Qt::Horizontal).toString()) +
                                          3 * padding); // room for the sort indicator
    for (const int column : {UsersTableModel::DateJoinedColumn, UsersTableModel::LastLoginColumn})
        header->resizeSection(column, metrics.horizontalAdvance(sampleTime) + 2 * padding);
    m_ui->usersView->setSortingEnabled(true);
    // Rows have one height, so the view needs no row-by-row measurement at a million rows.
    m_ui->usersView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_model, &UsersTableModel::setFilter);
    connect(m_model, &UsersTableModel::counted, this, &UsersBrowser::showCounts);
    connect(m_model, &UsersTableModel::totalUsersChanged, this, &UsersBrowser::totalUsersChanged);
    connect(m_model, &UsersTableModel::failed, this, [this](const QString &message) {
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
                m_selectionChangedDuringBulk = m_bulkThread != nullptr;
            });
    connect(m_ui->cancelBulkButton, &QPushButton::clicked, this, [this] {
        if (m_cancelBulk)
            *m_cancelBulk = true;
    });
}

UsersBrowser::~UsersBrowser()
{
    if (m_bulkThread) {
        *m_cancelBulk = true;
        m_bulkThread->wait();
        delete m_bulkThread;
    }
}

void UsersBrowser::setDatabaseLocation(const QString &location, const InstanceSettings &settings)
{
    m_settings = settings;
    // The same database again, still connected: only re-read it.
    if (location == m_location && m_database && m_database->connection().isOpen()) {
        refresh();
        return;
    }
    m_location = location;
    m_database.reset();
    try {
        if (!location.isEmpty())
            m_database = Database::open(location);
    } catch (const StorageError &error) {
        m_ui->countLabel->setText(tr("Cannot read the users: %1").arg(error.message()));
    }
    m_model->setDatabaseLocation(m_database ? location : QString());
}

qint64 UsersBrowser::totalUsers() const
{
    return m_model->totalUsers();
}

QList<qint64> UsersBrowser::selectedUserIds() const
{
    try {
        return m_model->userIds(m_ui->usersView->selectionModel()->selection());
    } catch (const StorageError &error) {
        m_ui->countLabel->setText(tr("Cannot read the users: %1").arg(error.message()));
        return {};
    }
}

void UsersBrowser::refresh()
{
    // Another part of the window wrote: the users shown selected stay selected.
    refreshFollowingSelection(m_model->cachedIds(m_ui->usersView->selectionModel()->selection()));
}

qint64 UsersBrowser::selectedRows() const
{
    // Counted from the ranges: a selection of a million rows is a handful of ranges.
    qint64 rows = 0;
    for (const QItemSelectionRange &range : m_ui->usersView->selectionModel()->selection())
        rows += range.height();
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
}

void UsersBrowser::emitSelectionCount()
{
    emit selectionCountChanged(int(selectedRows()));
}

void UsersBrowser::startBulkUpdate()
{
    if (m_bulkThread || !m_database)
        return;
    const QList<qint64> ids = selectedUserIds();
    if (ids.isEmpty())
        return;
    QStringList emails;
    QList<Organization> organizations;
    try {
        // A sample, for checking the password while typing: reading a million emails here
        // would freeze the window; the workflow reads and checks them all on its thread.
        emails = UserBrowsing::emails(
            *m_database, ids.first(std::min<qsizetype>(ids.size(), BulkUpdateDialog::SampleSize)));
        organizations = OrganizationListing::organizations(*m_database);
    } catch (const StorageError &error) {
        QMessageBox::critical(this, tr("Update selected users"), error.message());
        return;
    }
    auto *dialog = new BulkUpdateDialog(
        ids.size(), emails, organizations,
        [this](qint64 organizationId) {
            try {
                return OrganizationListing::teams(*m_database, organizationId);
            } catch (const StorageError &) {
                return QList<Team>(); // the workflow reports the problem, if it remains
            }
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids] {
        auto request = std::make_shared<BulkUpdateRequest>(dialog->takeRequest());
        request->userIds = ids;
        previewBulkUpdate(request, dialog->organizationChoice());
    });
    // Not exec(): the window stays live, and tests fill the dialog like an operator.
    dialog->open();
}

// --- The confirmation of a bulk update: what it changes is read on a thread, then asked. ---

void UsersBrowser::previewBulkUpdate(const std::shared_ptr<const BulkUpdateRequest> &request,
                                     const QString &organizationChoice)
{
    m_cancelBulk = std::make_shared<std::atomic_bool>(false);
    m_ui->bulkProgressBar->setRange(0, 0); // busy: reading every selected user
    m_ui->bulkProgressBar->setVisible(true);
    m_ui->cancelBulkButton->setVisible(true);
    m_bulkThread = QThread::create([this, request, organizationChoice, location = m_location,
                                    settings = m_settings, cancel = m_cancelBulk] {
        BulkChanges changes;
        QString problem;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            SqlUserDirectory directory(*database);
            changes = BulkUpdateWorkflow(directory, settings)
                          .preview(*request, [cancel] { return cancel->load(); });
        } catch (const StorageError &error) {
            problem = error.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, request, organizationChoice, changes, problem] {
                confirmBulkUpdate(*request, changes, organizationChoice, problem);
            },
            Qt::QueuedConnection);
    });
    m_bulkThread->setObjectName(QStringLiteral("bulk update preview"));
    m_bulkThread->start();
}

void UsersBrowser::confirmBulkUpdate(const BulkUpdateRequest &request, const BulkChanges &changes,
                                     const QString &organizationChoice, const QString &problem)
{
    endBulkThread();
    if (!problem.isEmpty()) {
        QMessageBox::critical(this, tr("Update selected users"), problem);
        return;
    }
    if (changes.cancelled)
        return;
    const QStringList lines = BulkUpdateDialog::describeEffectiveChanges(
        changes, organizationChoice, request.overridePasswordPolicy);
    const QString question =
        tr("Change %n user(s)?", nullptr,
           int(std::min<qint64>(changes.users - changes.unchanged, INT_MAX))) +
        QStringLiteral("\n\n") + lines.join(QLatin1Char('\n'));
    if (!Confirmation::ask(this, tr("Update selected users"), question))
        return;
    if (changes.removesLastActiveSuperuser() &&
        !Confirmation::ask(
            this, tr("Remove the last superuser?"),
            tr("After this update the instance has no active superuser: nobody could open "
               "Sentry's admin until a user is made superuser again.\n\nRemove the last "
               "active superuser anyway?")))
        return;
    m_bulkSelection = request.userIds;
    runBulkUpdate(request);
}

void UsersBrowser::endBulkThread()
{
    m_bulkThread->wait();
    delete m_bulkThread;
    m_bulkThread = nullptr;
    m_cancelBulk.reset();
    m_ui->bulkProgressBar->setVisible(false);
    m_ui->cancelBulkButton->setVisible(false);
}

void UsersBrowser::runBulkUpdate(const BulkUpdateRequest &request)
{
    m_bulkRequest = std::make_unique<BulkUpdateRequest>(request);
    m_selectionChangedDuringBulk = false;
    m_cancelBulk = std::make_shared<std::atomic_bool>(false);
    m_ui->bulkProgressBar->setRange(0, int(request.userIds.size()));
    m_ui->bulkProgressBar->setValue(0);
    m_ui->bulkProgressBar->setVisible(true);
    m_ui->cancelBulkButton->setVisible(true);

    // The workflow runs on its own thread and connection; results come back as queued calls.
    m_bulkThread = QThread::create([this, request, location = m_location, settings = m_settings,
                                    cancel = m_cancelBulk] {
        BulkUpdateReport report;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            SqlUserDirectory directory(*database);
            BulkUpdateWorkflow workflow(directory, settings);
            BulkUpdateObserver observer;
            observer.outcome = [this](const Outcome &outcome) {
                QMetaObject::invokeMethod(
                    this, [this, outcome] { emit outcomeReported(outcome); }, Qt::QueuedConnection);
            };
            observer.progress = [this](int done, int) {
                QMetaObject::invokeMethod(
                    this, [this, done] { m_ui->bulkProgressBar->setValue(done); },
                    Qt::QueuedConnection);
            };
            observer.cancelRequested = [cancel] { return cancel->load(); };
            report = workflow.run(request, observer);
        } catch (const StorageError &error) {
            const Outcome outcome = Outcome::error({}, error.message());
            QMetaObject::invokeMethod(
                this, [this, outcome] { emit outcomeReported(outcome); }, Qt::QueuedConnection);
        }
        // Not the outcomes: they went out one by one, and may be a million.
        report.outcomes.clear();
        QMetaObject::invokeMethod(
            this, [this, report = std::move(report)] { bulkUpdateFinished(report); },
            Qt::QueuedConnection);
    });
    m_bulkThread->setObjectName(QStringLiteral("bulk update"));
    m_bulkThread->start();
}

void UsersBrowser::bulkUpdateFinished(const BulkUpdateReport &report)
{
    endBulkThread();
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
    const bool goOn = Confirmation::ask(
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
    // This thread's connection may have been lost with the update's; the update opens its own,
    // from the same location and the password kept in memory.
    try {
        std::unique_ptr<Database> reconnected =
            m_database ? m_database->reopen() : Database::open(m_location);
        m_database = std::move(reconnected);
    } catch (const StorageError &error) {
        emit outcomeReported(Outcome::error(
            {}, tr("Cannot reconnect: %1 %n user(s) not updated.", nullptr, int(notDone.size()))
                    .arg(error.message())));
        m_bulkRequest.reset();
        return;
    }
    BulkUpdateRequest request = std::move(*m_bulkRequest);
    request.userIds = notDone;
    runBulkUpdate(request);
}
