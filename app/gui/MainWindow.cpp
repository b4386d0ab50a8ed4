#include "gui/MainWindow.h"

#include "gui/AccountDoctorDialog.h"
#include "gui/AppSettings.h"
#include "gui/AuditTrailDialog.h"
#include "gui/ConnectionDialog.h"
#include "gui/CreateUserController.h"
#include "gui/DatabaseOpener.h"
#include "gui/Dialogs.h"
#include "gui/Icons.h"
#include "gui/ImportUsersDialog.h"
#include "gui/Language.h"
#include "gui/LogJournal.h"
#include "gui/LogPane.h"
#include "gui/SettingsDialog.h"
#include "gui/ShortcutsDialog.h"
#include "gui/UserForm.h"
#include "gui/UserGuideDialog.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/PickerLoader.h"
#include "gui/browser/UserDetailsPane.h"
#include "gui/browser/UserProgress.h"
#include "gui/browser/UsersBrowser.h"
#include "storage/Database.h"
#include "storage/UserExport.h"
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString detailsSplitterKey = QStringLiteral("window/detailsSplitter");
const QString detailsShownKey = QStringLiteral("window/detailsShown");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_controller(std::make_unique<CreateUserController>())
    , m_opener(new DatabaseOpener(this))
    , m_settingsPickers(new PickerLoader(this))
    , m_settingsJob(new BackgroundJob(this))
    , m_exportJob(new BackgroundJob(this))
{
    m_ui->setupUi(this);
    setWindowIcon(Icons::icon(QStringLiteral("useradmin")));
    const std::pair<QAction *, const char *> icons[] = {
        {m_ui->actionNewDatabase, "database-new"},
        {m_ui->actionOpenDatabase, "database-open"},
        {m_ui->actionConnectPostgres, "database-connect"},
        {m_ui->actionQuit, "quit"},
        {m_ui->actionCreateUsers, "user-add"},
        {m_ui->actionBulkUpdate, "users-bulk"},
        {m_ui->actionCancelBatch, "cancel"},
        {m_ui->actionInstanceSettings, "settings"},
        {m_ui->actionAbout, "about"},
    };
    for (const auto &[action, name] : icons)
        Icons::set(action, QLatin1String(name));
    m_ui->cancelBatchButton->setDefaultAction(m_ui->actionCancelBatch);
    // F5 here; whatever the platform's own key for reloading is, elsewhere.
    m_ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    m_ui->menuView->addAction(m_ui->logDock->toggleViewAction());
    m_ui->menuView->addAction(m_ui->mainToolBar->toggleViewAction());
    m_ui->mainSplitter->setStretchFactor(0, 2);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    m_ui->browserSplitter->setStretchFactor(0, 2);
    m_ui->browserSplitter->setStretchFactor(1, 1);

    m_databaseLabel = new QLabel(this);
    m_layoutLabel = new QLabel(this);
    m_userCountLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_layoutLabel->setObjectName(QStringLiteral("layoutLabel"));
    m_userCountLabel->setObjectName(QStringLiteral("userCountLabel"));
    // Apart from the file name, which would otherwise run on into it.
    m_layoutLabel->setContentsMargins(12, 0, 0, 0);
    statusBar()->addWidget(m_databaseLabel);
    statusBar()->addWidget(m_layoutLabel, 1);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_userCountLabel);

    connect(m_ui->actionNewDatabase, &QAction::triggered, this, &MainWindow::newDatabase);
    connect(m_ui->actionOpenDatabase, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_ui->actionConnectPostgres, &QAction::triggered, this, &MainWindow::connectPostgres);
    connect(m_ui->actionCreateUsers, &QAction::triggered, this, &MainWindow::createUsers);
    connect(m_ui->actionBulkUpdate, &QAction::triggered, m_ui->usersBrowser,
            &UsersBrowser::startBulkUpdate);
    connect(m_ui->actionRefresh, &QAction::triggered, m_ui->usersBrowser, &UsersBrowser::refresh);
    connect(m_ui->actionFindUsers, &QAction::triggered, m_ui->usersBrowser,
            &UsersBrowser::focusSearch);
    connect(m_ui->actionCheckAccounts, &QAction::triggered, this, &MainWindow::checkAccounts);
    connect(m_ui->actionAuditTrail, &QAction::triggered, this, [this] {
        if (!m_database)
            return;
        auto *trail = new AuditTrailDialog(m_database, this);
        trail->setAttribute(Qt::WA_DeleteOnClose);
        trail->open();
    });
    connect(m_ui->actionImportUsers, &QAction::triggered, this, &MainWindow::importUsers);
    connect(m_ui->actionExportUsers, &QAction::triggered, this, &MainWindow::exportUsers);
    connect(m_ui->actionExportSelectedUsers, &QAction::triggered, this,
            &MainWindow::exportSelectedUsers);
    connect(m_ui->actionCancelBatch, &QAction::triggered, m_controller.get(),
            &CreateUserController::cancel);
    connect(m_ui->actionResumeBatch, &QAction::triggered, this, &MainWindow::resumeBatch);
    connect(m_ui->actionInstanceSettings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionUserGuide, &QAction::triggered, this, [this] {
        auto *guide = new UserGuideDialog(this);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->open();
    });
    connect(m_ui->actionKeyboardShortcuts, &QAction::triggered, this, [this] {
        auto *shortcuts = new ShortcutsDialog(this);
        shortcuts->setAttribute(Qt::WA_DeleteOnClose);
        shortcuts->open();
    });

    connect(m_ui->userForm, &UserForm::submitRequested, this, &MainWindow::createUsers);
    connect(m_ui->userForm, &UserForm::validityChanged, this, &MainWindow::updateActions);

    connect(m_controller.get(), &CreateUserController::started, this, &MainWindow::batchStarted);
    connect(m_controller.get(), &CreateUserController::outcomesReported, m_ui->logPane,
            &LogPane::appendAll);
    connect(m_controller.get(), &CreateUserController::outcomesReported, this,
            [this](const QList<Outcome> &outcomes) {
                for (const Outcome &outcome : outcomes)
                    if (outcome.kind == Outcome::Kind::Created ||
                        outcome.kind == Outcome::Kind::Updated)
                        m_writtenInBatch.insert(outcome.email);
            });
    connect(m_controller.get(), &CreateUserController::progressChanged, this,
            [this](int done, int total) { showUserProgress(m_ui->batchProgressBar, done, total); });
    connect(m_controller.get(), &CreateUserController::finished, this, &MainWindow::batchFinished);

    connect(m_ui->usersBrowser, &UsersBrowser::outcomesReported, m_ui->logPane,
            &LogPane::appendAll);
    connect(m_ui->usersBrowser, &UsersBrowser::totalUsersChanged, this, &MainWindow::showUserCount);
    connect(m_ui->usersBrowser, &UsersBrowser::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    m_ui->usersBrowser->addContextActions(
        {m_ui->actionBulkUpdate, m_ui->actionExportSelectedUsers});
    m_ui->menuUsers->insertActions(m_ui->actionCheckAccounts, m_ui->usersBrowser->accountActions());
    connect(m_ui->usersBrowser, &UsersBrowser::selectionCountChanged, this, [this](int count) {
        m_selectedUsers = count;
        showSelectionCount();
        updateActions();
    });
    m_ui->userDetailsPane->follow(m_ui->usersBrowser);
    connect(m_ui->actionShowDetails, &QAction::toggled, m_ui->userDetailsPane,
            &QWidget::setVisible);
    // Double-click or Return on a row: its details are in the pane, shown if it was hidden.
    connect(m_ui->usersBrowser, &UsersBrowser::detailsRequested, this,
            [this] { m_ui->actionShowDetails->setChecked(true); });
    // View > Refresh reads the user again too, even with its row scrolled out of view.
    connect(m_ui->actionRefresh, &QAction::triggered, m_ui->userDetailsPane,
            &UserDetailsPane::reload);
    connect(m_ui->usersBrowser, &UsersBrowser::usersChanged, this, [this] {
        // A bulk update can add memberships: the pickers stay, the form's database stays.
        m_ui->userForm->setDatabase(m_database, m_settings);
    });
    connect(m_opener, &DatabaseOpener::opened, this, &MainWindow::databaseReady);
    connect(m_opener, &DatabaseOpener::failed, this, [this](const QString &message) {
        Dialogs::critical(
            this, tr("Open database"),
            tr("Cannot open %1: %2")
                .arg(m_openingLocation.isEmpty() ? tr("the embedded database") : m_openingLocation,
                     message));
        emit databaseOpenFailed();
    });
    connect(m_settingsPickers, &PickerLoader::organizationsLoaded, this,
            &MainWindow::showSettingsDialog);

    retranslate();
    updateActions();
    restoreState();
}

