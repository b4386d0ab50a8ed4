#pragma once

#include "domain/CreateUserRequest.h"
#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"

#include <QSet>
#include <QWidget>
#include <memory>
#include <optional>

class Database;
class OrganizationModel;
class PickerLoader;
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

    // Reads the organizations (and their teams) of this database in the background, the
    // pickers saying "Loading…" meanwhile; null empties the pickers.
    void setDatabase(std::shared_ptr<const Database> database, const InstanceSettings &settings);
    // Not while the pickers load: the request names what they show.
    bool isInputValid() const { return m_valid; }
    bool isLoadingPickers() const;
    void focusEmails();
    bool isForceUpdateChosen() const;
    // The addresses entered (as the request will name them).
    qsizetype emailCount() const;
    // After a batch that ran: the addresses it wrote leave the field (those it skipped or could
    // not write stay, to be corrected or forced), and Force-update and Override untick, so that
    // a second click does not run the same batch again.
    void clearAfterBatch(const QSet<QString> &written);

    // The request as entered. The password moves into a Secret and both fields are cleared.
    CreateUserRequest takeRequest();

    // The emails in the text: separated by new lines, commas, semicolons or spaces.
    static QStringList splitEmails(const QString &text);

signals:
    void validityChanged(bool valid);
    void submitRequested();
    // The pickers show what the database holds.
    void pickersLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    // Lines of problems shown before the area scrolls.
    static constexpr int ProblemLines = 4;

    void validate();
    void showProblems(class QLabel *label, const QStringList &problems);
    // The invalid addresses underlined in the text.
    void underlineInvalid(const QSet<QString> &invalid);
    void loadTeams();
    void showOrganizations(const QList<Organization> &organizations);
    void showTeams(const QList<Team> &teams);
    // The picker says "Loading…" and cannot be changed.
    static void showLoading(class QComboBox *picker);
    CreateUserRequest request(const Secret &password) const;

    const std::unique_ptr<Ui::UserForm> m_ui;
    OrganizationModel *m_organizations;
    TeamModel *m_teams;
    PickerLoader *m_loader;
    std::shared_ptr<const Database> m_database;
    InstanceSettings m_settings;
    // The organization chosen before the pickers reloaded, chosen again once they have.
    std::optional<qint64> m_chosenOrganization;
    DirectoryLimits m_limits;
    bool m_staffChosen = false; // the operator set staff; it no longer follows superuser
    bool m_valid = false;
};
