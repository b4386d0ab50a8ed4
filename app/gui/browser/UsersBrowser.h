#pragma once

#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"

#include <QWidget>

// The users browser: a table of existing users that stays fast at 1,000,000 rows (only the
// visible window is loaded, by a worker thread with its own connection), search-as-you-type,
// sorting by any column, multi-selection, and bulk force-update of the selection.
class UsersBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit UsersBrowser(QWidget *parent = nullptr);
    ~UsersBrowser() override;

    // Shows the users of this database (a path or postgresql:// URL) through its own connections.
    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    qint64 totalUsers() const;
    QList<qint64> selectedUserIds() const;

public slots:
    // Re-reads the count and the visible rows (after another part of the window wrote).
    void refresh();
    // Asks what to change for the selected users, confirms how many change, then writes.
    void startBulkUpdate();

signals:
    void outcomeReported(const Outcome &outcome);
    void totalUsersChanged(qint64 total);
    void selectionCountChanged(int count);
    // A bulk update wrote something.
    void usersChanged();
};
