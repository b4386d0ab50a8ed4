#include "gui/browser/AccountActionController.h"

#include "gui/browser/OutcomeBatches.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"
#include "storage/SqlAccountStore.h"
#include "storage/UserDetailsReader.h"

namespace {
// Errors the finished report keeps, for a message naming them.
constexpr qsizetype KeptErrors = 5;
} // namespace

AccountActionController::AccountActionController(QObject *parent)
    : QObject(parent)
{
    // A run started from a finished() handler is already going by then.
    connect(&m_job, &BackgroundJob::finished, this,
            [this] { emit busyChanged(m_job.isRunning()); });
}

void AccountActionController::start(
    std::function<BackgroundJob::Completion(const BackgroundJob::Run &)> work)
{
    m_job.start(std::move(work));
    emit busyChanged(true);
}

void AccountActionController::setDatabaseLocation(const QString &location,
                                                  const InstanceSettings &settings)
{
    m_location = location;
    m_settings = settings;
}

void AccountActionController::run(const UsersTableModel::SelectedRows &selection,
                                  const AccountActionRequest &request)
{
    m_generated.clear();
    start([this, selection, request, location = m_location,
           settings = m_settings](const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        OutcomeBatches batches(run, [this](const QList<Outcome> &outcomes, int done, int total) {
            if (!outcomes.isEmpty())
                emit outcomesReported(outcomes);
            if (total > 0)
                emit progressChanged(done, total);
        });
        AccountActionReport report;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            AccountActionRequest forIds = request;
            forIds.userIds = UsersTableModel::readIds(*database, selection);
            forIds.seen = selection.seen();
            const std::unique_ptr<AccountStore> store = SqlAccountStore::create(*database);
            AccountActionObserver observer;
            static_cast<BatchObserver &>(observer) = batches.observer();
            // Straight to this object's thread: never in an outcome, a log or the audit trail.
            observer.passwordGenerated = [this, &run](const QString &email,
                                                      const Secret &password) {
                run.post([this, email, password] { m_generated.append({email, password}); });
            };
            report = AccountActions(*store, settings).run(forIds, observer);
            AuditTrails::record(*database, AccountActions::commandName(request.action), report);
        } catch (const StorageError &error) {
            batches.add(Outcome::error({}, error.message()));
            report.outcomes.append(Outcome::error({}, error.message()));
            ++report.errors;
        }
        batches.flush();
        report.outcomes.removeIf(
            [](const Outcome &outcome) { return outcome.kind != Outcome::Kind::Error; });
        report.outcomes.resize(std::min(report.outcomes.size(), KeptErrors));
        return [this, report] {
            if (!m_generated.isEmpty())
                emit passwordsGenerated(std::exchange(m_generated, {}));
            emit finished(report);
        };
    });
}

template<typename Survey>
void AccountActionController::survey(
    const UsersTableModel::SelectedRows &selection,
    std::function<Survey(const Database &database, const QList<qint64> &ids)> read,
    void (AccountActionController::*deliver)(const Survey &))
{
    start([this, selection, location = m_location, read = std::move(read),
           deliver](const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        Survey result;
        try {
            const std::unique_ptr<Database> database = Database::open(location);
            const QList<qint64> ids = UsersTableModel::readIds(*database, selection);
            if (run.stopRequested())
                return {};
            result = read(*database, ids);
        } catch (const StorageError &error) {
            return [this, message = error.message()] { emit failed(message); };
        }
        return [this, result, deliver] { emit(this->*deliver)(result); };
    });
}

void AccountActionController::surveyTwoFactor(const UsersTableModel::SelectedRows &selection)
{
    survey<TwoFactorSurvey>(
        selection,
        [](const Database &database, const QList<qint64> &ids) {
            TwoFactorSurvey survey;
            survey.users = ids.size();
            const std::optional<UserDetailsReader::AuthenticatorCounts> counts =
                UserDetailsReader::authenticatorCounts(database, ids);
            survey.hasAuthenticators = counts.has_value();
            if (counts) {
                survey.enrolledUsers = counts->enrolledUsers;
                for (const int type : AccountActions::inSentryOrder(counts->usersByType.keys()))
                    survey.methods.append({AccountActions::twoFactorMethodName(type),
                                           counts->usersByType.value(type)});
            }
            return survey;
        },
        &AccountActionController::surveyed);
}

void AccountActionController::surveyMemberships(const UsersTableModel::SelectedRows &selection)
{
    survey<MembershipSurvey>(
        selection,
        [](const Database &database, const QList<qint64> &ids) {
            MembershipSurvey survey;
            survey.users = ids.size();
            survey.choices = OrganizationListing::organizationsAndTeams(database);
            survey.members = OrganizationListing::membershipCounts(database, ids);
            return survey;
        },
        &AccountActionController::surveyedMemberships);
}
