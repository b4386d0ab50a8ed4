#include "gui/AccountDoctorDialog.h"

#include "gui/AccountDoctorController.h"
#include "gui/AccountFindingsModel.h"
#include "gui/Dialogs.h"
#include "storage/Database.h"
#include "ui_AccountDoctorDialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

AccountDoctorDialog::AccountDoctorDialog(std::shared_ptr<const Database> database,
                                         const InstanceSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDoctorDialog>())
    , m_database(database)
    , m_model(new AccountFindingsModel(this))
    , m_controller(std::make_unique<AccountDoctorController>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("accountDoctorDialog"));
    m_ui->findingsView->setModel(m_model);
    QHeaderView *header = m_ui->findingsView->horizontalHeader();
    // Sized once rather than to the contents: a million findings arrive in batches, and each
    // batch would otherwise measure the column again.
    header->setSectionResizeMode(AccountFindingsModel::AccountColumn, QHeaderView::Interactive);
    const QString typicalEmail = QStringLiteral("firstname.lastname@example.com");
    header->resizeSection(AccountFindingsModel::AccountColumn,
                          fontMetrics().horizontalAdvance(typicalEmail));
    header->setSectionResizeMode(AccountFindingsModel::FindingColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AccountFindingsModel::KindColumn, QHeaderView::ResizeToContents);
    m_controller->setDatabase(database, settings);

    connect(m_controller.get(), &AccountDoctorController::checkStarted, this, [this] {
        m_job = Job::Checking;
        updateState();
    });
    connect(m_controller.get(), &AccountDoctorController::found, this,
            [this](const QList<AccountFinding> &findings) {
                m_model->addFindings(findings);
                updateState();
            });
    connect(m_controller.get(), &AccountDoctorController::repaired, this,
            [this](const QList<AccountFinding> &fixes) {
                m_model->addFixes(fixes);
                updateState();
            });
    // Straight on from the worker: the log pane gets them queued, even when this dialog is
    // deleted (closed and opened again) before they arrive.
    connect(m_controller.get(), &AccountDoctorController::outcomesReported, this,
            &AccountDoctorDialog::outcomesReported, Qt::DirectConnection);
    connect(m_controller.get(), &AccountDoctorController::finished, this,
            &AccountDoctorDialog::jobFinished);
    connect(m_ui->cancelButton, &QPushButton::clicked, m_controller.get(),
            &AccountDoctorController::cancel);
    connect(m_ui->repairButton, &QPushButton::clicked, this, &AccountDoctorDialog::repair);
    connect(m_ui->checkAgainButton, &QPushButton::clicked, this, &AccountDoctorDialog::check);

    retranslate();
    check();
}

AccountDoctorDialog::~AccountDoctorDialog()
{
    // Nothing more of a running job arrives once its controller is gone.
}

bool AccountDoctorDialog::isRunning() const
{
    // Until its end has arrived, not merely happened on the worker: findings may be on their way.
    return m_job != Job::None;
}

void AccountDoctorDialog::check()
{
    if (isRunning() || m_closed)
        return;
    m_model->clear();
    m_error.clear();
    m_cancelled = false;
    m_job = Job::Checking;
    m_controller->check();
    updateState();
}

void AccountDoctorDialog::repair()
{
    if (isRunning() || m_closed || m_model->repairableCount() == 0)
        return;
    const QString question =
        tr("Repair the accounts of %1?").arg(m_database->displayName()) + QStringLiteral("\n\n") +
        describeRepairs().join(QLatin1Char('\n')) + QStringLiteral("\n\n") +
        tr("Each check is repaired in its own transaction. Notes are left as they are.");
    if (!Dialogs::ask(this, tr("Repair accounts"), question, tr("Repair"), tr("Cancel")))
        return;
    m_model->clear();
    m_error.clear();
    m_cancelled = false;
    m_job = Job::Repairing;
    m_controller->repair();
    updateState();
}

QStringList AccountDoctorDialog::describeRepairs() const
{
    QStringList lines;
    for (const auto &[check, count] : m_model->repairableByCheck())
        lines << QStringLiteral("• ") + describeRepair(check, count);
    return lines;
}

