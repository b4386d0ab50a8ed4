#pragma once

#include <QIcon>

class QAction;

// The project's SVG icons (resources/icons, compiled in), drawn by Qt SVG directly so that they
// show even where no SVG image or icon-engine plugin is installed.
namespace Icons {
QIcon icon(const QString &name);
void set(QAction *action, const QString &name);
} // namespace Icons
