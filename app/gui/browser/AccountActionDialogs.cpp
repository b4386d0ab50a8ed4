#include "gui/browser/AccountActionDialogs.h"

#include "domain/DisplayText.h"
#include "domain/EmailValidator.h"
#include "gui/browser/TypedPassword.h"
#include "ui_ChangeEmailDialog.h"
#include "ui_SetPasswordDialog.h"

#include <QPushButton>
#include <climits>

SetPasswordDialog::SetPasswordDialog(qsizetype selected, const QStringList &sampleEmails,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SetPasswordDialog>())
    , m_sampleEmails(sampleEmails)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("setPasswordDialog"));
    m_ui->selectionLabel->setText(
        tr("%Ln user(s) selected. Their Sentry sessions end: they sign in again with the new "
           "password.",
           nullptr, int(std::min<qsizetype>(selected, INT_MAX))));
    for (QLineEdit *edit : {m_ui->passwordEdit, m_ui->confirmPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &SetPasswordDialog::validate);
    connect(m_ui->overridePolicyCheck, &QCheckBox::toggled, this, &SetPasswordDialog::validate);
    connect(m_ui->typeRadio, &QRadioButton::toggled, this, &SetPasswordDialog::validate);
    validate();
}

SetPasswordDialog::~SetPasswordDialog() = default;

void SetPasswordDialog::done(int result)
{
    QDialog::done(result);
    // accepted() has taken the password by now; it does not wait in the form for the deletion.
    m_ui->passwordEdit->clear();
    m_ui->confirmPasswordEdit->clear();
}

void SetPasswordDialog::validate()
{
    const bool typing = m_ui->typeRadio->isChecked();
    for (QWidget *widget :
         QList<QWidget *>{m_ui->passwordEdit, m_ui->confirmPasswordEdit, m_ui->overridePolicyCheck,
                          m_ui->passwordLabel, m_ui->confirmPasswordLabel})
        widget->setEnabled(typing);
    bool acceptable = true;
    QString note;
    if (typing) {
        const TypedPassword::Verdict verdict =
            TypedPassword::check(m_ui->passwordEdit->text(), m_ui->confirmPasswordEdit->text(),
                                 m_ui->overridePolicyCheck->isChecked(), m_sampleEmails);
        acceptable = verdict.acceptable;
        note = verdict.note;
    }
    m_ui->passwordProblemsLabel->setText(note);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(acceptable);
}

AccountActionRequest SetPasswordDialog::takeRequest()
{
    AccountActionRequest request;
    request.action = AccountAction::SetPassword;
    if (m_ui->generateRadio->isChecked()) {
        request.generatePassword = true;
    } else {
        request.password = Secret::fromText(m_ui->passwordEdit->text());
        request.overridePasswordPolicy = m_ui->overridePolicyCheck->isChecked();
    }
    return request;
}

ChangeEmailDialog::ChangeEmailDialog(const QString &currentEmail, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ChangeEmailDialog>())
    , m_currentEmail(currentEmail)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("changeEmailDialog"));
    m_ui->currentEmailLabel->setText(DisplayText::visible(currentEmail));
    connect(m_ui->newEmailEdit, &QLineEdit::textChanged, this, &ChangeEmailDialog::validate);
    validate();
}

ChangeEmailDialog::~ChangeEmailDialog() = default;

QString ChangeEmailDialog::newEmail() const
{
    return m_ui->newEmailEdit->text().trimmed();
}

void ChangeEmailDialog::validate()
{
    const QString email = newEmail();
    QString problem;
    if (email.isEmpty())
        problem = tr("Enter the new address.");
    else if (email == m_currentEmail)
        problem = tr("This is the current address.");
    else
        problem = EmailValidator::problem(email);
    // Nothing said before the operator has typed.
    m_ui->emailProblemLabel->setText(m_ui->newEmailEdit->text().isEmpty() ? QString() : problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
