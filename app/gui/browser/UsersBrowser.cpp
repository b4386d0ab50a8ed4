#include "gui/browser/UsersBrowser.h"

UsersBrowser::UsersBrowser(QWidget *parent)
    : QWidget(parent)
{
}

UsersBrowser::~UsersBrowser() = default;

void UsersBrowser::setDatabaseLocation(const QString &, const InstanceSettings &) {}

qint64 UsersBrowser::totalUsers() const
{
    return 0;
}

QList<qint64> UsersBrowser::selectedUserIds() const
{
    return {};
}

void UsersBrowser::refresh() {}

void UsersBrowser::startBulkUpdate() {}
