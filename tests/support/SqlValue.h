#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// The first column of the first row of `sql` run with `values` bound; invalid when there is no
// row, or when the query fails (which is warned about, to make a failing check explain itself).
inline QVariant sqlValue(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}
