#include "gui/ImportUsersDialog.h"

#include "domain/DisplayText.h"
#include "gui/browser/GeneratedPasswords.h"
#include "gui/browser/OutcomeBatches.h"
#include "storage/AuditTrails.h"
#include "storage/Database.h"
#include "ui_ImportUsersDialog.h"

#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QStandardItemModel>

namespace {
// Larger files are refused rather than read into memory (as useradmin-cli refuses them).
constexpr qint64 MaximumFileSize = 256 * 1024 * 1024;
} // namespace

ImportUsersDialog::ImportUsersDialog(std::shared_ptr<const Database> database,
                                     const InstanceSettings &settings, const QString &fileName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportUsersDialog>())
    , m_database(std::move(database))
    , m_settings(settings)
    , m_fileName(fileName)
    , m_model(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Email"), tr("Verdict")});
    m_ui->verdictView->setModel(m_model);
    m_ui->verdictView->horizontalHeader()->setStretchLastSection(true);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportUsersDialog::startImport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportUsersDialog::cancel);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->leaveOutCheck, &QCheckBox::toggled, this, &ImportUsersDialog::updateState);
    connect(&m_job, &BackgroundJob::finished, this, [this] {
        updateState();
        if (m_closed)
            deleteLater();
    });
    m_ui->summaryLabel->setText(tr("Reading %1…").arg(DisplayText::visible(m_fileName)));

    // Reading and checking the file touch the disk and the database: in the background.
    m_job.start([this, database = m_database, settings = m_settings,
                 fileName = m_fileName](const BackgroundJob::Run &) -> BackgroundJob::Completion {
        ImportFile file;
        QList<RowVerdict> verdicts;
        QString error;
        QFile input(fileName);
        if (!input.open(QIODevice::ReadOnly))
            error = tr("Cannot read %1: %2").arg(fileName, input.errorString());
        else if (input.size() > MaximumFileSize)
            error = tr("%1 is larger than %2 MB.").arg(fileName).arg(MaximumFileSize >> 20);
        else
            file = UserImport::read(input.readAll());
        if (error.isEmpty() && file.problem.isEmpty()) {
            try {
                const std::unique_ptr<Database> connection = database->reopen();
                const std::unique_ptr<UserDirectory> directory = connection->userDirectory();
                verdicts = UserImport(*directory, settings).check(file);
            } catch (const StorageError &storageError) {
                error = storageError.message();
            }
        }
        return [this, file, verdicts, error] { showVerdicts(file, verdicts, error); };
    });
    updateState();
}

ImportUsersDialog::~ImportUsersDialog() = default;

void ImportUsersDialog::showVerdicts(const ImportFile &file, const QList<RowVerdict> &verdicts,
                                     const QString &error)
{
    m_file = file;
    m_verdicts = verdicts;
    m_checked = error.isEmpty() && file.problem.isEmpty();
    for (const RowVerdict &verdict : verdicts) {
        const QString text = verdict.isValid()
                                 ? (verdict.exists ? tr("exists: skipped") : tr("valid"))
                                 : DisplayText::visible(verdict.problem);
        auto *line = new QStandardItem(QString::number(verdict.line));
        auto *email =
            new QStandardItem(DisplayText::visible(DisplayText::shortened(verdict.email)));
        auto *what = new QStandardItem(text);
        m_model->appendRow({line, email, what});
    }
    m_ui->verdictView->resizeColumnToContents(0);
    m_ui->verdictView->resizeColumnToContents(1);
    const qsizetype invalid = invalidLines().size();
    if (!error.isEmpty())
        m_ui->summaryLabel->setText(DisplayText::visible(error));
    else if (!file.problem.isEmpty())
        m_ui->summaryLabel->setText(DisplayText::visible(
            UserImport::tr("line %1: %2").arg(file.problemLine).arg(file.problem)));
    else
        m_ui->summaryLabel->setText(
            tr("%n row(s) read; %1", nullptr, int(verdicts.size()))
                .arg(invalid == 0 ? tr("all valid")
                                  : tr("%n invalid: nothing is written while they are included",
                                       nullptr, int(invalid))));
    if (file.hasPasswordColumn)
        m_ui->summaryLabel->setText(m_ui->summaryLabel->text() + QLatin1Char('\n') +
                                    tr("The file has a password column: passwords do not belong "
                                       "in spreadsheets."));
}

