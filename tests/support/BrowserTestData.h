#pragma once

#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>

// Fills a test database with `count` users whose sort keys repeat (so that ties are broken by id),
// whose emails and names mix upper and lower case, a third of them never logged in, and a second
// organization "acme" whose members are every fifth user.
inline void addBrowserUsers(TestDatabase &db, int count)
{
    static const char *const names[] = {"alice",   "Bob",   "carol", "Dave",  "eve",
                                        "Mallory", "oscar", "Peggy", "trent", "Victor"};
    QSqlDatabase connection = testConnection(db.database());
    QVERIFY(connection.transaction());
    db.exec(QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, date_added, "
                           "default_role) VALUES (2, 'Acme', 'acme', 0, '2020-01-01T00:00:00Z', "
                           "'member')"));
    QSqlQuery user(connection);
    user.prepare(QStringLiteral(
        "INSERT INTO auth_user (password, username, first_name, email, is_staff, is_active, "
        "is_superuser, date_joined, last_login) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery member(connection);
    member.prepare(QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, "
                                  "user_id, role, date_added) VALUES (?, ?, 'member', "
                                  "'2020-01-01T00:00:00Z')"));
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(names[i % 10]);
        const QString email =
            (i % 3 ? name : name.toUpper()) + QStringLiteral("%1@example.com").arg(i);
        user.addBindValue(email);
        user.addBindValue(name);
        user.addBindValue(email);
        user.addBindValue(i % 7 == 0);
        user.addBindValue(i % 4 != 0);
        user.addBindValue(i % 7 == 0 || i % 11 == 0);
        user.addBindValue(
            QStringLiteral("2021-%1-01T00:00:00.000Z").arg(1 + i % 12, 2, 10, QLatin1Char('0')));
        user.addBindValue(i % 3 == 0 ? QVariant()
                                     : QVariant(QStringLiteral("2024-01-%1T00:00:00.000Z")
                                                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))));
        QVERIFY(user.exec());
        const qint64 id = user.lastInsertId().toLongLong();
        member.addBindValue(1);
        member.addBindValue(id);
        QVERIFY(member.exec());
        if (i % 5 == 0) {
            member.addBindValue(2);
            member.addBindValue(id);
            QVERIFY(member.exec());
        }
    }
    QVERIFY(connection.commit());
}
