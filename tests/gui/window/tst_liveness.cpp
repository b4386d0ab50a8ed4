#include "MainWindowTest.h"
#include "TestDatabase.h"
#include "gui/Dialogs.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/BulkUpdateDialog.h"

#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QTableView>
#include <QTimer>

namespace {
constexpr int batchUsers = 10'000;
} // namespace

// The window keeps answering while a 10,000-user batch and a bulk update of them run: a 10 ms
// timer on the GUI thread never waits a second. The bound is generous on purpose (a loaded CI
// machine stays far below it); only a blocking call on the GUI thread can break it. The bench
// measures the real latency.
class TestLiveness : public MainWindowTest
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpHome(); }

    void init()
    {
        openWindowOnNewDatabase(1); // cheap hashes: the test is about the window, not PBKDF2
        // The chunks a real batch writes (one user per core a transaction), not the tests' two.
        m_window->setHashingChunkSize(0);
        m_ticker.setInterval(10);
        connect(&m_ticker, &QTimer::timeout, this,
                [this] { m_worstGap = std::max(m_worstGap, m_sinceTick.restart()); });
    }

    void cleanup()
    {
        m_ticker.stop();
        closeWindowAndDatabase(120000);
    }

    void aBatchAndABulkUpdateNeverFreezeTheWindow()
    {
        QStringList emails;
        emails.reserve(batchUsers);
        for (int i = 0; i < batchUsers; ++i)
            emails << QStringLiteral("live%1@example.com").arg(i);
        plainTextEdit("emailsEdit")->setPlainText(emails.join(QLatin1Char('\n')));
        typePasswords(QStringLiteral("Corr3ct-Horse-Battery"),
                      QStringLiteral("Corr3ct-Horse-Battery"));
        startTicking();
        triggerAction("actionCreateUsers");
        waitForBatch();
        QVERIFY2(m_worstGap < 1000, qPrintable(QString::number(m_worstGap)));

        // Every user selected, deactivated in one bulk update (and the batch's log kept).
        auto *view = child<QTableView>("usersView");
        QTRY_COMPARE(view->model()->rowCount(), batchUsers);
        view->setFocus();
        view->selectAll();
        startTicking();
        triggerAction("actionBulkUpdate");
        BulkUpdateDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->findChild<BulkUpdateDialog *>()), 30000);
        dialog->findChild<QComboBox *>(QStringLiteral("activeCombo"))->setCurrentIndex(2);
        Dialogs::setNextAnswers({true});
        dialog->accept();
        auto *progress = child<QWidget>("bulkProgressBar");
        QVERIFY(!progress->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(progress->isHidden(), 120000);
        QVERIFY2(m_worstGap < 1000, qPrintable(QString::number(m_worstGap)));
        {
            const ThreadGuard::TestFixtureScope fixture;
            QCOMPARE(
                m_database->count(QStringLiteral("auth_user"), QStringLiteral("is_active = 0")),
                batchUsers);
        }
        // Several entries a user: the pane shows the latest and says how many it does not.
        QCOMPARE(log()->rowCount(), LogModel::ShownLimit);
        QVERIFY(log()->hiddenCount() >= 2 * batchUsers - LogModel::ShownLimit);
        QVERIFY(!label("hiddenEntriesLabel")->isHidden());
    }

private:
    void startTicking()
    {
        m_worstGap = 0;
        m_sinceTick.start();
        m_ticker.start();
    }

    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    qint64 m_worstGap = 0;
};

QTEST_MAIN(TestLiveness)
#include "tst_liveness.moc"
