#pragma once

#include "TestDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

// The insert of one user with every column Sentry's PostgreSQL tables want written (the
// embedded database has defaults for them), prepared once for insertBrowserUser.
inline QSqlQuery browserUserInsert(const QSqlDatabase &connection)
{
    QSqlQuery user(connection);
    user.prepare(QStringLiteral(
        "INSERT INTO auth_user (password, username, first_name, email, is_staff, is_active, "
        "is_superuser, is_managed, is_password_expired, is_unclaimed, flags, avatar_type, "
        "date_joined, last_login) VALUES ('', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?) RETURNING "
        "id"));
    return user;
}

// One user through browserUserInsert(); `lastLogin` may be a null QVariant. Its id, or 0.
inline qint64 insertBrowserUser(QSqlQuery &user, const QString &email, const QString &name,
                                bool staff, bool active, bool superuser, const QString &dateJoined,
                                const QVariant &lastLogin)
{
    for (const QVariant &value :
         {QVariant(email), QVariant(name), QVariant(email), QVariant(staff), QVariant(active),
          QVariant(superuser), QVariant(false), QVariant(false), QVariant(false),
          QVariant(dateJoined), lastLogin})
        user.addBindValue(value);
    if (!user.exec() || !user.next()) {
        qWarning() << user.lastError().text();
        return 0;
    }
    const qint64 id = user.value(0).toLongLong();
    user.finish(); // SQLite holds its transaction open until a RETURNING statement is done
    return id;
}

// Fills a test database (embedded, or Sentry's PostgreSQL tables) with `count` users whose sort
// keys repeat (so that ties are broken by id), whose emails and names mix upper and lower case, a
// third of them never logged in, and a second organization "acme" whose members are every fifth
// user.
inline void addBrowserUsers(TestDatabase &db, int count)
{
    static const char *const names[] = {"alice",   "Bob",   "carol", "Dave",  "eve",
                                        "Mallory", "oscar", "Peggy", "trent", "Victor"};
    QSqlDatabase connection = testConnection(db.database());
    QVERIFY(connection.transaction());
    db.exec(QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, date_added, "
                           "default_role, is_test, flags) VALUES (2, 'Acme', 'acme', 0, "
                           "'2020-01-01T00:00:00Z', 'member', ?, 1)"),
            {false});
    QSqlQuery user = browserUserInsert(connection);
    QSqlQuery member(connection);
    member.prepare(QStringLiteral("INSERT INTO sentry_organizationmember (organization_id, "
                                  "user_id, role, flags, has_global_access, type, date_added) "
                                  "VALUES (?, ?, 'member', 0, ?, 50, '2020-01-01T00:00:00Z')"));
    for (int i = 0; i < count; ++i) {
        const QString name = QString::fromLatin1(names[i % 10]);
        const QString email =
            (i % 3 ? name : name.toUpper()) + QStringLiteral("%1@example.com").arg(i);
        const qint64 id = insertBrowserUser(
            user, email, name, i % 7 == 0, i % 4 != 0, i % 7 == 0 || i % 11 == 0,
            QStringLiteral("2021-%1-01T00:00:00.000Z").arg(1 + i % 12, 2, 10, QLatin1Char('0')),
            i % 3 == 0 ? QVariant()
                       : QVariant(QStringLiteral("2024-01-%1T00:00:00.000Z")
                                      .arg(1 + i % 28, 2, 10, QLatin1Char('0'))));
        QVERIFY(id > 0);
        for (const int organization : {1, 2}) {
            if (organization == 2 && i % 5 != 0)
                continue;
            member.addBindValue(organization);
            member.addBindValue(id);
            member.addBindValue(true);
            QVERIFY(member.exec());
        }
    }
    QVERIFY(connection.commit());
}
