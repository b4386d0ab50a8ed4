#pragma once

#include "domain/CreateUserRequest.h"
#include "domain/UserDirectory.h"

#include <QAbstractListModel>

#include <optional>

// The organization picker: a first row standing for "no explicit organization" (the default
// organization), then each organization as "Name (slug)". Qt::UserRole holds the id (none on the
// first row).
class OrganizationModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit OrganizationModel(QObject *parent = nullptr);

    void setOrganizations(const QList<Organization> &organizations);
    // The label of the first row, e.g. "(default organization)"; translated when shown.
    void setDefaultLabel(const char *sourceText);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    std::optional<qint64> organizationIdAt(int row) const;
    int rowOf(std::optional<qint64> organizationId) const;
    // Shown texts depend on the language: tell the views after a switch.
    void retranslate();

private:
    QList<Organization> m_organizations;
    const char *m_defaultLabel;
};

// The team picker: automatic (the organization's only team), each team of the chosen
// organization, then none.
class TeamModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TeamModel(QObject *parent = nullptr);

    void setTeams(const QList<Team> &teams);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    TeamChoice choiceAt(int row) const;
    void retranslate();

private:
    QList<Team> m_teams;
};
