#include "BackendUnderTest.h"
#include "BrowserTestData.h"
#include "PostgresServer.h"
#include "storage/UserPager.h"

#include <QTest>

// The pager's windows equal a direct ORDER BY query, wherever they are read from: on the embedded
// database and on Sentry's PostgreSQL tables, which have no index for any sort but id.
class TestUserPager : public QObject
{
    Q_OBJECT

private:
    static constexpr int userCount = 1000;
    std::unique_ptr<PostgresServer> m_server;
    std::unique_ptr<TestDatabase> m_db;

    std::unique_ptr<TestDatabase> newDatabase()
    {
        return onPostgres ? std::make_unique<TestDatabase>(*m_server, hybridTemplate)
                          : std::make_unique<TestDatabase>();
    }

    // Every id in the query's order, by a plain ORDER BY with SQLite's rule: NULLs lowest.
    QList<qint64> expectedIds(const BrowseQuery &query) const { return expectedIds(query, *m_db); }
    QList<qint64> expectedIds(const BrowseQuery &query, TestDatabase &db) const
    {
        const QStringList keys{onPostgres ? QStringLiteral("lower(email)")
                                          : QStringLiteral("email COLLATE NOCASE"),
                               onPostgres ? QStringLiteral("lower(first_name)")
                                          : QStringLiteral("first_name COLLATE NOCASE"),
                               QStringLiteral("is_superuser"),
                               QStringLiteral("is_staff"),
                               QStringLiteral("is_active"),
                               QStringLiteral("date_joined"),
                               QStringLiteral("last_login"),
                               QStringLiteral("id")};
        const bool ascending = query.order == Qt::AscendingOrder;
        QString direction = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QString where;
        if (!query.prefix.isEmpty())
            where = QStringLiteral(" WHERE lower(email) LIKE ? OR lower(first_name) LIKE ?");
        QSqlQuery sql(testConnection(db.database()));
        sql.prepare(QStringLiteral("SELECT id FROM auth_user%1 ORDER BY %2 %3%4, id %3")
                        .arg(where, keys[int(query.column)], direction,
                             !onPostgres ? QString()
                             : ascending ? QStringLiteral(" NULLS FIRST")
                                         : QStringLiteral(" NULLS LAST")));
        if (!query.prefix.isEmpty()) {
            sql.addBindValue(query.prefix.toLower() + QLatin1Char('%'));
            sql.addBindValue(query.prefix.toLower() + QLatin1Char('%'));
        }
        [&] { QVERIFY(sql.exec()); }();
        QList<qint64> ids;
        while (sql.next())
            ids.append(sql.value(0).toLongLong());
        return ids;
    }

private slots:
    void initTestCase()
    {
        if (onPostgres) {
            // Fails (never skips) when the server cannot start: CI must run these for real.
            m_server = std::make_unique<PostgresServer>();
            QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
            QVERIFY2(m_server->createSentryDatabase(hybridTemplate, PostgresServer::Schema::Hybrid),
                     qPrintable(m_server->errorString()));
        }
        m_db = newDatabase();
        addBrowserUsers(*m_db, userCount);
    }
    void cleanupTestCase() { m_db.reset(); }

