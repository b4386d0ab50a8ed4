#include "BrowserTestData.h"
#include "gui/browser/UsersTableModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>

// The users browser's model and its page loader thread churned for a bounded time: searches as
// fast as one can type, sorts, refreshes while another connection writes, and switches between
// two databases (and a location that cannot be opened), with a view scrolling and asking for
// rows and QAbstractItemModelTester checking every change. Nothing may crash (ASan and UBSan in
// `tools/dev test --sanitize`), and once the churn stops the model shows what the database
// holds. The seed is printed; USERADMIN_STRESS_SEED repeats a run (up to thread timing).
class TestBrowserStress : public QObject
{
    Q_OBJECT

private:
    static constexpr int usersA = 700;
    static constexpr int usersB = 300;

    std::unique_ptr<TestDatabase> m_a;
    std::unique_ptr<TestDatabase> m_b;
    QTemporaryDir m_dir;
    QRandomGenerator m_random;

    int churnMilliseconds() const
    {
        bool given = false;
        const int seconds = qEnvironmentVariableIntValue("USERADMIN_STRESS_SECONDS", &given);
        return (given ? seconds : 30) * 1000;
    }

    template<typename T> const T &pick(const QList<T> &list)
    {
        return list.at(qsizetype(m_random.bounded(quint32(list.size()))));
    }

    void addUser(TestDatabase &db, int serial)
    {
        db.exec(QStringLiteral("INSERT INTO auth_user (password, username, first_name, email, "
                               "date_joined) VALUES ('', ?, 'Churn', ?, '2022-02-02T00:00:00Z')"),
                {QStringLiteral("churn%1@example.com").arg(serial),
                 QStringLiteral("churn%1@example.com").arg(serial)});
    }

private slots:
    void initTestCase()
    {
        bool given = false;
        // Seeds go up to 2^32 - 1: read as unsigned (an int would refuse half of them).
        const quint32 seed = qEnvironmentVariable("USERADMIN_STRESS_SEED").toUInt(&given);
        const quint32 used = given ? seed : QRandomGenerator::global()->generate();
        qInfo("seed %u (USERADMIN_STRESS_SEED=%u repeats this run)", used, used);
        m_random.seed(used);
        QVERIFY(m_dir.isValid());
        m_a = std::make_unique<TestDatabase>();
        addBrowserUsers(*m_a, usersA);
        m_b = std::make_unique<TestDatabase>();
        addBrowserUsers(*m_b, usersB);
    }
    void cleanupTestCase()
    {
        m_a.reset();
        m_b.reset();
    }

    // A connection used from a thread that did not make it, or closed while in use.
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("does not belong to the calling "
                                                               "thread|still in use")));
    }

    void churn()
    {
        UsersTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView view;
        view.setModel(&model);
        view.resize(900, 500);
        view.show();

        // Whatever a person may type, SQL wildcards and quotes included.
        const QStringList prefixes{
            QString(),
            QStringLiteral("a"),
            QStringLiteral("al"),
            QStringLiteral("ALI"),
            QStringLiteral("bob1"),
            QStringLiteral("m"),
            QStringLiteral("Mallory2"),
            QStringLiteral("zzz"),
            QStringLiteral("%"),
            QStringLiteral("_"),
            QStringLiteral("'"),
            QStringLiteral("churn"),
            QStringLiteral("ö"),
            QStringLiteral("\\"),
            QStringLiteral("a%b_c"),
        };
        const QStringList locations{m_a->path(), m_b->path(), QString(),
                                    m_dir.filePath(QStringLiteral("absent/none/users.sqlite3"))};
        int failures = 0;
        connect(&model, &UsersTableModel::failed, this, [&failures] { ++failures; });

        model.setDatabaseLocation(m_a->path());
        QElapsedTimer clock;
        clock.start();
        int steps = 0;
        int switches = 0;
        int written = 0;
        while (clock.elapsed() < churnMilliseconds() && !QTest::currentTestFailed()) {
            ++steps;
            const quint32 action = m_random.bounded(100);
            if (action < 40) {
                model.setFilter(pick(prefixes));
            } else if (action < 50) {
                model.sort(int(m_random.bounded(int(UsersTableModel::ColumnCount))),
                           m_random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            } else if (action < 58) {
                addUser(*m_a, ++written);
                model.refresh();
            } else if (action < 63) {
                ++switches;
                model.setDatabaseLocation(pick(locations));
            } else if (action < 85) {
                const int rows = model.rowCount();
                if (rows > 0) {
                    const int row = int(m_random.bounded(rows));
                    view.scrollTo(model.index(row, 0));
                    model.data(
                        model.index(row, int(m_random.bounded(int(UsersTableModel::ColumnCount)))));
                }
            } else {
                // Let the loader's answers in, sometimes before the next keystroke.
                QTest::qWait(int(m_random.bounded(6)));
            }
            if (steps % 7 == 0)
                QCoreApplication::processEvents();
        }
        QVERIFY(!QTest::currentTestFailed());
        qInfo("%d steps, %d database switches, %d users written, %d failures reported", steps,
              switches, written, failures);

        // Settled: the model shows the database as it is.
        model.setDatabaseLocation(m_a->path());
        model.setFilter(QString());
        model.sort(UsersTableModel::EmailColumn, Qt::AscendingOrder);
        const int expected = m_a->count(QStringLiteral("auth_user"));
        QCOMPARE(expected, usersA + written);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), expected, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(model.totalUsers(), qint64(expected), 20000);
        const QString first = m_a->value(QStringLiteral("SELECT email FROM auth_user ORDER BY "
                                                        "email COLLATE NOCASE, id LIMIT 1"))
                                  .toString();
        model.data(model.index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(0), 20000);
        QCOMPARE(model.data(model.index(0, 0)).toString(), first);
        const QString last = m_a->value(QStringLiteral("SELECT email FROM auth_user ORDER BY "
                                                       "email COLLATE NOCASE DESC, id DESC "
                                                       "LIMIT 1"))
                                 .toString();
        model.data(model.index(expected - 1, 0));
        QTRY_VERIFY_WITH_TIMEOUT(model.isLoaded(expected - 1), 20000);
        QCOMPARE(model.data(model.index(expected - 1, 0)).toString(), last);
        QVERIFY(model.cachedPages() <= UsersTableModel::MaxCachedPages);
    }
};

QTEST_MAIN(TestBrowserStress)
#include "tst_browserstress.moc"
