#pragma once

#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

// A fresh embedded SQLite database in a temporary folder, with helpers to read it back.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        m_database = Database::open(path());
    }

    QString path() const { return m_dir.filePath(QStringLiteral("users.sqlite3")); }
    Database &database() { return *m_database; }

    // The first column of the first row of a query with bound values.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0);
    }

    int count(const QString &table, const QString &where = QStringLiteral("1 = 1"),
              const QVariantList &values = {}) const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where), values)
            .toInt();
    }

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_database->connection());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};