QString AccountDoctorDialog::describeRepair(const QString &check, int count)
{
    // The keys of AccountChecks; a check added there without a text here is still named.
    if (check == u"mapping-disagrees")
        return tr("Correct %Ln member mapping(s) that disagree with their membership", nullptr,
                  count);
    if (check == u"stale-mapping")
        return tr("Remove %Ln member mapping(s) of memberships that no longer exist", nullptr,
                  count);
    if (check == u"missing-mapping")
        return tr("Add %Ln member mapping(s)", nullptr, count);
    if (check == u"member-user-copies")
        return tr("Copy the user's email and active flag into %Ln membership(s)", nullptr, count);
    if (check == u"missing-useremail")
        return tr("Add %Ln unverified sentry_useremail row(s)", nullptr, count);
    if (check == u"stale-replica")
        return tr("Remove %Ln team-membership replica(s) of team memberships that no longer exist",
                  nullptr, count);
    if (check == u"missing-replica")
        return tr("Add %Ln team-membership replica(s)", nullptr, count);
    if (check == u"duplicate-role-links")
        return tr("Remove the duplicate user-role links of %Ln user(s)", nullptr, count);
    if (check == u"role-without-superuser")
        return tr("Take the Super Admin user role from %Ln non-superuser(s)", nullptr, count);
    if (check == u"superuser-without-role")
        return tr("Give %Ln superuser(s) the Super Admin user role", nullptr, count);
    return tr("Repair %Ln finding(s) of the check \"%1\"", nullptr, count).arg(check);
}

void AccountDoctorDialog::done(int result)
{
    // Closing never waits on a query: the job stops before its next check and the dialog goes
    // at once; it is deleted once the job is over (jobFinished).
    m_closed = true;
    m_controller->cancel();
    QDialog::done(result);
    if (!isRunning())
        deleteLater();
}

void AccountDoctorDialog::jobFinished(const AccountDoctorResult &result)
{
    if (m_closed) {
        deleteLater();
        return;
    }
    m_cancelled = result.cancelled;
    m_error = result.error;
    m_job = Job::None;
    updateState();
}

void AccountDoctorDialog::updateState()
{
    const bool running = isRunning();
    m_ui->busyBar->setVisible(running);
    m_ui->cancelButton->setVisible(running);
    m_ui->repairButton->setEnabled(!running && m_model->repairableCount() > 0);
    m_ui->checkAgainButton->setEnabled(!running);

    const QString fixes = tr("%Ln fix(es) made", nullptr, m_model->repairedCount());
    QStringList counts;
    if (m_model->repairedCount() > 0)
        counts << fixes;
    counts << tr("%Ln repairable finding(s)", nullptr, m_model->repairableCount())
           << tr("%Ln note(s)", nullptr, m_model->noteCount());
    const QString summary = QLocale().createSeparatedList(counts);
    // The findings are those of the check after the repair: none yet while it runs.
    if (m_job == Job::Repairing)
        m_ui->summaryLabel->setText(tr("Repairing: %1").arg(fixes));
    else if (m_job == Job::Checking)
        m_ui->summaryLabel->setText(tr("Checking the accounts: %1").arg(summary));
    else if (m_cancelled)
        m_ui->summaryLabel->setText(tr("Cancelled, so the list is incomplete: %1").arg(summary));
    else if (m_error.isEmpty() && m_model->rowCount() == 0)
        m_ui->summaryLabel->setText(tr("Nothing found: every account is in step."));
    else
        m_ui->summaryLabel->setText(summary);

    m_ui->errorLabel->setVisible(!m_error.isEmpty());
    m_ui->errorLabel->setText(tr("Stopped by an error: %1").arg(m_error));
}

void AccountDoctorDialog::retranslate()
{
    m_ui->introLabel->setText(
        tr("The accounts of %1 (%2), checked for the rows that Sentry's own code keeps in step "
           "and a direct SQL writer can leave behind. A repair writes only those rows; notes "
           "are for your information.")
            .arg(m_database->displayName(), m_database->layout().description()));
    m_model->retranslate();
    updateState();
}

void AccountDoctorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}
