#include "gui/browser/MembershipsDialog.h"

#include "domain/AccountActions.h"
#include "domain/AccountWrites.h"
#include "domain/DisplayText.h"
#include "ui_MembershipsDialog.h"

#include <QPushButton>
#include <climits>

namespace {
int count(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}

// Sentry's names of its organization roles (SENTRY_ROLES), as its settings pages show them.
QString roleName(const QString &role)
{
    if (role == QLatin1String("member"))
        return MembershipsDialog::tr("Member");
    if (role == QLatin1String("admin"))
        return MembershipsDialog::tr("Admin");
    if (role == QLatin1String("manager"))
        return MembershipsDialog::tr("Manager");
    if (role == QLatin1String("owner"))
        return MembershipsDialog::tr("Owner");
    if (role == QLatin1String("billing"))
        return MembershipsDialog::tr("Billing");
    return role;
}
} // namespace

MembershipsDialog::MembershipsDialog(const MembershipSurvey &survey, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MembershipsDialog>())
    , m_survey(survey)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("membershipsDialog"));
    m_ui->selectionLabel->setText(
        tr("%Ln user(s) selected. Sentry's member mapping and team replica rows follow every "
           "change.",
           nullptr, count(survey.users)));
    const std::pair<AccountAction, QString> changes[] = {
        {AccountAction::JoinOrganization, tr("Add to the organization")},
        {AccountAction::ChangeRole, tr("Change the role")},
        {AccountAction::AddTeams, tr("Add to teams")},
        {AccountAction::RemoveTeams, tr("Remove from teams")},
        {AccountAction::LeaveOrganization, tr("Remove from the organization")},
    };
    for (const auto &[action, text] : changes)
        m_ui->changeCombo->addItem(text, int(action));
    for (const Organization &organization : std::as_const(survey.choices.organizations))
        m_ui->organizationCombo->addItem(tr("%1 (%2)", "an organization's name and slug")
                                             .arg(DisplayText::visible(organization.name),
                                                  DisplayText::visible(organization.slug)),
                                         organization.id);
    for (const QString &role : AccountWrites::organizationRoles())
        m_ui->roleCombo->addItem(roleName(role), role);
    connect(m_ui->changeCombo, &QComboBox::currentIndexChanged, this, &MembershipsDialog::validate);
    connect(m_ui->organizationCombo, &QComboBox::currentIndexChanged, this,
            &MembershipsDialog::showOrganization);
    connect(m_ui->roleCombo, &QComboBox::currentIndexChanged, this, &MembershipsDialog::validate);
    connect(m_ui->teamsList, &QListWidget::itemChanged, this, &MembershipsDialog::validate);
    showOrganization();
}

MembershipsDialog::~MembershipsDialog() = default;

AccountAction MembershipsDialog::chosenAction() const
{
    return AccountAction(m_ui->changeCombo->currentData().toInt());
}

std::optional<Organization> MembershipsDialog::chosenOrganization() const
{
    const int row = m_ui->organizationCombo->currentIndex();
    if (row < 0)
        return std::nullopt;
    return m_survey.choices.organizations.value(row);
}

QList<Team> MembershipsDialog::chosenTeams() const
{
    const std::optional<Organization> organization = chosenOrganization();
    if (!organization)
        return {};
    const QList<Team> teams = m_survey.choices.teams.value(organization->id);
    QList<Team> chosen;
    for (int row = 0; row < m_ui->teamsList->count() && row < teams.size(); ++row)
        if (m_ui->teamsList->item(row)->checkState() == Qt::Checked)
            chosen << teams[row];
    return chosen;
}

