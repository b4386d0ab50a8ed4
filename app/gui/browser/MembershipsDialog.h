#pragma once

#include "gui/browser/AccountActionController.h"

#include <QDialog>
#include <memory>

namespace Ui {
class MembershipsDialog;
}

// Organizations and teams… for the selected users: add them to an organization (role, teams),
// change their role, add or remove teams, or remove them from an organization. It says, as the
// choice changes, what would change for how many of them; OK is enabled only when something
// would.
class MembershipsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MembershipsDialog(const MembershipSurvey &survey, QWidget *parent = nullptr);
    ~MembershipsDialog() override;

    // The choice, without the users.
    AccountActionRequest request() const;
    // The effective changes, one line each (also the confirmation's text).
    QStringList summary() const;

private:
    struct Effect
    {
        QStringList lines;
        qint64 changing = 0; // users whose memberships change
    };
    Effect effect() const;
    AccountAction chosenAction() const;
    std::optional<Organization> chosenOrganization() const;
    QList<Team> chosenTeams() const;
    void showOrganization();
    void validate();

    const std::unique_ptr<Ui::MembershipsDialog> m_ui;
    MembershipSurvey m_survey;
};
