#include "storage/UserExport.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/UserPager.h"

#include <QSqlQuery>

void UserExport::forEachRow(const Database &database, const QString &prefix,
                            const std::function<void(const ExportRow &)> &visit)
{
    // One streaming query (PostgreSQL's driver streams one result set at a time); a member's
    // teams come aggregated, in whatever order, and are sorted here.
    const bool postgres = database.kind() == Database::Kind::PostgreSQL;
    const QString teams = postgres ? QStringLiteral("string_agg(t.slug, ';')")
                                   : QStringLiteral("group_concat(t.slug, ';')");
    QString sql =
        QStringLiteral("SELECT u.email, u.first_name, u.is_superuser, u.is_staff, o.slug, m.role, "
                       "(SELECT %1 FROM sentry_organizationmember_teams mt JOIN sentry_team t ON "
                       "t.id = mt.team_id WHERE mt.organizationmember_id = m.id) FROM auth_user u "
                       "LEFT JOIN sentry_organizationmember m ON m.user_id = u.id "
                       "LEFT JOIN sentry_organization o ON o.id = m.organization_id")
            .arg(teams);
    if (!prefix.isEmpty())
        sql += QStringLiteral(" WHERE lower(u.email) LIKE ? ESCAPE '!' OR lower(u.first_name) "
                              "LIKE ? ESCAPE '!'");
    sql += QStringLiteral(" ORDER BY u.id, o.slug");
    QSqlQuery rows(sqlConnection(database));
    rows.setForwardOnly(true);
    rows.prepare(sql);
    if (!prefix.isEmpty()) {
        const QString pattern = likePrefix(prefix.toLower());
        rows.addBindValue(pattern);
        rows.addBindValue(pattern);
    }
    execOrThrow(rows, QStringLiteral("auth_user"));
    while (rows.next()) {
        ExportRow row;
        row.email = rows.value(0).toString();
        row.name = rows.value(1).toString();
        row.superuser = rows.value(2).toBool();
        row.staff = rows.value(3).toBool();
        row.organization = rows.value(4).toString();
        row.role = rows.value(5).toString();
        row.teams = rows.value(6).toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        row.teams.sort();
        visit(row);
    }
}