QSet<int> ImportUsersDialog::invalidLines() const
{
    QSet<int> lines;
    for (const RowVerdict &verdict : m_verdicts)
        if (!verdict.isValid())
            lines.insert(verdict.line);
    return lines;
}

void ImportUsersDialog::updateState()
{
    const bool running = m_job.isRunning();
    const qsizetype invalid = invalidLines().size();
    const bool included = invalid > 0 && !m_ui->leaveOutCheck->isChecked();
    m_ui->importButton->setEnabled(!running && m_checked && !m_imported && !included &&
                                   m_verdicts.size() > invalid);
    m_ui->leaveOutCheck->setEnabled(!running && !m_imported && invalid > 0);
    m_ui->generateCheck->setEnabled(!running && !m_imported);
    m_ui->cancelButton->setEnabled(running && m_imported);
    m_ui->progressBar->setVisible(running && m_imported);
}

void ImportUsersDialog::startImport()
{
    if (!m_ui->importButton->isEnabled())
        return;
    const ImportFile file =
        m_ui->leaveOutCheck->isChecked() ? m_file.without(invalidLines()) : m_file;
    UserImport::Options options;
    options.generatePasswords = m_ui->generateCheck->isChecked();
    m_imported = true;
    m_ui->progressBar->setRange(0, 0);
    m_job.start([this, file, options, database = m_database, settings = m_settings](
                    const BackgroundJob::Run &run) -> BackgroundJob::Completion {
        OutcomeBatches batches(run, [this](const QList<Outcome> &outcomes, int done, int total) {
            if (!outcomes.isEmpty())
                emit outcomesReported(outcomes);
            if (total > 0) {
                m_ui->progressBar->setRange(0, total);
                m_ui->progressBar->setValue(done);
            }
        });
        ImportObserver observer;
        static_cast<BatchObserver &>(observer) = batches.observer();
        observer.passwordGenerated = [this, &run](const QString &email, const Secret &password) {
            run.post([this, email, password] { m_passwords.append({email, password}); });
        };
        ImportReport report;
        try {
            const std::unique_ptr<Database> connection = database->reopen();
            const std::unique_ptr<UserDirectory> directory = connection->userDirectory();
            report = UserImport(*directory, settings).run(file, options, observer);
            AuditTrails::record(*connection, QStringLiteral("import-users"), report);
        } catch (const StorageError &error) {
            batches.add(Outcome::error({}, error.message()));
            ++report.errors;
        }
        batches.flush();
        report.outcomes.clear();
        return [this, report] {
            importFinished(report);
            emit imported();
        };
    });
    updateState();
}

void ImportUsersDialog::importFinished(const ImportReport &report)
{
    m_ui->summaryLabel->setText((report.cancelled ? tr("Cancelled: ") : QString()) +
                                tr("%1 created, %2 skipped as existing, %3 errors (see the log).")
                                    .arg(report.created)
                                    .arg(report.skipped)
                                    .arg(report.errors));
    if (m_passwords.isEmpty())
        return;
    // Shown once: the passwords live in the panel only, until the dialog closes.
    m_ui->passwordsPanel->showPasswords(std::exchange(m_passwords, {}),
                                        QFileInfo(m_fileName).absolutePath());
}

void ImportUsersDialog::cancel()
{
    m_job.requestStop();
}

void ImportUsersDialog::done(int result)
{
    // The passwords go with the dialog; a running import is cancelled, and the dialog goes once
    // its job is over.
    m_ui->passwordsPanel->wipe();
    m_passwords.clear();
    QDialog::done(result);
    m_closed = true;
    if (m_job.isRunning())
        m_job.requestStop();
    else
        deleteLater();
}
