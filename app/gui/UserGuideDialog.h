#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class UserGuideDialog;
}

// Help > User guide: the README's section on the window, built into the program so that it
// opens without a network or a browser.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    // The Markdown of the README's section on the window, without its screenshot.
    static QString windowSection();

private:
    const std::unique_ptr<Ui::UserGuideDialog> m_ui;
};
