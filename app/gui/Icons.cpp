#include "gui/Icons.h"

#include <QAction>

QIcon Icons::icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void Icons::set(QAction *action, const QString &name)
{
    action->setIcon(icon(name));
}
