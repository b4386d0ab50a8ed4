#include "BrowserTestData.h"
#include "gui/browser/UsersPageLoader.h"
#include "gui/browser/UsersTableModel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

// The model against the database: counts, rows at both ends, sorting, filtering, and results of
// an older sort or filter never shown.
class TestUsersTableModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int userCount = 700;
    std::unique_ptr<TestDatabase> m_db;

    QList<qint64> expectedIds(const QString &orderBy, const QString &where = QString()) const
    {
        QSqlQuery query(testConnection(m_db->database()));
        [&] {
            QVERIFY(query.exec(
                QStringLiteral("SELECT id FROM auth_user %1 ORDER BY %2").arg(where, orderBy)));
        }();
        QList<qint64> ids;
        while (query.next())
            ids.append(query.value(0).toLongLong());
        return ids;
    }

    // Asks for the row as a view would, each time it paints, until it is loaded (a row past the
    // first ones exists once the query is counted).
    static qint64 idAt(UsersTableModel &model, int row)
    {
        const auto asked = [&] {
            if (row >= model.rowCount())
                return false;
            model.data(model.index(row, 0));
            return model.isLoaded(row);
        };
        [&] { QTRY_VERIFY(asked()); }();
        return model.data(model.index(row, 0), UsersTableModel::IdRole).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<TestDatabase>();
        addBrowserUsers(*m_db, userCount);
    }
    void cleanupTestCase() { m_db.reset(); }

    void countsAndPlaceholders()
    {
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy total(&model, &UsersTableModel::totalUsersChanged);
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        QCOMPARE(total.last().first().toLongLong(), qint64(userCount));
        QCOMPARE(model.columnCount(), int(UsersTableModel::ColumnCount));
        const QModelIndex last = model.index(userCount - 1, 0);
        if (!model.isLoaded(userCount - 1))
            QCOMPARE(model.data(last).toString(), QStringLiteral("Loading…"));
        QTRY_VERIFY(model.isLoaded(userCount - 1));
        QVERIFY(model.data(last).toString().endsWith(QStringLiteral("@example.com")));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Email"));
    }

    void rowsFollowTheSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("email asc")
            << 0 << int(Qt::AscendingOrder) << QStringLiteral("email COLLATE NOCASE, id");
        QTest::newRow("name desc") << 1 << int(Qt::DescendingOrder)
                                   << QStringLiteral("first_name COLLATE NOCASE DESC, id DESC");
        QTest::newRow("staff desc")
            << 3 << int(Qt::DescendingOrder) << QStringLiteral("is_staff DESC, id DESC");
        QTest::newRow("last login asc")
            << 6 << int(Qt::AscendingOrder) << QStringLiteral("last_login, id");
        QTest::newRow("last login desc")
            << 6 << int(Qt::DescendingOrder) << QStringLiteral("last_login DESC, id DESC");
        QTest::newRow("organizations") << 7 << int(Qt::AscendingOrder) << QStringLiteral("id");
    }

    void rowsFollowTheSort()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, orderBy);
        const QList<qint64> expected = expectedIds(orderBy);
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        model.sort(column, Qt::SortOrder(order));
        QTRY_VERIFY(model.isLoaded(0));
        for (const int row : {0, 1, userCount / 2, userCount / 2 - 1, userCount - 1, 130, 129})
            QCOMPARE(idAt(model, row), expected[row]);
    }

    void filterNarrowsAndCounts()
    {
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        QSignalSpy counted(&model, &UsersTableModel::counted);
        model.setFilter(QStringLiteral("MAL"));
        const QList<qint64> expected =
            expectedIds(QStringLiteral("email COLLATE NOCASE, id"),
                        QStringLiteral("WHERE email LIKE 'mal%' OR first_name LIKE 'mal%'"));
        QTRY_COMPARE(model.rowCount(), expected.size());
        QCOMPARE(counted.last().at(1).toLongLong(), qint64(userCount));
        for (const int row : {0, int(expected.size()) - 1})
            QCOMPARE(idAt(model, row), expected[row]);
        QCOMPARE(model.totalUsers(), qint64(userCount));
    }

    // A new query shows its top rows before it is counted (the count of a million rows takes
    // longer than reading them), then grows to the count without a second reset; the rest of
    // that first page is read when shown.
    void firstRowsArriveBeforeTheCount()
    {
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QStringList events;
        connect(&model, &UsersTableModel::pageArrived, &model, [&](int first, int last) {
            events << QStringLiteral("rows %1-%2").arg(first).arg(last);
        });
        connect(&model, &UsersTableModel::counted, &model,
                [&](qint64 matching) { events << QStringLiteral("count %1").arg(matching); });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        QCOMPARE(events.value(0), QStringLiteral("rows 0-%1").arg(UsersTableModel::FirstRows - 1));
        QCOMPARE(events.value(1), QStringLiteral("count %1").arg(userCount));
        QCOMPARE(resets.size(), 2); // the new database, then its first page; the count inserts
        QVERIFY(model.isLoaded(0));
        QVERIFY(!model.isLoaded(UsersTableModel::FirstRows));
        QCOMPARE(model.index(UsersTableModel::FirstRows, 0).data().toString(),
                 QStringLiteral("Loading…"));
        QTRY_VERIFY(model.isLoaded(UsersTableModel::FirstRows));
        QCOMPARE(events.value(2), QStringLiteral("rows 0-%1").arg(UsersTableModel::PageSize - 1));
        const QList<qint64> expected = expectedIds(QStringLiteral("email COLLATE NOCASE, id"));
        QCOMPARE(idAt(model, UsersTableModel::FirstRows), expected[UsersTableModel::FirstRows]);
    }

    // A keystroke that follows within CountDelay: the text before it is never counted, so the
    // new one does not wait behind that count (a full scan on Sentry's PostgreSQL).
    void aQueryReplacedSoonIsNeverCounted()
    {
        auto latest = std::make_shared<QAtomicInt>(1);
        QThread thread;
        auto *loader = new UsersPageLoader(m_db->path(), latest);
        loader->moveToThread(&thread);
        connect(&thread, &QThread::finished, loader, &QObject::deleteLater);
        thread.start();
        const auto stop = qScopeGuard([&] {
            thread.quit();
            thread.wait();
        });
        QSignalSpy pages(loader, &UsersPageLoader::pageLoaded);
        QSignalSpy counted(loader, &UsersPageLoader::counted);
        const auto search = [&](int generation, const QString &prefix) {
            BrowseQuery query;
            query.prefix = prefix;
            QMetaObject::invokeMethod(loader, [=] { loader->setQuery(generation, query, false); });
        };
        QMetaObject::invokeMethod(loader, &UsersPageLoader::open);
        search(1, QStringLiteral("b"));
        QVERIFY(pages.wait());
        latest->storeRelease(2); // as the model does before it sends a new query
        search(2, QStringLiteral("bo"));
        QTRY_COMPARE(counted.size(), 1);
        QTest::qWait(2 * UsersPageLoader::CountDelay);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().value(0).toInt(), 2);
        QCOMPARE(pages.size(), 2);
    }

    void staleResultsAreDropped()
    {
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        QSignalSpy counted(&model, &UsersTableModel::counted);
        // Typed quickly: only the last text's count and rows may ever show.
        for (const QString &text :
             {QStringLiteral("b"), QStringLiteral("bo"), QStringLiteral("bob1")})
            model.setFilter(text);
        const QList<qint64> expected =
            expectedIds(QStringLiteral("email COLLATE NOCASE, id"),
                        QStringLiteral("WHERE email LIKE 'bob1%' OR first_name LIKE 'bob1%'"));
        QTRY_COMPARE(model.rowCount(), expected.size());
        // The loader answers in order, and a text's count is the last thing it sends for it (its
        // first page comes before): once that count is in, every answer to an older text has come
        // (and must have been dropped).
        QTRY_VERIFY(!counted.isEmpty() && counted.last().first().toLongLong() == expected.size());
        QCOMPARE(counted.size(), 1);
        QVERIFY(model.isLoaded(0));
        QCOMPARE(idAt(model, 0), expected[0]);
        QVERIFY(model.data(model.index(0, 0))
                    .toString()
                    .startsWith(QStringLiteral("bob1"), Qt::CaseInsensitive));
    }

    void cacheStaysBounded()
    {
        UsersTableModel model;
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        for (int row = 0; row < userCount; row += UsersTableModel::PageSize)
            idAt(model, row);
        QVERIFY(model.cachedPages() <= UsersTableModel::MaxCachedPages);
    }

    void selectionResolvesUnloadedRows()
    {
        UsersTableModel model;
        model.setDatabaseLocation(m_db->path());
        QTRY_COMPARE(model.rowCount(), userCount);
        const QItemSelection all(model.index(0, 0),
                                 model.index(userCount - 1, UsersTableModel::ColumnCount - 1));
        // Resolved as a worker does, on a connection of its own (here the fixture's).
        const UsersTableModel::SelectedRows selected = model.selectedRows(all);
        QVERIFY(!selected.unloaded.isEmpty());
        const ThreadGuard::TestFixtureScope fixture;
        QCOMPARE(UsersTableModel::readIds(m_db->database(), selected).size(), userCount);
    }
};

QTEST_MAIN(TestUsersTableModel)
#include "tst_userstablemodel.moc"
