#include "storage/AccountChecks.h"

#include <QSqlQuery>

using SentryRows::Param;
using namespace SentryTables;

namespace {
const QString superAdminRole = QStringLiteral("Super Admin");

// The subject of a finding whose user is gone with its membership: "(member 12)".
QString memberNamed(const QString &idColumn)
{
    return QStringLiteral("'(member ' || CAST(%1 AS text) || ')'").arg(idColumn);
}

QString text(const QSqlQuery &row, int column)
{
    return row.value(column).toString();
}

// Replaces the table names of a statement written with short placeholders, so that the SQL
// below reads like the queries in docs/sentry-schema.md.
QString sql(QString statement)
{
    static const QList<std::pair<QString, QString>> names{
        {QStringLiteral("{users}"), Users},
        {QStringLiteral("{organizations}"), Organizations},
        {QStringLiteral("{members}"), Members},
        {QStringLiteral("{teams}"), Teams},
        {QStringLiteral("{team_members}"), TeamMembers},
        {QStringLiteral("{user_roles}"), UserRoles},
        {QStringLiteral("{role_links}"), UserRoleLinks},
        {QStringLiteral("{user_emails}"), UserEmails},
        {QStringLiteral("{organization_mappings}"), OrganizationMappings},
        {QStringLiteral("{member_mappings}"), MemberMappings},
        {QStringLiteral("{replicas}"), TeamMemberReplicas},
    };
    for (const auto &[placeholder, table] : names)
        statement.replace(placeholder, table);
    return statement;
}
} // namespace

QString CheckStatement::forUser(bool oneUser) const
{
    QString text = sql;
    if (!oneUser)
        return text.replace(QStringLiteral("{user}"), QString());
    return text.replace(QStringLiteral("{user}"),
                        QStringLiteral(" AND ") + (userCondition.isEmpty()
                                                       ? QStringLiteral("%1 = ?").arg(userColumn)
                                                       : userCondition));
}

SentryRows::Values AccountChecks::values(const InstanceSettings &settings, const QVariant &now)
{
    SentryRows::Values values;
    values[size_t(Param::Now)] = now;
    values[size_t(Param::UserRoleName)] = superAdminRole;
    values[size_t(Param::Iterations)] = settings.passwordIterations;
    return values;
}

QStringList AccountChecks::unwritableColumns(const SentryLayout &layout)
{
    QStringList unwritable;
    const SentryRows::Expression any = QStringLiteral("NULL");
    SentryRows::Insert(layout, MemberMappings, SentryRows::memberMapping(any, any, any, any),
                       unwritable);
    SentryRows::Insert(layout, UserEmails, SentryRows::userEmail(any, any, any), unwritable);
    SentryRows::Insert(layout, TeamMemberReplicas,
                       SentryRows::teamMemberReplica(any, any, any, any), unwritable);
    SentryRows::Insert(layout, UserRoleLinks, SentryRows::userRoleLink(any, any), unwritable);
    return unwritable;
}

