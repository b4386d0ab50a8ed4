#pragma once

#include "storage/UserPager.h"

#include <QDialog>
#include <memory>

namespace Ui {
class UserDetailsDialog;
}

// A user's values as the browser loaded them, read-only and selectable for copying: what a
// double-click or Return on a row opens. Reads nothing itself.
class UserDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserDetailsDialog(const BrowsedUser &user, QWidget *parent = nullptr);
    ~UserDetailsDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showUser();

    const std::unique_ptr<Ui::UserDetailsDialog> m_ui;
    const BrowsedUser m_user;
};
