#pragma once

#include <QTableView>

// The users table. Whole rows are selected, so the keys that move between rows keep the column
// and the view never scrolls sideways by itself; Home and End go to the first and last user, as
// in a list (Qt's table sends them, with Ctrl too, to the first or last column).
class UsersView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;

protected:
    QModelIndex moveCursor(CursorAction action, Qt::KeyboardModifiers modifiers) override;
};
