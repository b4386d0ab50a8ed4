#include "gui/browser/AccountActionController.h"

#include "gui/browser/OutcomeBatches.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"
#include "storage/SqlAccountStore.h"

AccountActionController::AccountActionController(QObject *parent)
    : QObject(parent)
{}

void AccountActionController::setDatabaseLocation(const QString &location,
                                                  const InstanceSettings &settings)
{
    m_location = location;
    m_settings = settings;
}

void AccountActionController::run(const UsersTableModel::SelectedRows &selection,
                                  const AccountActionRequest &request)
{
    m_job.start([this, selection, request, location = m_location, settings = m_settings](
                    const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        OutcomeBatches batches(run, [this](const QList<Outcome> &outcomes, int, int) {
            if (!outcomes.isEmpty())
                emit outcomesReported(outcomes);
        });
        AccountActionReport report;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            AccountActionRequest forIds = request;
            forIds.userIds = UsersTableModel::readIds(*database, selection);
            for (const BrowsedUser &user : selection.loaded) {
                StoredAccount seen;
                seen.id = user.id;
                seen.email = user.email;
                seen.name = user.name;
                seen.active = user.active;
                seen.superuser = user.superuser;
                seen.staff = user.staff;
                forIds.seen.insert(user.id, seen);
            }
            const std::unique_ptr<AccountStore> store = SqlAccountStore::create(*database);
            AccountActionObserver observer;
            static_cast<BatchObserver &>(observer) = batches.observer();
            report = AccountActions(*store, settings).run(forIds, observer);
            AuditTrails::record(*database, AccountActions::commandName(request.action), report);
        } catch (const StorageError &error) {
            batches.add(Outcome::error({}, error.message()));
            ++report.errors;
        }
        batches.flush();
        report.outcomes.clear();
        return [this, report] { emit finished(report); };
    });
}