void MembershipsDialog::showOrganization()
{
    const QSignalBlocker blocker(m_ui->teamsList);
    m_ui->teamsList->clear();
    if (const std::optional<Organization> organization = chosenOrganization()) {
        for (const Team &team : m_survey.choices.teams.value(organization->id)) {
            auto *item = new QListWidgetItem(
                tr("%1 (%2): %Ln of the selected users", "a team's name, slug and members",
                   count(m_survey.members.teams.value(team.id)))
                    .arg(DisplayText::visible(team.name), DisplayText::visible(team.slug)),
                m_ui->teamsList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        // A new member gets the organization's own default role unless the operator says.
        const int role = m_ui->roleCombo->findData(organization->defaultRole);
        if (role >= 0)
            m_ui->roleCombo->setCurrentIndex(role);
    }
    validate();
}

void MembershipsDialog::validate()
{
    for (QWidget *widget : QList<QWidget *>{m_ui->roleLabel, m_ui->roleCombo})
        widget->setEnabled(AccountActions::takesRole(chosenAction()));
    for (QWidget *widget : QList<QWidget *>{m_ui->teamsLabel, m_ui->teamsList})
        widget->setEnabled(AccountActions::takesTeams(chosenAction()));
    const Effect effect = this->effect();
    m_ui->summaryLabel->setText(effect.lines.join(QLatin1Char('\n')));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(effect.changing > 0);
}

AccountActionRequest MembershipsDialog::request() const
{
    AccountActionRequest request;
    request.action = chosenAction();
    if (const std::optional<Organization> organization = chosenOrganization())
        request.organization = QString::number(organization->id);
    if (AccountActions::takesRole(request.action))
        request.role = m_ui->roleCombo->currentData().toString();
    if (AccountActions::takesTeams(request.action))
        for (const Team &team : chosenTeams())
            request.teams << team.slug;
    return request;
}

QStringList MembershipsDialog::summary() const
{
    return effect().lines;
}

MembershipsDialog::Effect MembershipsDialog::effect() const
{
    Effect effect;
    const std::optional<Organization> organization = chosenOrganization();
    if (!organization) {
        effect.lines << tr("This database has no organization.");
        return effect;
    }
    const QString name = DisplayText::visible(organization->slug);
    const qint64 members = m_survey.members.organizations.value(organization->id);
    const qint64 outside = m_survey.users - members;
    const QString role = roleName(m_ui->roleCombo->currentData().toString());
    const QList<Team> teams = chosenTeams();
    QStringList teamNames;
    for (const Team &team : teams)
        teamNames << DisplayText::visible(team.slug);
    const auto leftAlone = [&](qint64 users, const QString &line) {
        if (users > 0)
            effect.lines << line;
    };
    const QString notMembers =
        tr("%Ln selected user(s) not in %1: left as they are.", nullptr, count(outside)).arg(name);
    const QString onlyOwner = tr("The only owner of %1 is refused, as in Sentry.").arg(name);
    switch (chosenAction()) {
    case AccountAction::JoinOrganization:
        effect.changing = outside;
        leftAlone(outside,
                  teams.isEmpty()
                      ? tr("%Ln user(s) join %1 as %2.", nullptr, count(outside)).arg(name, role)
                      : tr("%Ln user(s) join %1 as %2, %3.", nullptr, count(outside))
                            .arg(name, role,
                                 tr("in the team(s) %1", nullptr, int(teamNames.size()))
                                     .arg(teamNames.join(QStringLiteral(", ")))));
        leftAlone(
            members,
            tr("%Ln user(s) already in %1: left as they are.", nullptr, count(members)).arg(name));
        break;
    case AccountAction::ChangeRole:
        effect.changing = members;
        leftAlone(members, tr("%Ln member(s) of %1 get the role %2, where they have another.",
                              nullptr, count(members))
                               .arg(name, role));
        leftAlone(outside, notMembers);
        if (m_ui->roleCombo->currentData().toString() != QLatin1String("owner"))
            leftAlone(members, onlyOwner);
        break;
    case AccountAction::AddTeams:
    case AccountAction::RemoveTeams: {
        const bool adding = chosenAction() == AccountAction::AddTeams;
        for (const Team &team : teams) {
            const qint64 inTeam = m_survey.members.teams.value(team.id);
            const qint64 users = adding ? members - inTeam : inTeam;
            effect.changing += users;
            effect.lines << (adding ? tr("%1: %Ln member(s) join.", nullptr, count(users))
                                    : tr("%1: %Ln user(s) leave.", nullptr, count(users)))
                                .arg(DisplayText::visible(team.slug));
        }
        if (teams.isEmpty())
            effect.lines << (m_survey.choices.teams.value(organization->id).isEmpty()
                                 ? tr("%1 has no team.").arg(name)
                                 : tr("Tick the teams."));
        if (adding)
            leftAlone(outside, notMembers);
        break;
    }
    case AccountAction::LeaveOrganization:
        effect.changing = members;
        leftAlone(members,
                  tr("%Ln member(s) leave %1, with their teams there.", nullptr, count(members))
                      .arg(name));
        leftAlone(outside, notMembers);
        leftAlone(members, onlyOwner);
        break;
    default:
        break;
    }
    if (effect.changing == 0)
        effect.lines.prepend(tr("Nothing changes for the selected users."));
    return effect;
}
