#pragma once

#include "domain/CreateUserWorkflow.h"
#include "domain/InstanceSettings.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class AccountDoctorDialog;
class CreateUserController;
class Database;
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

    // Opens a database file or postgresql:// URL (empty: the embedded database). Shows why it
    // cannot be used, and keeps the previous one then.
    bool openDatabase(const QString &location);
    const Database *database() const { return m_database.get(); }

public slots:
    void createUsers();
    // Reconnects and creates the users the last batch left undone, with the same request.
    void resumeBatch();
    void newDatabase();
    void chooseDatabase();
    void connectPostgres();
    // Opens Users > Check accounts on the open database.
    void checkAccounts();
    void editSettings();
    void about();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void batchStarted(int total);
    void batchFinished(const CreateUserReport &report);
    void offerToGoOn(int done, int notDone);
    void updateActions();
    void showUserCount(qint64 total);
    QString databaseFolder() const;
    void retranslate();
    void restoreState();
    void saveState();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<Database> m_database;
    InstanceSettings m_settings;
    // Declared after the database: destroyed first, so a running batch ends before it.
    const std::unique_ptr<CreateUserController> m_controller;
    QPointer<QLabel> m_databaseLabel;
    QPointer<QLabel> m_layoutLabel;
    QPointer<QLabel> m_userCountLabel;
    QPointer<QWidget> m_focusBeforeBatch;
    // Open, or closed with its job still winding down (it then deletes itself): deleted before
    // the database it reads goes away.
    QPointer<AccountDoctorDialog> m_doctorDialog;
    qint64 m_userCount = -1;
    int m_selectedUsers = 0;
    int m_batchTotal = 0;
};
