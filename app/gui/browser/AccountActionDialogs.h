#pragma once

#include "domain/AccountActions.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SetPasswordDialog;
class ChangeEmailDialog;
} // namespace Ui

// Set password… for the selected users: a password typed twice, checked as it is typed (as the
// bulk update's), or one generated per user. OK is enabled only for a valid choice.
class SetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    // `selected` users, of which `sampleEmails` are some (for the policy's email rules).
    SetPasswordDialog(qsizetype selected, const QStringList &sampleEmails,
                      QWidget *parent = nullptr);
    ~SetPasswordDialog() override;

    // The choice, without the users (the form is emptied as the dialog closes).
    AccountActionRequest takeRequest();
    void done(int result) override;

private:
    void validate();

    const std::unique_ptr<Ui::SetPasswordDialog> m_ui;
    QStringList m_sampleEmails;
};

// Change email… for one user: its current address and the new one, which must be a valid
// address other than the current one before OK is enabled.
class ChangeEmailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangeEmailDialog(const QString &currentEmail, QWidget *parent = nullptr);
    ~ChangeEmailDialog() override;

    QString newEmail() const;

private:
    void validate();

    const std::unique_ptr<Ui::ChangeEmailDialog> m_ui;
    QString m_currentEmail;
};