MainWindow::~MainWindow()
{
    // Before the members it reports to; its job, like a running batch, is let go of without
    // waiting (the batch stops after the users being written).
    delete m_doctorDialog;
}

void MainWindow::openDatabase(const QString &location)
{
    if (m_controller->isRunning())
        return;
    m_openingLocation = location;
    m_opener->open(location);
}

void MainWindow::setHashingChunkSize(int users)
{
    m_controller->setHashingChunkSize(users);
    m_ui->usersBrowser->setBulkHashingChunkSize(users);
}

void MainWindow::databaseReady(const std::shared_ptr<Database> &database,
                               const InstanceSettings &settings)
{
    if (m_controller->isRunning()) {
        emit databaseOpenFailed();
        return;
    }
    // Everything that reads the old database lets go of it.
    delete m_doctorDialog;
    m_database = database;
    m_settings = settings;
    m_controller->setDatabase(m_database, settings);
    m_ui->userForm->setDatabase(m_database, settings);
    m_userCount = -1;
    m_ui->usersBrowser->setDatabaseLocation(m_database->location(), m_settings);
    m_ui->userDetailsPane->setDatabaseLocation(m_database->location(), m_settings);
    showUserCount(m_ui->usersBrowser->totalUsers());
    m_ui->logPane->setDatabase(m_database->displayName(),
                               LogJournal::pathFor(m_database->location()));
    for (const QString &warning : m_database->warnings())
        m_ui->logPane->append(Outcome::notice(warning));
    retranslate();
    updateActions();
    emit databaseOpened();
}

