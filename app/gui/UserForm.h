#pragma once

#include "domain/CreateUserRequest.h"
#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"

#include <QWidget>
#include <memory>

class Database;
class OrganizationModel;
class TeamModel;
namespace Ui {
class UserForm;
}

// The new-users form. Shows the problems CreateUserWorkflow::validate finds beside the fields as
// the operator types, and offers the organizations and teams of the open database. It decides
// nothing itself: the request it builds goes to the controller.
class UserForm : public QWidget
{
    Q_OBJECT

public:
    explicit UserForm(QWidget *parent = nullptr);
    ~UserForm() override;

    // Reads the organizations (and their teams) of this database; null empties the pickers.
    void setDatabase(const Database *database, const InstanceSettings &settings);
    bool isInputValid() const { return m_valid; }
    void focusEmails();

    // The request as entered. The password moves into a Secret and both fields are cleared.
    CreateUserRequest takeRequest();

    // The emails in the text: separated by new lines, commas, semicolons or spaces.
    static QStringList splitEmails(const QString &text);

signals:
    void validityChanged(bool valid);
    void submitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void validate();
    void showProblems(class QLabel *label, const QStringList &problems);
    void loadTeams();
    CreateUserRequest request(const Secret &password) const;

    const std::unique_ptr<Ui::UserForm> m_ui;
    OrganizationModel *m_organizations;
    TeamModel *m_teams;
    const Database *m_database = nullptr;
    InstanceSettings m_settings;
    DirectoryLimits m_limits;
    bool m_staffChosen = false; // the operator set staff; it no longer follows superuser
    bool m_valid = false;
};
