#include "gui/AccountDoctorController.h"

#include "storage/AuditTrails.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
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
{}

AccountDoctorController::~AccountDoctorController() = default;

void AccountDoctorController::setDatabase(std::shared_ptr<const Database> database,
                                          const InstanceSettings &settings)
{
    m_database = std::move(database);
    m_settings = settings;
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
    // Posted calls arrive in the order posted: the last findings before the end. The work
    // touches no member: the controller may be gone before it ends.
    m_job.start([this, repairFirst, database = m_database, settings = m_settings](
                    const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        AccountDoctorResult result;
        Batches fixes([this, &run](const QList<AccountFinding> &batch) {
            run.post([this, batch] { emit repaired(batch); });
        });
        Batches findings([this, &run](const QList<AccountFinding> &batch) {
            run.post([this, batch] { emit found(batch); });
        });
        RepairLog log;
        // Asked between checks: the findings of the check just done go out with it.
        const auto cancelled = [&run](Batches &pending) {
            return [&run, &pending] {
                pending.flush();
                return run.stopRequested();
            };
        };
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            AccountDoctor doctor(*connection, settings);
            if (repairFirst) {
                result.cancelled = !doctor.repair(
                    [&](const AccountFinding &fix) { log.add(fixes.add(fix)); }, cancelled(fixes));
                fixes.flush();
                AuditTrails::record(*connection, QStringLiteral("doctor-repair"),
                                    AuditRecord::emailsOf(log.outcomes()),
                                    result.cancelled ? QStringLiteral("cancelled")
                                                     : QStringLiteral("done"));
            }
            if (!result.cancelled) {
                run.post([this] { emit checkStarted(); });
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
            run.post(
                [this, batch = outcomes.mid(first, BatchSize)] { emit outcomesReported(batch); });
        return [this, result] { emit finished(result); };
    });
}

void AccountDoctorController::cancel()
{
    m_job.requestStop();
}