void MainWindow::createUsers()
{
    if (!m_database || m_controller->isRunning() || !m_ui->userForm->isInputValid())
        return;
    // Overwriting existing users asks first, as the bulk update does.
    if (m_ui->userForm->isForceUpdateChosen()) {
        const int count = int(m_ui->userForm->emailCount());
        const bool overwrite = Dialogs::ask(
            this, tr("Overwrite existing users?"),
            tr("Force-update overwrites the password, the superuser and staff flags and the "
               "organization membership of every one of these %Ln address(es) that already "
               "belongs to a user.",
               nullptr, count),
            tr("Overwrite"), tr("Cancel"));
        if (!overwrite)
            return;
    }
    // Taken before the emptied password disables the button that may hold the focus.
    m_focusBeforeBatch = QApplication::focusWidget();
    m_writtenInBatch.clear();
    m_controller->start(m_ui->userForm->takeRequest());
}

void MainWindow::resumeBatch()
{
    if (!m_database || m_controller->isRunning() || m_controller->notDone().isEmpty())
        return;
    // The batch opens a new connection, from the same location and with the password kept in
    // memory; if that fails too, its report says so and the users stay to go on with.
    m_focusBeforeBatch = QApplication::focusWidget();
    m_controller->resume();
}

void MainWindow::offerToGoOn(int done, int notDone)
{
    const bool goOn = Dialogs::ask(
        this, tr("Batch stopped"),
        tr("An error stopped the batch (a lost connection, say). Every user is either fully "
           "written or untouched.\n\nDone: %1\nNot done: %2\n\nReconnect and create the users "
           "not done, with the same choices and password?")
            .arg(done)
            .arg(notDone),
        tr("Reconnect and go on"), tr("Not now"));
    if (goOn)
        resumeBatch();
}

