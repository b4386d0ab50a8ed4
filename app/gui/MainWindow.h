#pragma once

#include "domain/CreateUserWorkflow.h"
#include "domain/InstanceSettings.h"
#include "gui/browser/UsersTableModel.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <memory>
#include <optional>

class AccountDoctorDialog;
class BackgroundJob;
class CreateUserController;
class Database;
class DatabaseOpener;
class PickerLoader;
class QLabel;
namespace Ui {
class MainWindow;
}

// The desktop window: the new-users form on the left, the users browser on the right, the log
// pane at the bottom, the open database, its Sentry layout and its user count in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database file or postgresql:// URL (empty: the embedded database) in the
    // background, then emits databaseOpened(). Shows why it cannot be used, and keeps the
    // previous one then (emitting databaseOpenFailed()). Ignored while a batch runs.
    void openDatabase(const QString &location);
    // The open database's description (its connection is closed: jobs open their own).
    const Database *database() const { return m_database.get(); }
    // Users per transaction while a batch or bulk update hashes (default: one per core), so that
    // a test can cancel between chunks whatever the machine.
    void setHashingChunkSize(int users);

signals:
    void databaseOpened();
    void databaseOpenFailed();

public slots:
    void createUsers();
    // Reconnects and creates the users the last batch left undone, with the same request.
    void resumeBatch();
    void newDatabase();
    void chooseDatabase();
    void connectPostgres();
    // Opens Users > Check accounts on the open database.
    void checkAccounts();
    // File > Import users…: asks for a CSV file, then opens the import's preview on it.
    void importUsers();
    // File > Export users…: the users the browser's search finds, to a CSV file, in the
    // background; the log says how many rows went where.
    void exportUsers();
    // File > Export selected users…: the same for the users selected in the browser.
    void exportSelectedUsers();
    void editSettings();
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void databaseReady(const std::shared_ptr<Database> &database, const InstanceSettings &settings);
    void showSettingsDialog(const QList<Organization> &organizations);
    // Without a selection, every user the search finds.
    void startExport(const QString &title,
                     const std::optional<UsersTableModel::SelectedRows> &selection);
    void batchStarted(int total);
    void batchFinished(const CreateUserReport &report);
    void offerToGoOn(int done, int notDone);
    void updateActions();
    void showUserCount(qint64 total);
    void showSelectionCount();
    QString databaseFolder() const;
    void retranslate();
    void restoreState();
    void saveState();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::shared_ptr<Database> m_database;
    InstanceSettings m_settings;
    const std::unique_ptr<CreateUserController> m_controller;
    DatabaseOpener *m_opener;
    // The organizations the settings dialog offers.
    PickerLoader *m_settingsPickers;
    // Saves the instance settings.
    BackgroundJob *m_settingsJob;
    BackgroundJob *m_exportJob;
    QString m_openingLocation;
    QPointer<QLabel> m_databaseLabel;
    QPointer<QLabel> m_layoutLabel;
    QPointer<QLabel> m_userCountLabel;
    QPointer<QLabel> m_selectionLabel;
    QPointer<QWidget> m_focusBeforeBatch;
    // Open, or closed with its job still winding down (it then deletes itself): deleted before
    // the database it reads goes away.
    QPointer<AccountDoctorDialog> m_doctorDialog;
    qint64 m_userCount = -1;
    int m_selectedUsers = 0;
    int m_batchTotal = 0;
    // The addresses the running batch created or updated: they leave the form once it ends.
    QSet<QString> m_writtenInBatch;
};
