#pragma once

#include <QIcon>

class QAction;

// The project's SVG icons (resources/icons, compiled in; drawn by Qt's SVG icon engine).
namespace Icons {
QIcon icon(const QString &name);
void set(QAction *action, const QString &name);
} // namespace Icons