void MainWindow::batchStarted(int total)
{
    m_batchTotal = total;
    showUserProgress(m_ui->batchProgressBar, 0, total);
    m_ui->batchPanel->setVisible(true);
    m_ui->userForm->setEnabled(false);
    m_ui->usersBrowser->setFreshnessChecksPaused(true);
    updateActions();
}

void MainWindow::batchFinished(const CreateUserReport &report)
{
    m_ui->batchPanel->setVisible(false);
    m_ui->userForm->setEnabled(true);
    if (!report.rejected)
        m_ui->userForm->clearAfterBatch(m_writtenInBatch);
    m_writtenInBatch.clear();
    // Disabling the form sent the focus on (to the search field): the keyboard goes back to the
    // form, to the field it was in or, when that is now disabled, to the emails.
    if (m_focusBeforeBatch && m_ui->userForm->isAncestorOf(m_focusBeforeBatch)) {
        if (m_focusBeforeBatch->isEnabled())
            m_focusBeforeBatch->setFocus();
        else
            m_ui->userForm->focusEmails();
    }
    if (report.cancelled)
        statusBar()->showMessage(tr("Cancelled: every user is either fully written or untouched."),
                                 10000);
    else
        statusBar()->showMessage(
            tr("%Ln user(s) created, %1 updated, %2 skipped, %3 error(s).", nullptr, report.created)
                .arg(QLocale().toString(report.updated), QLocale().toString(report.skipped),
                     QLocale().toString(report.errors)),
            10000);
    m_ui->usersBrowser->setFreshnessChecksPaused(false);
    m_ui->usersBrowser->refresh();
    updateActions();
    if (const int notDone = int(report.notDone.size());
        notDone > 0 && !m_controller->reconnectFailed())
        offerToGoOn(m_batchTotal - notDone, notDone);
}

void MainWindow::updateActions()
{
    const bool running = m_controller->isRunning();
    const bool open = m_database != nullptr;
    m_ui->actionCreateUsers->setEnabled(open && !running && m_ui->userForm->isInputValid());
    m_ui->actionBulkUpdate->setEnabled(open && !running && m_selectedUsers > 0);
    m_ui->actionCheckAccounts->setEnabled(open && !running);
    m_ui->actionAuditTrail->setEnabled(open);
    m_ui->actionImportUsers->setEnabled(open && !running);
    m_ui->actionExportUsers->setEnabled(open && !m_exportJob->isRunning());
    m_ui->actionExportSelectedUsers->setEnabled(open && !m_exportJob->isRunning() &&
                                                m_selectedUsers > 0);
    m_ui->actionRefresh->setEnabled(open);
    m_ui->actionCancelBatch->setEnabled(running);
    const int notDone = int(m_controller->notDone().size());
    m_ui->actionResumeBatch->setEnabled(open && !running && notDone > 0);
    m_ui->actionResumeBatch->setText(notDone > 0
                                         ? tr("&Go on with %Ln user(s) not done", nullptr, notDone)
                                         : tr("&Go on with the users not done"));
    for (QAction *action : {m_ui->actionNewDatabase, m_ui->actionOpenDatabase,
                            m_ui->actionConnectPostgres, m_ui->actionInstanceSettings})
        action->setEnabled(!running);
    m_ui->actionCreateUsers->setEnabled(m_ui->actionCreateUsers->isEnabled() &&
                                        !m_ui->userForm->isLoadingPickers());
}

