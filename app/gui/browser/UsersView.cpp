#include "gui/browser/UsersView.h"

QModelIndex UsersView::moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = currentIndex();
    const int rows = model() ? model()->rowCount(rootIndex()) : 0;
    if (!current.isValid() || rows == 0)
        return QTableView::moveCursor(action, modifiers);
    switch (action) {
    case MoveHome:
        return model()->index(0, current.column(), rootIndex());
    case MoveEnd:
        return model()->index(rows - 1, current.column(), rootIndex());
    case MoveUp:
    case MoveDown:
    case MovePageUp:
    case MovePageDown: {
        const QModelIndex moved = QTableView::moveCursor(action, modifiers);
        return moved.isValid() ? moved.siblingAtColumn(current.column()) : moved;
    }
    default:
        return QTableView::moveCursor(action, modifiers);
    }
}
