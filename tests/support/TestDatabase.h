#pragma once

#include "PostgresServer.h"
#include "SqlValue.h"
#include "TestConnection.h"
#include "storage/Database.h"
#include "storage/ThreadGuard.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QVariant>

// A fresh embedded SQLite database in a temporary folder, or a fresh PostgreSQL database holding
// Sentry's tables, with helpers to read it back. SQL given to the helpers must suit both (true
// and false literals, for instance). Its helpers are fixture code: they may run on a GUI test's
// own thread (ThreadGuard::TestFixtureScope), around what the test drives.
class TestDatabase
{
public:
    TestDatabase()
    {
        QVERIFY2(m_dir.isValid(), "temporary folder");
        const ThreadGuard::TestFixtureScope fixture;
        m_location = path();
        m_database = Database::open(m_location);
    }

    // A copy of `templateName`, a database of the server made by createSentryDatabase().
    TestDatabase(PostgresServer &server, const QString &templateName)
    {
        static int counter = 0;
        const QString name = QStringLiteral("%1_%2").arg(templateName).arg(++counter);
        QVERIFY2(server.createDatabase(name, templateName), qPrintable(server.errorString()));
        m_location = server.url(name);
        const ThreadGuard::TestFixtureScope fixture;
        m_database = Database::open(m_location);
    }

    QString path() const { return m_dir.filePath(QStringLiteral("users.sqlite3")); }
    // The file path or postgresql:// URL.
    QString location() const { return m_location; }
    Database &database() { return *m_database; }

    // The first column of the first row of a query with bound values.
    QVariant value(const QString &sql, const QVariantList &values = {}) const
    {
        return sqlValue(testConnection(*m_database), sql, values);
    }

    int count(const QString &table, const QString &where = QStringLiteral("1 = 1"),
              const QVariantList &values = {}) const
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(table, where), values)
            .toInt();
    }

    void exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(testConnection(*m_database));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql));
    }

private:
    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<Database> m_database;
};