void MainWindow::showUserCount(qint64 total)
{
    m_userCount = total;
    if (!m_database || total < 0)
        m_userCountLabel->clear();
    else
        m_userCountLabel->setText(tr("%Ln user(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
}

void MainWindow::showSelectionCount()
{
    // %Ln groups the digits the language's way: "1,000,000 users selected".
    m_selectionLabel->setText(
        m_selectedUsers > 0 ? tr("%Ln user(s) selected", nullptr, m_selectedUsers) : QString());
}

QString MainWindow::databaseFolder() const
{
    // File dialogs start beside the open database file rather than in the working directory.
    return m_database && m_database->kind() == Database::Kind::SQLite
               ? QFileInfo(m_database->location()).absolutePath()
               : QString();
}

void MainWindow::newDatabase()
{
    const QString fileName =
        Dialogs::saveFileName(this, tr("New embedded database"), databaseFolder(),
                              tr("SQLite databases (*.sqlite3 *.db)"));
    if (fileName.isEmpty())
        return;
    if (QFileInfo::exists(fileName)) {
        Dialogs::critical(
            this, tr("New embedded database"),
            tr("%1 exists already. Open it with File > Open database.").arg(fileName));
        return;
    }
    openDatabase(fileName);
}

void MainWindow::chooseDatabase()
{
    const QString fileName =
        Dialogs::openFileName(this, tr("Open database"), databaseFolder(),
                              tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"));
    if (!fileName.isEmpty())
        openDatabase(fileName);
}

void MainWindow::connectPostgres()
{
    if (const auto location = ConnectionDialog::chooseConnection(this))
        openDatabase(*location);
}

void MainWindow::checkAccounts()
{
    if (!m_database || m_controller->isRunning())
        return;
    // A dialog closed a moment ago may still be winding its job down: it finishes first, and
    // the new one opens once it is gone. Deleting it now would discard its job, and with it the
    // log entries of what its repair has already written.
    if (m_doctorDialog) {
        connect(m_doctorDialog, &QObject::destroyed, this, &MainWindow::checkAccounts,
                Qt::QueuedConnection);
        return;
    }
    m_doctorDialog = new AccountDoctorDialog(m_database, m_settings, this);
    connect(m_doctorDialog, &AccountDoctorDialog::outcomesReported, m_ui->logPane,
            &LogPane::appendAll);
    // Not exec(): the window goes on drawing, and tests answer the dialog like an operator.
    m_doctorDialog->open();
}

void MainWindow::importUsers()
{
    if (!m_database || m_controller->isRunning())
        return;
    const QString fileName = Dialogs::openFileName(this, tr("Import users"), databaseFolder(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    auto *dialog = new ImportUsersDialog(m_database, m_settings, fileName, this);
    connect(dialog, &ImportUsersDialog::outcomesReported, m_ui->logPane, &LogPane::appendAll);
    connect(dialog, &ImportUsersDialog::imported, m_ui->usersBrowser, &UsersBrowser::refresh);
    dialog->open();
}

void MainWindow::exportUsers()
{
    startExport(tr("Export users"), std::nullopt);
}

void MainWindow::exportSelectedUsers()
{
    if (m_selectedUsers > 0)
        startExport(tr("Export selected users"), m_ui->usersBrowser->selection());
}

void MainWindow::startExport(const QString &title,
                             const std::optional<UsersTableModel::SelectedRows> &selection)
{
    if (!m_database || m_exportJob->isRunning())
        return;
    const QString fileName = Dialogs::saveFileName(this, title, databaseFolder(),
                                                   tr("CSV files (*.csv);;All files (*)"));
    if (fileName.isEmpty())
        return;
    m_exportJob->start([this, fileName, database = m_database, selection,
                        prefix = m_ui->usersBrowser->searchPrefix()](
                           const BackgroundJob::Run &) -> BackgroundJob::Completion {
        QSaveFile file(fileName);
        qint64 rows = 0;
        QString problem;
        try {
            if (!file.open(QIODevice::WriteOnly))
                throw StorageError(file.errorString());
            const std::unique_ptr<Database> connection = database->reopen();
            file.write(UserImport::exportHeader().toUtf8() + '\n');
            const auto write = [&](const ExportRow &row) {
                file.write(UserImport::exportLine(row).toUtf8() + '\n');
                ++rows;
            };
            if (selection)
                UserExport::forEachRow(*connection,
                                       UsersTableModel::readIds(*connection, *selection), write);
            else
                UserExport::forEachRow(*connection, prefix, write);
            if (!file.commit())
                throw StorageError(file.errorString());
        } catch (const StorageError &error) {
            problem = error.message();
        }
        const Outcome outcome =
            problem.isEmpty()
                ? Outcome::notice(tr("Exported %n row(s) to %1", nullptr, int(rows)).arg(fileName))
                : Outcome::error({}, tr("Cannot export to %1: %2").arg(fileName, problem));
        return [this, outcome] {
            m_ui->logPane->appendAll({outcome});
            updateActions();
        };
    });
    updateActions();
}

void MainWindow::editSettings()
{
    if (!m_database) {
        showSettingsDialog({});
        return;
    }
    // The dialog opens once the organizations it offers are read.
    m_settingsPickers->loadOrganizations(m_database);
}

void MainWindow::showSettingsDialog(const QList<Organization> &organizations)
{
    const bool persistent = m_database && m_database->isEmbedded();
    auto *dialog = new SettingsDialog(m_settings, organizations, persistent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, persistent] {
        if (dialog->language() != Language::chosen())
            Language::choose(dialog->language());
        const InstanceSettings settings = dialog->settings();
        if (settings == m_settings || !m_database)
            return;
        const auto apply = [this, settings] {
            m_settings = settings;
            m_controller->setDatabase(m_database, m_settings);
            m_ui->userForm->setDatabase(m_database, m_settings);
            m_ui->usersBrowser->setDatabaseLocation(m_database->location(), m_settings);
            m_ui->userDetailsPane->setDatabaseLocation(m_database->location(), m_settings);
        };
        if (!persistent) {
            apply();
            return;
        }
        m_settingsJob->start([this, apply, settings, database = m_database](
                                 const BackgroundJob::Run &) -> BackgroundJob::Completion {
            try {
                database->reopen()->saveInstanceSettings(settings);
            } catch (const StorageError &error) {
                return [this, message = error.message()] {
                    Dialogs::critical(this, tr("Instance settings"),
                                      tr("Cannot save the settings: %1").arg(message));
                };
            }
            return apply;
        });
    });
    // Not exec(): the window goes on drawing, and tests answer the dialog like an operator.
    dialog->open();
}

void MainWindow::about()
{
    Dialogs::about(this, tr("About useradmin"),
                   tr("<h3>useradmin %1</h3><p>Create and maintain the user accounts of a Sentry "
                      "installation.</p><p>Built with Qt %2.</p>")
                       .arg(QStringLiteral(PROJECT_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::retranslate()
{
    m_databaseLabel->setText(m_database ? tr("Database: %1").arg(m_database->displayName())
                                        : tr("No database open"));
    // The description is translated where it is made: asked again in the new language.
    m_layoutLabel->setText(m_database ? tr("Schema: %1").arg(m_database->layout().description())
                                      : QString());
    setWindowTitle(m_database ? tr("%1 – Sentry users").arg(m_database->displayName())
                              : tr("Sentry users"));
    showUserCount(m_userCount);
    showSelectionCount();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateActions();
    }
    // Back from another window, perhaps one that added users: a cheap check, off this thread.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        m_ui->usersBrowser->checkFreshness();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreState()
{
    const auto settings = appSettings();
    restoreGeometry(settings->value(geometryKey).toByteArray());
    QMainWindow::restoreState(settings->value(stateKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings->value(splitterKey).toByteArray());
    // At first two thirds for the table, one for the details pane.
    if (!m_ui->browserSplitter->restoreState(settings->value(detailsSplitterKey).toByteArray()))
        m_ui->browserSplitter->setSizes({2000, 1000});
    m_ui->actionShowDetails->setChecked(settings->value(detailsShownKey, true).toBool());
}

void MainWindow::saveState()
{
    const auto settings = appSettings();
    settings->setValue(geometryKey, saveGeometry());
    settings->setValue(stateKey, QMainWindow::saveState());
    settings->setValue(splitterKey, m_ui->mainSplitter->saveState());
    settings->setValue(detailsSplitterKey, m_ui->browserSplitter->saveState());
    settings->setValue(detailsShownKey, m_ui->actionShowDetails->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing mid-batch stops it cleanly: the users being written are finished first, while the
    // application exits (main() waits for them, bounded).
    m_controller->cancel();
    saveState();
    event->accept();
}
