#include "storage/SentryLayoutReader.h"

#include "storage/SqlConnection.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {
const QStringList &knownTables()
{
    using namespace SentryTables;
    static const QStringList tables{Users,          Organizations,      Members,
                                    Teams,          TeamMembers,        UserRoles,
                                    UserRoleLinks,  UserEmails,         OrganizationMappings,
                                    MemberMappings, TeamMemberReplicas, CacheVersions,
                                    Authenticators, AccessRequests};
    return tables;
}

// "varchar(200)" -> 200; SQLite keeps the declared type as text.
int declaredLength(const QString &type)
{
    static const QRegularExpression length(QStringLiteral(R"(\((\d+)\))"));
    const QRegularExpressionMatch match = length.match(type);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

void readPostgres(const QSqlDatabase &db, QHash<QString, QList<TableColumn>> &tables)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // The catalog, not information_schema: that one hides the columns of tables this role has
    // no privilege on. Identity and generated columns fill themselves, like defaulted ones.
    query.prepare(QStringLiteral(
        "SELECT c.relname, a.attname, a.attnotnull, a.atthasdef OR a.attidentity <> '' OR "
        "a.attgenerated <> '', CASE WHEN t.typname IN ('varchar', 'bpchar') AND a.atttypmod > 4 "
        "THEN a.atttypmod - 4 ELSE -1 END FROM pg_attribute a JOIN pg_class c ON c.oid = "
        "a.attrelid JOIN pg_type t ON t.oid = a.atttypid WHERE c.relkind IN ('r', 'p') AND "
        "pg_table_is_visible(c.oid) AND a.attnum > 0 AND NOT a.attisdropped AND c.relname = ANY "
        "(string_to_array(?, ',')) ORDER BY c.relname, a.attnum"));
    query.addBindValue(knownTables().join(QLatin1Char(',')));
    execOrThrow(query, QStringLiteral("information_schema.columns"));
    while (query.next()) {
        tables[query.value(0).toString()].append({query.value(1).toString(),
                                                  query.value(2).toBool(), query.value(3).toBool(),
                                                  query.value(4).toInt()});
    }
}

void readSqlite(const QSqlDatabase &db, QHash<QString, QList<TableColumn>> &tables)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT name, \"notnull\", dflt_value IS NOT NULL, pk, type FROM "
                                 "pragma_table_info(?) ORDER BY cid"));
    for (const QString &table : knownTables()) {
        query.addBindValue(table);
        execOrThrow(query, table);
        QList<TableColumn> columns;
        while (query.next()) {
            const QString type = query.value(4).toString();
            // An INTEGER PRIMARY KEY is the rowid: SQLite numbers it.
            const bool rowid = query.value(3).toInt() == 1 &&
                               type.compare(QLatin1String("integer"), Qt::CaseInsensitive) == 0;
            columns.append({query.value(0).toString(), query.value(1).toBool(),
                            query.value(2).toBool() || rowid, declaredLength(type)});
        }
        query.finish();
        if (!columns.isEmpty())
            tables.insert(table, columns);
    }
}
} // namespace

SentryLayout SentryLayoutReader::read(const QSqlDatabase &db, bool postgres)
{
    QHash<QString, QList<TableColumn>> tables;
    if (postgres)
        readPostgres(db, tables);
    else
        readSqlite(db, tables);
    return SentryLayout(tables);
}
