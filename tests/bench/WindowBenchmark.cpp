#include "domain/Outcome.h"
#include "gui/Dialogs.h"
#include "gui/LogModel.h"
#include "gui/LogPane.h"
#include "gui/MainWindow.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/BulkUpdateDialog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <functional>

// The window's liveness: the longest wait of a 10 ms timer on the GUI thread while a
// 10,000-user batch and a bulk update of them run through the real window (target: 50 ms), and
// the GUI thread's time spent taking 1,000,000 outcomes into the log pane, in the chunks a bulk
// update sends them.
namespace {
constexpr int users = 10'000;

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

// The longest gap between ticks of a 10 ms timer while `run` goes on.
qint64 worstTimerGap(const std::function<void()> &start, const std::function<bool()> &done)
{
    QTimer ticker;
    ticker.setInterval(10);
    QElapsedTimer sinceTick;
    qint64 worst = 0;
    QObject::connect(&ticker, &QTimer::timeout,
                     [&] { worst = std::max(worst, sinceTick.restart() - 10); });
    sinceTick.start();
    ticker.start();
    start();
    if (!waitUntil(done, 600'000))
        qFatal("window benchmark: timed out");
    return worst;
}
} // namespace

int runWindowBenchmark(QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("window.sqlite3"));
    {
        const std::unique_ptr<Database> database = Database::open(path);
        InstanceSettings settings = database->instanceSettings();
        settings.passwordIterations = 1; // the window is measured, not PBKDF2
        database->saveInstanceSettings(settings);
    }
    // Nobody answers dialogs here: the bench queues its answers, and no modal ever waits.
    Dialogs::setTestMode(true);
    auto window = std::make_unique<MainWindow>();
    bool opened = false;
    QObject::connect(window.get(), &MainWindow::databaseOpened, [&] { opened = true; });
    window->openDatabase(path);
    window->show();
    auto *create = window->findChild<QAction *>(QStringLiteral("actionCreateUsers"));
    if (!waitUntil([&] { return opened; }, 60'000))
        qFatal("window benchmark: the database did not open");

    QStringList emails;
    for (int i = 0; i < users; ++i)
        emails << QStringLiteral("bench%1@example.com").arg(i);
    window->findChild<QPlainTextEdit *>(QStringLiteral("emailsEdit"))
        ->setPlainText(emails.join(QLatin1Char('\n')));
    for (const char *name : {"passwordEdit", "confirmPasswordEdit"})
        window->findChild<QLineEdit *>(QLatin1String(name))
            ->setText(QStringLiteral("Corr3ct-Horse-Battery"));
    if (!waitUntil([&] { return create->isEnabled(); }, 60'000))
        qFatal("window benchmark: the form did not become ready");
    auto *batchPanel = window->findChild<QWidget *>(QStringLiteral("batchPanel"));
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 batchGap =
        worstTimerGap([&] { create->trigger(); }, [&] { return batchPanel->isHidden(); });
    out << QStringLiteral("  %1-user batch (1 iteration): %2 s, longest timer delay %3 ms\n")
               .arg(users)
               .arg(double(elapsed.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(batchGap);
    out.flush();

    auto *view = window->findChild<QTableView *>(QStringLiteral("usersView"));
    if (!waitUntil([&] { return view->model()->rowCount() == users; }, 60'000))
        qFatal("window benchmark: the users did not show");
    view->selectAll();
    auto *bulkProgress = window->findChild<QWidget *>(QStringLiteral("bulkProgressBar"));
    bool started = false;
    elapsed.start();
    const qint64 bulkGap = worstTimerGap(
        [&] { window->findChild<QAction *>(QStringLiteral("actionBulkUpdate"))->trigger(); },
        [&] {
            if (!started) {
                auto *dialog = window->findChild<BulkUpdateDialog *>();
                if (dialog) {
                    dialog->findChild<QComboBox *>(QStringLiteral("activeCombo"))
                        ->setCurrentIndex(2);
                    Dialogs::setNextAnswers({true});
                    dialog->accept();
                    started = true;
                }
                return false;
            }
            return bulkProgress->isHidden();
        });
    out << QStringLiteral("  bulk update of %1 users: %2 s, longest timer delay %3 ms\n")
               .arg(users)
               .arg(double(elapsed.elapsed()) / 1000.0, 0, 'f', 1)
               .arg(bulkGap);
    out.flush();
    window.reset();
    BackgroundJob::waitForAll(60'000);

    // The log pane's share of a 1,000,000-outcome bulk update: the chunks it receives (256 users
    // a transaction without a password), each taken in, appended to the database's journal and
    // drawn.
    QTemporaryDir journalDir;
    const QString journal = journalDir.filePath(QStringLiteral("log/bench.log"));
    LogPane pane;
    pane.setDatabase(QStringLiteral("bench"), journal);
    pane.resize(900, 300);
    pane.show();
    QList<Outcome> chunk;
    for (int i = 0; i < 256; ++i)
        chunk << Outcome::updated(QStringLiteral("user%1@example.com").arg(i));
    constexpr int outcomes = 1'000'000;
    QElapsedTimer gui;
    qint64 guiNs = 0;
    qint64 worstChunkNs = 0;
    for (int sent = 0; sent < outcomes; sent += int(chunk.size())) {
        gui.start();
        pane.appendAll(chunk);
        QCoreApplication::processEvents();
        const qint64 spent = gui.nsecsElapsed();
        guiNs += spent;
        worstChunkNs = std::max(worstChunkNs, spent);
    }
    out << QStringLiteral("  log pane, %1 outcomes in chunks of %2: %3 ms on the GUI thread "
                          "(%4 µs a chunk at most)\n")
               .arg(outcomes)
               .arg(chunk.size())
               .arg(guiNs / 1'000'000)
               .arg(worstChunkNs / 1000);
    out.flush();

    // A restart on that journal (at its limit, moved aside once or more): the tail is read on a
    // worker; the GUI thread only takes the rows in.
    LogPane reopened;
    QEventLoop loaded;
    QObject::connect(reopened.model(), &LogModel::loaded, &loaded, &QEventLoop::quit);
    QElapsedTimer load;
    load.start();
    reopened.setDatabase(QStringLiteral("bench"), journal);
    const qint64 startNs = load.nsecsElapsed();
    if (reopened.model()->isLoading())
        loaded.exec();
    out << QStringLiteral("  log pane reopened on a %1 MB journal: %2 ms until the latest %3 "
                          "entries show (%4 µs of it on the GUI thread to start the read)\n")
               .arg((QFileInfo(journal).size() + QFileInfo(journal + QStringLiteral(".1")).size()) /
                    (1024 * 1024))
               .arg(load.elapsed())
               .arg(reopened.model()->rowCount())
               .arg(startNs / 1000);
    out.flush();
    return 0;
}
