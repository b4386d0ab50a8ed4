#pragma once

#include "crypto/Secret.h"

#include <QDialog>
#include <QWidget>
#include <memory>

namespace Ui {
class GeneratedPasswordsPanel;
}

// Generated passwords, shown once: an `email,password` line per user, with Save (a new file of
// mode 0600, never over an existing one) and Copy (the clipboard is cleared after 30 s if it
// still holds them). The passwords live here only, until wipe() or the panel goes. File > Import
// users… and Set password… show theirs in it.
class GeneratedPasswordsPanel : public QWidget
{
    Q_OBJECT

public:
    using Passwords = QList<std::pair<QString, Secret>>;

    explicit GeneratedPasswordsPanel(QWidget *parent = nullptr);
    ~GeneratedPasswordsPanel() override;

    // Shows these passwords (and the panel); Save starts in `saveDirectory`.
    void showPasswords(const Passwords &passwords, const QString &saveDirectory);
    // Forgets the passwords and empties the view.
    void wipe();

public slots:
    void savePasswords();
    void copyPasswords();

private:
    const std::unique_ptr<Ui::GeneratedPasswordsPanel> m_ui;
    Passwords m_passwords;
    QString m_saveDirectory;
};

// The passwords a run generated, in a dialog of their own; closing it wipes them.
class GeneratedPasswordsDialog : public QDialog
{
    Q_OBJECT

public:
    GeneratedPasswordsDialog(const GeneratedPasswordsPanel::Passwords &passwords,
                             const QString &saveDirectory, QWidget *parent = nullptr);

    void done(int result) override;

private:
    GeneratedPasswordsPanel *m_panel;
};
