#pragma once

#include "domain/AccountActions.h"
#include "domain/InstanceSettings.h"
#include "gui/browser/BackgroundJob.h"
#include "gui/browser/UsersTableModel.h"
#include "storage/OrganizationListing.h"

#include <QObject>
#include <functional>

class Database;

// The two-factor methods enrolled among the selected users, read before Reset two-factor asks.
struct TwoFactorSurvey
{
    // The database has Sentry's auth_authenticator table.
    bool hasAuthenticators = true;
    qsizetype users = 0;
    // Users with at least one method.
    qsizetype enrolledUsers = 0;
    // Each method (Sentry's name), with how many of the users have it; recovery codes last.
    QList<std::pair<QString, qsizetype>> methods;
};

// What Organizations and teams… offers the selected users, read on a worker: every organization
// with its teams, and how many of the users are already in each.
struct MembershipSurvey
{
    qsizetype users = 0;
    OrganizationListing::OrganizationsAndTeams choices;
    OrganizationListing::MembershipCounts members;
};

// Runs an account action (set password, deactivate, change email...) on the browser's selected
// users, on a worker: the selection's ids are read there, then each user is changed in its own
// transaction and reported by one outcome, and the run is recorded in the audit trail.
class AccountActionController : public QObject
{
    Q_OBJECT

public:
    using GeneratedPasswords = QList<std::pair<QString, Secret>>;

    explicit AccountActionController(QObject *parent = nullptr);

    void setDatabaseLocation(const QString &location, const InstanceSettings &settings);
    void run(const UsersTableModel::SelectedRows &selection, const AccountActionRequest &request);
    // Reads the two-factor methods of the selection (surveyed(), or failed()).
    void surveyTwoFactor(const UsersTableModel::SelectedRows &selection);
    // Reads the organizations, their teams and the selection's memberships (surveyedMemberships(),
    // or failed()).
    void surveyMemberships(const UsersTableModel::SelectedRows &selection);
    bool isRunning() const { return m_job.isRunning(); }
    // Asks the running action or survey to stop: an action between users (each one is written
    // whole or not at all), a survey at once.
    void cancel() { m_job.requestStop(); }

signals:
    // A run or survey started (true), or none is left running (false).
    void busyChanged(bool busy);
    // Users done of the run's total, while it writes.
    void progressChanged(int done, int total);
    void outcomesReported(const QList<Outcome> &outcomes);
    // The passwords a SetPassword run generated, once, just before finished(); they are in no
    // outcome.
    void passwordsGenerated(const AccountActionController::GeneratedPasswords &passwords);
    // The report's outcomes are its first errors only: every outcome went to outcomesReported.
    void finished(const AccountActionReport &report);
    void surveyed(const TwoFactorSurvey &survey);
    void surveyedMemberships(const MembershipSurvey &survey);
    void failed(const QString &message);

private:
    void start(std::function<BackgroundJob::Completion(const BackgroundJob::Run &)> work);
    // Reads the selection's ids on a worker, then `read` makes the survey of them, which goes to
    // `deliver` (a failure to failed()); Cancel drops it.
    template<typename Survey>
    void survey(const UsersTableModel::SelectedRows &selection,
                std::function<Survey(const Database &database, const QList<qint64> &ids)> read,
                void (AccountActionController::*deliver)(const Survey &));

    BackgroundJob m_job;
    QString m_location;
    InstanceSettings m_settings;
    // What the running SetPassword generated so far, on this thread.
    GeneratedPasswords m_generated;
};