QList<AccountCheck> AccountChecks::forLayout(const SentryLayout &layout, bool postgres,
                                             const InstanceSettings &settings)
{
    QList<AccountCheck> checks;
    QStringList unwritable; // reported by unwritableColumns() before any repair runs
    const bool mappings = layout.hasTable(MemberMappings);

    if (mappings) {
        // Newer mappings name their member; the first ones (2023) only the organization and user.
        const QString memberOfMapping =
            layout.hasColumn(MemberMappings, QStringLiteral("organizationmember_id"))
                ? QStringLiteral("m.id = mm.organizationmember_id")
                : QStringLiteral("m.organization_id = mm.organization_id AND m.user_id = "
                                 "mm.user_id");
        const QString disagrees = QStringLiteral(
            "(mm.role <> m.role OR mm.user_id IS DISTINCT FROM m.user_id OR mm.organization_id "
            "<> m.organization_id)");

        AccountCheck wrongMapping;
        wrongMapping.key = QStringLiteral("mapping-disagrees");
        wrongMapping.followsUser = true;
        wrongMapping.find = {
            sql(QStringLiteral("SELECT COALESCE(u.email, m.email), o.slug, mm.role, m.role FROM "
                               "{member_mappings} mm JOIN {members} m ON %1 JOIN {organizations} "
                               "o ON o.id = m.organization_id LEFT JOIN {users} u ON u.id = "
                               "m.user_id WHERE %2{user}")
                    .arg(memberOfMapping, disagrees)),
            {},
            QStringLiteral("m.user_id")};
        QStringList assignments;
        for (const QString &column :
             {QStringLiteral("role"), QStringLiteral("user_id"), QStringLiteral("organization_id")})
            assignments << QStringLiteral("%1 = (SELECT m.%1 FROM {members} m WHERE %2)")
                               .arg(column, memberOfMapping);
        wrongMapping.repairs = {
            {sql(QStringLiteral("UPDATE {member_mappings} AS mm SET %1 WHERE EXISTS (SELECT 1 FROM "
                                "{members} m WHERE %2 AND %3{user})")
                     .arg(assignments.join(QStringLiteral(", ")), memberOfMapping, disagrees)),
             {},
             QStringLiteral("m.user_id")}};
        wrongMapping.describe = [](const QSqlQuery &row) {
            return tr("the member mapping of %1 disagrees with the membership (role %2, "
                      "membership %3)")
                .arg(text(row, 1), text(row, 2), text(row, 3));
        };
        wrongMapping.describeRepair = [](const QSqlQuery &row) {
            return tr("member mapping of %1 set to the membership (role %2)")
                .arg(text(row, 1), text(row, 3));
        };
        checks << wrongMapping;

        // Followed for one user too: a membership action that removes a member leaves its
        // mapping to this repair.
        AccountCheck staleMapping;
        staleMapping.key = QStringLiteral("stale-mapping");
        staleMapping.followsUser = true;
        const QString noMember =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM {members} m WHERE %1)").arg(memberOfMapping);
        staleMapping.find = {
            sql(QStringLiteral("SELECT COALESCE(u.email, mm.email, %2), mm.organization_id FROM "
                               "{member_mappings} mm LEFT JOIN {users} u ON u.id = mm.user_id "
                               "WHERE %1{user}")
                    .arg(noMember, memberNamed(QStringLiteral("mm.organizationmember_id")))),
            {},
            QStringLiteral("mm.user_id")};
        staleMapping.repairs = {
            {sql(QStringLiteral("DELETE FROM {member_mappings} AS mm WHERE %1{user}")
                     .arg(noMember)),
             {},
             QStringLiteral("mm.user_id")}};
        staleMapping.describe = [](const QSqlQuery &row) {
            return tr("a member mapping (organization id %1) points at a membership that no "
                      "longer exists")
                .arg(text(row, 1));
        };
        staleMapping.describeRepair = [](const QSqlQuery &row) {
            return tr("removed the member mapping of a membership that no longer exists "
                      "(organization id %1)")
                .arg(text(row, 1));
        };
        checks << staleMapping;

        AccountCheck missingMapping;
        missingMapping.key = QStringLiteral("missing-mapping");
        missingMapping.followsUser = true;
        const QString noMapping =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM {member_mappings} mm WHERE %1)")
                .arg(memberOfMapping);
        missingMapping.find = {
            sql(QStringLiteral("SELECT COALESCE(u.email, m.email), o.slug FROM {members} m JOIN "
                               "{organizations} o ON o.id = m.organization_id LEFT JOIN {users} "
                               "u ON u.id = m.user_id WHERE %1{user}")
                    .arg(noMapping)),
            {},
            QStringLiteral("m.user_id")};
        const auto memberColumn = [&](const QString &column) {
            return layout.hasColumn(Members, column) ? QStringLiteral("m.") + column
                                                     : QStringLiteral("NULL");
        };
        const SentryRows::Insert insertMapping(
            layout, MemberMappings,
            SentryRows::memberMapping(QStringLiteral("m.organization_id"), QStringLiteral("m.id"),
                                      QStringLiteral("m.user_id"), QStringLiteral("m.role"),
                                      memberColumn(QStringLiteral("email")),
                                      memberColumn(QStringLiteral("inviter_id")),
                                      QStringLiteral("COALESCE(m.invite_status, 0)")),
            unwritable);
        missingMapping.repairs = {
            {sql(insertMapping.select(QStringLiteral("{members} m WHERE %1{user}").arg(noMapping))),
             insertMapping.params(), QStringLiteral("m.user_id")}};
        missingMapping.describe = [](const QSqlQuery &row) {
            return tr("member of %1 without a member mapping: Sentry does not show them the "
                      "organization")
                .arg(text(row, 1));
        };
        missingMapping.describeRepair = [](const QSqlQuery &row) {
            return tr("added the member mapping of %1").arg(text(row, 1));
        };
        checks << missingMapping;
    }

    // The member's copies of its user's email and active flag, where the columns exist.
    QStringList copies;
    QStringList copyAssignments;
    if (layout.hasColumn(Members, QStringLiteral("user_email"))) {
        copies << QStringLiteral("m.user_email IS DISTINCT FROM u.email");
        copyAssignments << QStringLiteral(
            "user_email = (SELECT u.email FROM {users} u WHERE u.id = m.user_id)");
    }
    if (layout.hasColumn(Members, QStringLiteral("user_is_active"))) {
        copies << QStringLiteral("m.user_is_active <> u.is_active");
        copyAssignments << QStringLiteral(
            "user_is_active = (SELECT u.is_active FROM {users} u WHERE u.id = m.user_id)");
    }
    if (!copies.isEmpty()) {
        const QString stale =
            QLatin1Char('(') + copies.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        AccountCheck memberCopies;
        memberCopies.key = QStringLiteral("member-user-copies");
        memberCopies.followsUser = true;
        memberCopies.find = {
            sql(QStringLiteral("SELECT u.email, o.slug FROM {members} m JOIN {users} u ON u.id = "
                               "m.user_id JOIN {organizations} o ON o.id = m.organization_id "
                               "WHERE %1{user}")
                    .arg(stale)),
            {},
            QStringLiteral("m.user_id")};
        memberCopies.repairs = {
            {sql(QStringLiteral("UPDATE {members} AS m SET %1 WHERE EXISTS (SELECT 1 FROM {users} "
                                "u WHERE u.id = m.user_id AND %2){user}")
                     .arg(copyAssignments.join(QStringLiteral(", ")), stale)),
             {},
             QStringLiteral("m.user_id")}};
        memberCopies.describe = [](const QSqlQuery &row) {
            return tr("the membership of %1 holds an old copy of the user's email or active flag")
                .arg(text(row, 1));
        };
        memberCopies.describeRepair = [](const QSqlQuery &row) {
            return tr("membership of %1 given the user's email and active flag").arg(text(row, 1));
        };
        checks << memberCopies;
    }

    if (layout.hasTable(UserEmails)) {
        AccountCheck missingEmail;
        missingEmail.key = QStringLiteral("missing-useremail");
        missingEmail.followsUser = true;
        const QString noRow = QStringLiteral(
            "u.email <> '' AND NOT EXISTS (SELECT 1 FROM {user_emails} ue WHERE ue.user_id = u.id "
            "AND ue.email = u.email)");
        missingEmail.find = {
            // In id order: walked by email (an index SQLite would pick), every look-up of
            // sentry_useremail lands on another page; at a million users that is 4x slower.
            sql(QStringLiteral("SELECT u.email FROM {users} u WHERE %1{user} ORDER BY u.id")
                    .arg(noRow)),
            {},
            QStringLiteral("u.id")};
        const SentryRows::Insert insertEmail(
            layout, UserEmails,
            SentryRows::userEmail(QStringLiteral("u.id"), QStringLiteral("u.email"),
                                  SentryRows::validationHashSql(postgres)),
            unwritable);
        missingEmail.repairs = {
            {sql(insertEmail.select(
                 QStringLiteral("{users} u WHERE %1{user} ORDER BY u.id").arg(noRow))),
             insertEmail.params(), QStringLiteral("u.id")}};
        missingEmail.describe = [](const QSqlQuery &) {
            return tr("no sentry_useremail row for the address: Sentry's e-mail look-ups miss the "
                      "user");
        };
        missingEmail.describeRepair = [](const QSqlQuery &) {
            return tr("added the unverified sentry_useremail row");
        };
        checks << missingEmail;
    }

    if (layout.hasTable(TeamMemberReplicas)) {
        AccountCheck staleReplica;
        staleReplica.key = QStringLiteral("stale-replica");
        staleReplica.followsUser = true;
        const QString noTeamMember =
            QStringLiteral("NOT EXISTS (SELECT 1 FROM {team_members} tm WHERE tm.id = "
                           "r.organizationmemberteam_id)");
        staleReplica.find = {
            sql(QStringLiteral("SELECT COALESCE(u.email, %2), r.team_id FROM {replicas} r LEFT "
                               "JOIN {members} m ON m.id = r.organizationmember_id LEFT JOIN "
                               "{users} u ON u.id = m.user_id WHERE %1{user}")
                    .arg(noTeamMember, memberNamed(QStringLiteral("r.organizationmember_id")))),
            {},
            QStringLiteral("m.user_id")};
        // For one user: the replicas of its members (through the index of each); those of a
        // member that is gone name no user, and are left to the doctor.
        staleReplica.repairs = {
            {sql(QStringLiteral("DELETE FROM {replicas} AS r WHERE %1{user}").arg(noTeamMember)),
             {},
             QStringLiteral("r.organizationmember_id"),
             sql(QStringLiteral("r.organizationmember_id IN (SELECT m2.id FROM {members} m2 WHERE "
                                "m2.user_id = ?)"))}};
        staleReplica.describe = [](const QSqlQuery &row) {
            return tr("a team-membership replica (team id %1) points at a team membership that no "
                      "longer exists")
                .arg(text(row, 1));
        };
        staleReplica.describeRepair = [](const QSqlQuery &row) {
            return tr("removed the replica of a team membership that no longer exists (team id "
                      "%1)")
                .arg(text(row, 1));
        };
        checks << staleReplica;

        AccountCheck missingReplica;
        missingReplica.key = QStringLiteral("missing-replica");
        missingReplica.followsUser = true;
        const QString noReplica = QStringLiteral(
            "NOT EXISTS (SELECT 1 FROM {replicas} r WHERE r.organizationmemberteam_id = tm.id)");
        missingReplica.find = {
            sql(QStringLiteral("SELECT COALESCE(u.email, m.email), t.slug FROM {team_members} tm "
                               "JOIN {members} m ON m.id = tm.organizationmember_id JOIN {teams} "
                               "t ON t.id = tm.team_id LEFT JOIN {users} u ON u.id = m.user_id "
                               "WHERE %1{user}")
                    .arg(noReplica)),
            {},
            QStringLiteral("m.user_id")};
        const SentryRows::Insert insertReplica(
            layout, TeamMemberReplicas,
            SentryRows::teamMemberReplica(
                QStringLiteral("tm.team_id"), QStringLiteral("m.organization_id"),
                QStringLiteral("tm.organizationmember_id"), QStringLiteral("tm.id"),
                QStringLiteral("tm.is_active"), QStringLiteral("tm.role")),
            unwritable);
        missingReplica.repairs = {
            {sql(insertReplica.select(QStringLiteral("{team_members} tm JOIN {members} m ON m.id = "
                                                     "tm.organizationmember_id WHERE %1{user}")
                                          .arg(noReplica))),
             insertReplica.params(), QStringLiteral("m.user_id")}};
        missingReplica.describe = [](const QSqlQuery &row) {
            return tr("member of team %1 without its team-membership replica: team notifications "
                      "skip the user")
                .arg(text(row, 1));
        };
        missingReplica.describeRepair = [](const QSqlQuery &row) {
            return tr("added the team-membership replica of team %1").arg(text(row, 1));
        };
        checks << missingReplica;
    }

    // The Super Admin user role follows superuser, once (createuser's rule).
    const QString superAdminLinks =
        QStringLiteral("SELECT l.id FROM {role_links} l JOIN {user_roles} ro ON ro.id = l.role_id "
                       "WHERE l.user_id = u.id AND ro.name = ?");
    AccountCheck duplicateLinks;
    duplicateLinks.key = QStringLiteral("duplicate-role-links");
    duplicateLinks.find = {
        sql(QStringLiteral("SELECT u.email, ro.name, COUNT(*) FROM {role_links} l JOIN {users} u "
                           "ON u.id = l.user_id JOIN {user_roles} ro ON ro.id = l.role_id WHERE 1 "
                           "= 1{user} GROUP BY u.email, ro.name, l.user_id, l.role_id HAVING "
                           "COUNT(*) > 1")),
        {},
        QStringLiteral("l.user_id")};
    duplicateLinks.repairs = {
        {sql(QStringLiteral("DELETE FROM {role_links} WHERE id NOT IN (SELECT MIN(id) FROM "
                            "{role_links} GROUP BY user_id, role_id){user}")),
         {},
         QStringLiteral("user_id")}};
    duplicateLinks.describe = [](const QSqlQuery &row) {
        return tr("%1 links to the user role %2 (Sentry's createuser --force-update adds one "
                  "each time)")
            .arg(text(row, 2), text(row, 1));
    };
    duplicateLinks.describeRepair = [](const QSqlQuery &row) {
        return tr("kept one link to the user role %1").arg(text(row, 1));
    };
    checks << duplicateLinks;

    AccountCheck linkWithoutSuperuser;
    linkWithoutSuperuser.key = QStringLiteral("role-without-superuser");
    linkWithoutSuperuser.find = {
        sql(QStringLiteral("SELECT u.email FROM {users} u WHERE u.is_superuser = false AND EXISTS "
                           "(%1){user}")
                .arg(superAdminLinks)),
        {Param::UserRoleName},
        QStringLiteral("u.id")};
    linkWithoutSuperuser.repairs = {
        {sql(QStringLiteral("DELETE FROM {role_links} WHERE role_id IN (SELECT id FROM "
                            "{user_roles} WHERE name = ?) AND user_id IN (SELECT id FROM {users} "
                            "WHERE is_superuser = false){user}")),
         {Param::UserRoleName},
         QStringLiteral("user_id")}};
    linkWithoutSuperuser.describe = [](const QSqlQuery &) {
        return tr("not a superuser, but holds the Super Admin user role");
    };
    linkWithoutSuperuser.describeRepair = [](const QSqlQuery &) {
        return tr("removed the Super Admin user role of a non-superuser");
    };
    checks << linkWithoutSuperuser;

    // Sentry links superusers only on a self-hosted or single-organization instance.
    if (settings.selfHosted || settings.singleOrganization) {
        AccountCheck superuserWithoutLink;
        superuserWithoutLink.key = QStringLiteral("superuser-without-role");
        const QString unlinked =
            QStringLiteral("u.is_superuser = true AND NOT EXISTS (%1)").arg(superAdminLinks);
        superuserWithoutLink.find = {
            sql(QStringLiteral("SELECT u.email FROM {users} u WHERE %1 AND EXISTS (SELECT 1 FROM "
                               "{user_roles} WHERE name = ?){user}")
                    .arg(unlinked)),
            {Param::UserRoleName, Param::UserRoleName},
            QStringLiteral("u.id")};
        const SentryRows::Insert insertLink(
            layout, UserRoleLinks,
            SentryRows::userRoleLink(QStringLiteral("u.id"), QStringLiteral("sa.id")), unwritable);
        QList<Param> linkParams = insertLink.params();
        linkParams << Param::UserRoleName << Param::UserRoleName;
        superuserWithoutLink.repairs = {
            {sql(insertLink.select(QStringLiteral("{users} u JOIN {user_roles} sa ON sa.name = ? "
                                                  "WHERE %1{user}")
                                       .arg(unlinked))),
             linkParams, QStringLiteral("u.id")}};
        superuserWithoutLink.describe = [](const QSqlQuery &) {
            return tr("superuser without the Super Admin user role");
        };
        superuserWithoutLink.describeRepair = [](const QSqlQuery &) {
            return tr("linked the superuser to the Super Admin user role");
        };
        checks << superuserWithoutLink;
    }

    // Notes: worth knowing, nothing to repair.
    AccountCheck noOrganization;
    noOrganization.key = QStringLiteral("no-organization");
    noOrganization.repairable = false;
    noOrganization.find = {sql(QStringLiteral("SELECT u.email FROM {users} u WHERE u.is_active = "
                                              "true AND NOT EXISTS (SELECT 1 FROM {members} m "
                                              "WHERE m.user_id = u.id){user}")),
                           {},
                           QStringLiteral("u.id")};
    noOrganization.describe = [](const QSqlQuery &) {
        return tr("note: active user in no organization");
    };
    checks << noOrganization;

    AccountCheck oldHashes;
    oldHashes.key = QStringLiteral("old-iterations");
    oldHashes.repairable = false;
    // The iterations of a pbkdf2_sha256 hash: its second '$'-separated field.
    const QString iterations =
        postgres ? QStringLiteral("CAST(split_part(u.password, '$', 2) AS bigint)")
                 : QStringLiteral("CAST(substr(u.password, 15, instr(substr(u.password, 15), "
                                  "'$') - 1) AS INTEGER)");
    const QString wellFormed = postgres
                                   ? QStringLiteral("u.password ~ '^pbkdf2_sha256\\$[0-9]+\\$'")
                                   : QStringLiteral("u.password GLOB 'pbkdf2_sha256$[0-9]*$*'");
    oldHashes.find = {sql(QStringLiteral("SELECT u.email, %1 FROM {users} u WHERE %2 AND %1 < "
                                         "?{user}")
                              .arg(iterations, wellFormed)),
                      {Param::Iterations},
                      QStringLiteral("u.id")};
    const int wanted = settings.passwordIterations;
    oldHashes.describe = [wanted](const QSqlQuery &row) {
        return tr("note: password hashed with %L1 iterations, fewer than the instance's %L2 "
                  "(Django re-hashes it at the next sign-in)")
            .arg(row.value(1).toLongLong())
            .arg(wanted);
    };
    checks << oldHashes;

    if (layout.hasTable(OrganizationMappings)) {
        AccountCheck unmappedOrganization;
        unmappedOrganization.key = QStringLiteral("organization-without-mapping");
        unmappedOrganization.repairable = false;
        unmappedOrganization.find = {
            sql(QStringLiteral("SELECT o.slug FROM {organizations} o WHERE NOT EXISTS (SELECT 1 "
                               "FROM {organization_mappings} om WHERE om.organization_id = "
                               "o.id){user}")),
            {},
            // No user: checked for one user, it finds nothing.
            QStringLiteral("NULL")};
        unmappedOrganization.describe = [](const QSqlQuery &) {
            return tr("note: organization without its organization mapping, so Sentry shows it "
                      "to nobody (Sentry's own migrations fill it; this tool never does)");
        };
        checks << unmappedOrganization;
    }
    return checks;
}
