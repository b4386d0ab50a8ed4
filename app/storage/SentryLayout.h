#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// One column of a table as the database reports it.
struct TableColumn
{
    QString name;
    bool notNull = false;
    // A database default (or an auto-increment key): the column may be left out of an INSERT.
    bool hasDefault = false;
    int length = -1; // characters of a varchar; -1 when unknown or unlimited
};

// The Sentry tables of one database as found on connect: which exist and, for each, its
// columns. The tables present decide the generation of Sentry's schema and what is written
// (docs/sentry-schema.md, "Generations").
class SentryLayout
{
    Q_DECLARE_TR_FUNCTIONS(SentryLayout)

public:
    enum class Generation
    {
        BeforeHybridCloud, // up to Sentry 23.1: no member mapping
        HybridCloud,       // 23.x and later: member mappings, organization mappings
        TeamReplicaGone,   // hybrid cloud after Sentry dropped the team-membership replica
    };

    SentryLayout() = default;
    // The columns of each table found (SentryLayoutReader reads them from the database).
    explicit SentryLayout(const QHash<QString, QList<TableColumn>> &tables)
        : m_tables(tables)
    {}

    bool hasTable(const QString &table) const { return m_tables.contains(table); }
    bool hasColumn(const QString &table, const QString &column) const;
    // The table's columns in database order; empty when there is no such table.
    QList<TableColumn> columns(const QString &table) const { return m_tables.value(table); }
    // The declared length of a varchar column; -1 when unknown.
    int columnLength(const QString &table, const QString &column) const;

    Generation generation() const;
    // For the status bar and `useradmin-cli info`, e.g. "Sentry 23.x or later (hybrid cloud)".
    QString description() const;

private:
    QHash<QString, QList<TableColumn>> m_tables;
};

// The table names, shared by the writers, the doctor and the schema.
namespace SentryTables {
inline const QString Users = QStringLiteral("auth_user");
inline const QString Organizations = QStringLiteral("sentry_organization");
inline const QString Members = QStringLiteral("sentry_organizationmember");
inline const QString Teams = QStringLiteral("sentry_team");
inline const QString TeamMembers = QStringLiteral("sentry_organizationmember_teams");
inline const QString UserRoles = QStringLiteral("sentry_userrole");
inline const QString UserRoleLinks = QStringLiteral("sentry_userrole_users");
inline const QString UserEmails = QStringLiteral("sentry_useremail");
inline const QString OrganizationMappings = QStringLiteral("sentry_organizationmapping");
inline const QString MemberMappings = QStringLiteral("sentry_organizationmembermapping");
inline const QString TeamMemberReplicas = QStringLiteral("sentry_organizationmember_teamsreplica");
inline const QString CacheVersions = QStringLiteral("hybridcloud_regioncacheversion");
inline const QString Authenticators = QStringLiteral("auth_authenticator");
// A member's requests to join a team: deleted with the member (Sentry's cascade).
inline const QString AccessRequests = QStringLiteral("sentry_organizationaccessrequest");
} // namespace SentryTables
