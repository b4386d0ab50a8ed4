#include "storage/UserExport.h"

#include "storage/Database.h"
#include "storage/SqlConnection.h"
#include "storage/UserPager.h"

#include <QSqlQuery>
#include <algorithm>

namespace {
// Users (with no organization once, else once a membership) matching `where`, by id then slug.
void visitRows(const Database &database, const QString &where, const QVariantList &values,
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
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY u.id, o.slug");
    QSqlQuery rows(sqlConnection(database));
    rows.setForwardOnly(true);
    rows.prepare(sql);
    for (const QVariant &value : values)
        rows.addBindValue(value);
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
} // namespace

void UserExport::forEachRow(const Database &database, const QString &prefix,
                            const std::function<void(const ExportRow &)> &visit)
{
    if (prefix.isEmpty()) {
        visitRows(database, {}, {}, visit);
        return;
    }
    const QString pattern = likePrefix(prefix.toLower());
    visitRows(database,
              QStringLiteral("lower(u.email) LIKE ? ESCAPE '!' OR lower(u.first_name) LIKE ? "
                             "ESCAPE '!'"),
              {pattern, pattern}, visit);
}

void UserExport::forEachRow(const Database &database, QList<qint64> userIds,
                            const std::function<void(const ExportRow &)> &visit)
{
    // Sorted, so that the chunks of ids follow each other in id order.
    std::sort(userIds.begin(), userIds.end());
    for (qsizetype start = 0; start < userIds.size(); start += IdsPerStatement) {
        const qsizetype count = std::min(IdsPerStatement, userIds.size() - start);
        QVariantList values;
        for (qsizetype i = start; i < start + count; ++i)
            values.append(userIds[i]);
        visitRows(database, QStringLiteral("u.id IN (%1)").arg(placeholders(count)), values, visit);
    }
}
