#pragma once

#include "crypto/Secret.h"

#include <QDialog>
#include <memory>
#include <optional>

class DatabaseOpener;
class QProgressBar;

namespace Ui {
class ConnectionDialog;
}

// Chooses a PostgreSQL connection from named profiles kept in QSettings (never a password).
// Connect tries the connection first, in the background (a busy bar shows it; Cancel gives the
// attempt up without waiting for it, and the dialog stays to be corrected); when the server asks
// for a password that neither PGPASSWORD nor ~/.pgpass provides, the dialog asks for one (masked)
// and keeps it in memory for this session only (Database::rememberSessionPassword), so that the
// caller's Database::open(url) and later reconnections succeed without asking again.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // The chosen postgresql:// URL, or nothing when cancelled.
    static std::optional<QString> chooseConnection(QWidget *parent);
    // The next chooseConnection() returns this at once without showing a dialog (for tests).
    static void setNextConnection(const std::optional<QString> &url);

    // The postgresql:// URL the fields describe; it never holds a password.
    QString url() const;
    void accept() override;
    void reject() override;
    bool isConnecting() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadProfiles(const QString &current);
    void showProfile(int index);
    void saveProfile();
    void deleteProfile();
    void askForPassword(const QString &why);
    void connected();
    void connectionFailed(const QString &message, bool passwordRequired);
    void setConnecting(bool connecting);
    void showError(const QString &message);
    void updateUrl();
    void retranslate();

    const std::unique_ptr<Ui::ConnectionDialog> m_ui;
    DatabaseOpener *m_opener;
    QProgressBar *m_progress;
    // The attempt's URL and password, in memory only while it runs.
    QString m_attemptLocation;
    Secret m_attemptPassword;
};
