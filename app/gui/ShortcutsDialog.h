#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class ShortcutsDialog;
}

// Help > Keyboard shortcuts: every shortcut of the window's actions (read from the actions, so
// the list cannot fall behind them) and the few keys that are not actions.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window);
    ~ShortcutsDialog() override;

private:
    const std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};
