#include "gui/AccountDoctorController.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtConcurrent>
#include <functional>

namespace {
// Collects findings on the worker and hands them on BatchSize at a time.
class Batches
{
public:
    using Send = std::function<void(const QList<AccountFinding> &)>;

    explicit Batches(Send send)
        : m_send(std::move(send))
    {}

    // Returns the finding as kept: the texts of a check name an organization, a team or a count,
    // never the account, so a million findings share a few texts rather than hold a copy each.
    AccountFinding add(AccountFinding finding)
    {
        finding.message = *m_texts.insert(finding.message);
        m_pending.append(finding);
        if (m_pending.size() >= AccountDoctorController::BatchSize)
            flush();
        return finding;
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        m_send(m_pending);
        m_pending.clear();
    }

private:
    Send m_send;
    QList<AccountFinding> m_pending;
    QSet<QString> m_texts;
};

// The fixes of each account, in the order the accounts were first repaired: a repair goes check
// by check, while an operator reading the log asks what happened to one account.
class RepairLog
{
    Q_DECLARE_TR_FUNCTIONS(AccountDoctorController)

public:
    void add(const AccountFinding &fix)
    {
        auto found = m_fixes.find(fix.subject);
        if (found == m_fixes.end()) {
            m_accounts.append(fix.subject);
            found = m_fixes.insert(fix.subject, {});
        }
        found->append(fix.message);
    }

    QList<Outcome> outcomes() const
    {
        QList<Outcome> outcomes;
        outcomes.reserve(m_accounts.size());
        for (const QString &account : m_accounts) {
            const QString fixes = m_fixes.value(account).join(QStringLiteral("; "));
            // Rows whose user is gone (a mapping left behind) have no email to name.
            const QString message = account.isEmpty() ? tr("Repaired: %1").arg(fixes)
                                                      : tr("Repaired %1: %2").arg(account, fixes);
            outcomes.append(Outcome{Outcome::Kind::Updated, account, message});
        }
        return outcomes;
    }

private:
    QStringList m_accounts;
    QHash<QString, QStringList> m_fixes;
};
} // namespace

AccountDoctorController::AccountDoctorController(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<AccountDoctorResult>::finished, this,
            [this] { emit finished(m_watcher.result()); });
}

AccountDoctorController::~AccountDoctorController()
{
    cancel();
    wait();
}

void AccountDoctorController::setDatabase(const Database *database,
                                          const InstanceSettings &settings)
{
    m_database = database;
    m_settings = settings;
}

bool AccountDoctorController::isRunning() const
{
    return m_watcher.isRunning();
}

void AccountDoctorController::check()
{
    run(false);
}

void AccountDoctorController::repair()
{
    run(true);
}

void AccountDoctorController::run(bool repairFirst)
{
    if (isRunning() || !m_database)
        return;
    m_cancel = false;
    // Signals emitted on the worker reach the GUI thread queued, as this object lives there, and
    // in the order they were emitted: the last findings arrive before finished().
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [this, repairFirst, settings = m_settings] {
        AccountDoctorResult result;
        Batches fixes([this](const QList<AccountFinding> &batch) { emit repaired(batch); });
        Batches findings([this](const QList<AccountFinding> &batch) { emit found(batch); });
        RepairLog log;
        // Asked between checks: the findings of the check just done go out with it.
        const auto cancelled = [this](Batches &pending) {
            return [this, &pending] {
                pending.flush();
                return m_cancel.load();
            };
        };
        try {
            const std::unique_ptr<Database> connection = m_database->reopen();
            AccountDoctor doctor(*connection, settings);
            if (repairFirst) {
                result.cancelled = !doctor.repair(
                    [&](const AccountFinding &fix) { log.add(fixes.add(fix)); }, cancelled(fixes));
                fixes.flush();
            }
            if (!result.cancelled) {
                emit checkStarted();
                result.cancelled =
                    !doctor.check([&](const AccountFinding &finding) { findings.add(finding); },
                                  cancelled(findings));
                findings.flush();
            }
        } catch (const StorageError &error) {
            // The checks repaired before the error stay repaired, and are reported.
            fixes.flush();
            findings.flush();
            result.error = error.message();
        }
        QList<Outcome> outcomes = log.outcomes();
        if (!result.error.isEmpty())
            outcomes.append(Outcome::error({}, result.error));
        for (qsizetype first = 0; first < outcomes.size(); first += BatchSize)
            emit outcomesReported(outcomes.mid(first, BatchSize));
        return result;
    }));
}

void AccountDoctorController::cancel()
{
    m_cancel = true;
}

void AccountDoctorController::wait()
{
    m_watcher.waitForFinished();
}