    void windowsEqualOrderBy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("prefix");
        // A search walked in the sort column's order and tested row by row (as one matching
        // many users is), rather than read through the email and name indexes and sorted.
        QTest::addColumn<bool>("broad");
        const char *const names[] = {"email",  "name",       "superuser", "staff",
                                     "active", "dateJoined", "lastLogin", "organizations"};
        for (int column = 0; column < 8; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QByteArray name =
                    QByteArray(names[column]) + (order == Qt::AscendingOrder ? " asc" : " desc");
                QTest::newRow(name.constData()) << column << int(order) << QString() << false;
                QTest::newRow((name + " filtered").constData())
                    << column << int(order) << QStringLiteral("mA") << false;
                QTest::newRow((name + " filtered broad").constData())
                    << column << int(order) << QStringLiteral("mA") << true;
            }
        }
    }

    void windowsEqualOrderBy()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, prefix);
        QFETCH(bool, broad);
        const BrowseQuery query{BrowseQuery::Column(column), Qt::SortOrder(order), prefix};
        const QList<qint64> expected = expectedIds(query);
        UserPager pager(m_db->database());
        pager.setBroadSearchMatches(broad ? 1 : UserPager::BroadSearchMatches);
        pager.setQuery(query);
        const qint64 total = pager.count();
        QCOMPARE(total, expected.size());
        const UserCounts counts = pager.counts();
        QCOMPARE(counts.matching, total);
        QCOMPARE(counts.total, userCount);
        // Start, end, middle (no neighbour known), then neighbours on both sides of the middle,
        // and the one before the end (read backwards from the end).
        const qint64 page = 64;
        const qint64 middle = total / 2;
        const QList<qint64> starts{0,
                                   page,
                                   total - total % page,
                                   middle,
                                   middle - page,
                                   middle + page,
                                   total - total % page - page,
                                   total - 1};
        for (const qint64 start : starts) {
            if (start < 0 || start >= total)
                continue;
            QList<qint64> ids;
            for (const BrowsedUser &user : pager.rows(start, int(page), total))
                ids.append(user.id);
            QCOMPARE(ids, expected.mid(start, page));
        }
        QCOMPARE(pager.ids(0, total, total), expected);
    }

    // A broad search sorted by email (or name) reads three parts: the users before the prefix
    // whose name (or email) matches, those within it, and those after it. Here names and
    // addresses differ, so that every part holds users, in both orders.
    void broadSearchOrdersTheUsersOnBothSidesOfThePrefix()
    {
        const std::unique_ptr<TestDatabase> database = newDatabase();
        TestDatabase &db = *database;
        // Name, email: the prefix "ma" is in the name or in the address, before, within or after
        // the other's.
        const QList<std::pair<const char *, const char *>> users{
            {"Marta", "anna@example.com"}, {"Max", "zed@example.com"},
            {"adam", "matt@example.com"},  {"Zoe", "Mary@example.com"},
            {"Mads", "mads@example.com"},  {"bob", "bob@example.com"},
            {"MAREK", "carl@example.com"}, {"yann", "MAX2@example.com"},
        };
        QSqlQuery insert = browserUserInsert(testConnection(db.database()));
        for (const auto &[name, email] : users)
            QVERIFY(insertBrowserUser(insert, QString::fromLatin1(email), QString::fromLatin1(name),
                                      false, true, false, QStringLiteral("2022-02-02T00:00:00Z"),
                                      QVariant()) > 0);
        for (const BrowseQuery::Column column :
             {BrowseQuery::Column::Email, BrowseQuery::Column::Name})
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const BrowseQuery query{column, order, QStringLiteral("ma")};
                const QList<qint64> expected = expectedIds(query, db);
                QCOMPARE(expected.size(), 7);
                UserPager pager(db.database());
                pager.setBroadSearchMatches(1);
                pager.setQuery(query);
                const qint64 total = pager.count();
                QCOMPARE(pager.ids(0, total, total), expected);
                // Windows of two, each read from its neighbour's key.
                QList<qint64> paged;
                for (qint64 start = 0; start < total; start += 2)
                    for (const BrowsedUser &user : pager.rows(start, 2, total))
                        paged.append(user.id);
                QCOMPARE(paged, expected);
            }
    }

    void rowsCarryEveryColumn()
    {
        UserPager pager(m_db->database());
        pager.setQuery({BrowseQuery::Column::Organizations, Qt::AscendingOrder, {}});
        const QList<BrowsedUser> rows = pager.rows(0, 2, pager.count());
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].email, QStringLiteral("ALICE0@example.com"));
        QCOMPARE(rows[0].name, QStringLiteral("alice"));
        QVERIFY(rows[0].superuser);
        QVERIFY(rows[0].staff);
        QVERIFY(!rows[0].active);
        QCOMPARE(rows[0].dateJoined, QDateTime(QDate(2021, 1, 1), QTime(0, 0), QTimeZone::UTC));
        QVERIFY(!rows[0].lastLogin.isValid());
        QCOMPARE(rows[0].organizations, QStringLiteral("acme, sentry"));
        QCOMPARE(rows[1].organizations, QStringLiteral("sentry"));
        QCOMPARE(rows[1].lastLogin, QDateTime(QDate(2024, 1, 2), QTime(0, 0), QTimeZone::UTC));
    }

    void filterIsAPrefixNotASubstring()
    {
        UserPager pager(m_db->database());
        pager.setQuery({BrowseQuery::Column::Email, Qt::AscendingOrder, QStringLiteral("example")});
        QCOMPARE(pager.count(), 0);
        // LIKE's wildcards are plain characters here.
        pager.setQuery({BrowseQuery::Column::Email, Qt::AscendingOrder, QStringLiteral("a%")});
        QCOMPARE(pager.count(), 0);
        pager.setQuery({BrowseQuery::Column::Email, Qt::AscendingOrder, QStringLiteral("BOB1")});
        QCOMPARE(pager.count(), expectedIds(pager.query()).size());
        QVERIFY(pager.count() > 0);
    }

    void emailsFollowTheIds()
    {
        const QStringList emails = UserPager::emails(m_db->database(), {3, 1, 999999});
        QCOMPARE(emails, (QStringList{QStringLiteral("carol2@example.com"),
                                      QStringLiteral("ALICE0@example.com")}));
    }
};

QTEST_GUILESS_MAIN(TestUserPager)
#include "tst_userpager.moc"
