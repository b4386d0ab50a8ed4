#include "gui/AuditTrailDialog.h"

#include "domain/AccountActions.h"
#include "domain/DisplayText.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"
#include "ui_AuditTrailDialog.h"

#include <QDateEdit>

namespace {
// The actions the command line and the window record (AuditCommands, the window's controllers).
QStringList recordedActions()
{
    QStringList actions{QStringLiteral("createuser"), QStringLiteral("force-update")};
    for (const AccountAction action :
         {AccountAction::SetPassword, AccountAction::Activate, AccountAction::Deactivate,
          AccountAction::ChangeEmail, AccountAction::ResetTwoFactor,
          AccountAction::JoinOrganization, AccountAction::ChangeRole, AccountAction::AddTeams,
          AccountAction::RemoveTeams, AccountAction::LeaveOrganization})
        actions << AccountActions::commandName(action);
    return actions << QStringLiteral("doctor-repair") << QStringLiteral("import-users");
}
// Users named in the list before "and N more".
constexpr int shownEmails = 3;
} // namespace

AuditTrailDialog::AuditTrailDialog(std::shared_ptr<const Database> database, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditTrailDialog>())
    , m_database(std::move(database))
{
    m_ui->setupUi(this);
    m_ui->actionCombo->addItem(tr("All actions"), QString());
    for (const QString &action : recordedActions())
        m_ui->actionCombo->addItem(action, action);
    m_ui->sinceEdit->setDate(QDate::currentDate().addDays(-30));
    m_filterDelay.setSingleShot(true);
    m_filterDelay.setInterval(250);
    connect(&m_filterDelay, &QTimer::timeout, this, &AuditTrailDialog::readRecords);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, &m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_ui->actionCombo, &QComboBox::currentIndexChanged, this,
            &AuditTrailDialog::readRecords);
    connect(m_ui->sinceCheck, &QCheckBox::toggled, this, &AuditTrailDialog::readRecords);
    connect(m_ui->sinceEdit, &QDateEdit::dateChanged, this, &AuditTrailDialog::readRecords);
    readRecords();
}

AuditTrailDialog::~AuditTrailDialog() = default;

AuditFilter AuditTrailDialog::filter() const
{
    AuditFilter filter;
    filter.email = m_ui->emailEdit->text().trimmed();
    filter.action = m_ui->actionCombo->currentData().toString();
    if (m_ui->sinceCheck->isChecked())
        filter.since = m_ui->sinceEdit->date();
    return filter;
}

void AuditTrailDialog::readRecords()
{
    m_ui->statusLabel->setText(tr("Reading…"));
    m_job.start([this, database = m_database,
                 filter = filter()](const BackgroundJob::Run &) -> BackgroundJob::Completion {
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            QList<AuditRecord> records = AuditTrails::forDatabase(*connection)->read(filter);
            return [this, records = std::move(records)] { showRecords(records); };
        } catch (const StorageError &error) {
            return [this, message = error.message()] {
                m_ui->recordsList->clear();
                m_ui->statusLabel->setText(tr("Cannot read the audit trail: %1").arg(message));
            };
        }
    });
}

void AuditTrailDialog::showRecords(const QList<AuditRecord> &records)
{
    m_ui->recordsList->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(records.size());
    // Newest first: what an operator looks for is usually recent.
    for (auto record = records.crbegin(); record != records.crend(); ++record) {
        QStringList emails;
        for (const QString &email : record->emails.mid(0, shownEmails))
            emails << DisplayText::visible(email);
        QString users = emails.join(QStringLiteral(", "));
        if (record->emails.size() > shownEmails)
            users =
                tr("%1 and %Ln more", nullptr, int(record->emails.size() - shownEmails)).arg(users);
        items << new QTreeWidgetItem(
            {DisplayText::dateTime(record->when), DisplayText::visible(record->operatorName),
             DisplayText::visible(record->action), users, DisplayText::visible(record->outcome)});
    }
    m_ui->recordsList->addTopLevelItems(items);
    for (int column = 0; column < m_ui->recordsList->columnCount() - 1; ++column)
        m_ui->recordsList->resizeColumnToContents(column);
    m_ui->statusLabel->setText(tr("%Ln record(s)", nullptr, int(records.size())));
    emit recordsShown(int(records.size()));
}
