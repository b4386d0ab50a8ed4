#pragma once

#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"
#include "storage/UserDetailsReader.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class UserDetailsLoader;
class UsersBrowser;

namespace Ui {
class UserDetailsPane;
}

// Beside the users browser: everything about the browser's current user that the table has no
// room for (password state, Super Admin role, memberships with teams, email addresses, two-factor
// methods), read on a worker (UserDetailsLoader) each time the current row moves and after the
// browser's writes and refreshes. What was shown stays until the next user arrives; only a slow
// read shows "Loading…". Reads nothing while hidden.
class UserDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit UserDetailsPane(QWidget *parent = nullptr);
    ~UserDetailsPane() override;

    // The database the browser shows; the instance settings say how many iterations a password
    // hash should have.
    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    // Shows the current user of this browser from now on.
    void follow(UsersBrowser *browser);
    // Room for an address and a date beside their labels, however narrow the table would have
    // it: the splitter beside the table starts at the hint and never goes below the minimum.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // How long a read may take before "Loading…" shows; for tests.
    void setLoadingDelay(int msec) { m_loadingTimer.setInterval(msec); }

signals:
    // A user was read: what the table shows of it now (none: the user is gone).
    void userRead(qint64 userId, const std::optional<UserAccount> &shown);

public slots:
    void showUser(qint64 userId);
    void showNoUser();
    // Reads the user shown again (after a write).
    void reload();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum class Status
    {
        Details,
        NoUser,
        Loading,
        Gone,
        Failed,
    };

    void load();
    void showLoading();
    void showState();
    void loaded(qint64 userId, const std::optional<UserDetails> &details);
    void failed(qint64 userId, const QString &message);
    void showDetails();

    const std::unique_ptr<Ui::UserDetailsPane> m_ui;
    UserDetailsLoader *m_loader;
    InstanceSettings m_settings;
    QString m_location;
    // The user to show; none without a current row.
    std::optional<qint64> m_userId;
    // What is on screen, kept to show it again in another language.
    std::optional<UserDetails> m_details;
    Status m_status = Status::NoUser;
    QString m_failure;
    // The user changed while the pane was hidden: read once it shows.
    bool m_stale = false;
    QTimer m_loadingTimer;
};
