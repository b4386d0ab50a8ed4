#include "gui/browser/UserDetailsDialog.h"

#include "gui/browser/UsersTableModel.h"
#include "ui_UserDetailsDialog.h"

#include <QEvent>

UserDetailsDialog::UserDetailsDialog(const BrowsedUser &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::UserDetailsDialog>())
    , m_user(user)
{
    m_ui->setupUi(this);
    showUser();
}

UserDetailsDialog::~UserDetailsDialog() = default;

void UserDetailsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showUser();
    }
    QDialog::changeEvent(event);
}

void UserDetailsDialog::showUser()
{
    // The same words and formats as the browser's cells.
    const auto cell = [this](int column) { return UsersTableModel::cellText(m_user, column); };
    m_ui->idValue->setText(QString::number(m_user.id));
    m_ui->emailValue->setText(cell(UsersTableModel::EmailColumn));
    m_ui->nameValue->setText(cell(UsersTableModel::NameColumn));
    m_ui->superuserValue->setText(cell(UsersTableModel::SuperuserColumn));
    m_ui->staffValue->setText(cell(UsersTableModel::StaffColumn));
    m_ui->activeValue->setText(cell(UsersTableModel::ActiveColumn));
    m_ui->dateJoinedValue->setText(cell(UsersTableModel::DateJoinedColumn));
    m_ui->lastLoginValue->setText(cell(UsersTableModel::LastLoginColumn));
    const QString organizations = cell(UsersTableModel::OrganizationsColumn);
    m_ui->organizationsValue->setText(organizations.isEmpty() ? tr("none") : organizations);
    setWindowTitle(tr("User details: %1").arg(cell(UsersTableModel::EmailColumn)));
}
