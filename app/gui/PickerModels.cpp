#include "gui/PickerModels.h"

#include <QCoreApplication>

OrganizationModel::OrganizationModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_defaultLabel(QT_TR_NOOP("(default organization)"))
{
}

void OrganizationModel::setOrganizations(const QList<Organization> &organizations)
{
    beginResetModel();
    m_organizations = organizations;
    endResetModel();
}

void OrganizationModel::setDefaultLabel(const char *sourceText)
{
    m_defaultLabel = sourceText;
    retranslate();
}

int OrganizationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organizations.size()) + 1;
}

QVariant OrganizationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == Qt::DisplayRole) {
        if (row == 0)
            return tr(m_defaultLabel);
        const Organization &organization = m_organizations[row - 1];
        return tr("%1 (%2)").arg(organization.name, organization.slug);
    }
    if (role == Qt::UserRole && row > 0)
        return m_organizations[row - 1].id;
    return {};
}

std::optional<qint64> OrganizationModel::organizationIdAt(int row) const
{
    if (row < 1 || row > m_organizations.size())
        return std::nullopt;
    return m_organizations[row - 1].id;
}

int OrganizationModel::rowOf(std::optional<qint64> organizationId) const
{
    if (!organizationId)
        return 0;
    for (qsizetype i = 0; i < m_organizations.size(); ++i)
        if (m_organizations[i].id == *organizationId)
            return int(i) + 1;
    return 0;
}

void OrganizationModel::retranslate()
{
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}

TeamModel::TeamModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TeamModel::setTeams(const QList<Team> &teams)
{
    beginResetModel();
    m_teams = teams;
    endResetModel();
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size()) + 2;
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool isTeam = row > 0 && row <= m_teams.size();
    if (role == Qt::DisplayRole) {
        if (row == 0)
            return tr("(automatic: the organization's only team)");
        if (!isTeam)
            return tr("(none)");
        const Team &team = m_teams[row - 1];
        return tr("%1 (%2)").arg(team.name, team.slug);
    }
    if (role == Qt::UserRole && isTeam)
        return m_teams[row - 1].id;
    return {};
}

TeamChoice TeamModel::choiceAt(int row) const
{
    if (row > 0 && row <= m_teams.size())
        return TeamChoice::specific(m_teams[row - 1].id);
    return row == 0 || row < 0 ? TeamChoice::automatic() : TeamChoice::none();
}

void TeamModel::retranslate()
{
    emit dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
}
