#pragma once

#include "domain/InstanceSettings.h"
#include "domain/Outcome.h"
#include "domain/UserImport.h"
#include "gui/browser/BackgroundJob.h"

#include <QDialog>
#include <memory>

class Database;
class QStandardItemModel;
namespace Ui {
class ImportUsersDialog;
}

// File > Import users…: reads and checks the CSV file in the background and shows a verdict per
// row; nothing is written while an invalid row is included (the operator may leave those rows
// out). Import runs in the background with progress and Cancel; generated passwords are shown
// once, with Save (a new file, mode 0600) and Copy. Closing while an import runs cancels it; the
// dialog deletes itself once its job is over, so that the window never waits.
class ImportUsersDialog : public QDialog
{
    Q_OBJECT

public:
    ImportUsersDialog(std::shared_ptr<const Database> database, const InstanceSettings &settings,
                      const QString &fileName, QWidget *parent = nullptr);
    ~ImportUsersDialog() override;

    bool isRunning() const { return m_job.isRunning(); }

public slots:
    void startImport();
    void cancel();
    void done(int result) override;

signals:
    // For the log pane, in batches.
    void outcomesReported(const QList<Outcome> &outcomes);
    // The import is over; it may have written users.
    void imported();

private:
    void showVerdicts(const ImportFile &file, const QList<RowVerdict> &verdicts,
                      const QString &error);
    void importFinished(const ImportReport &report);
    QSet<int> invalidLines() const;
    void updateState();

    const std::unique_ptr<Ui::ImportUsersDialog> m_ui;
    std::shared_ptr<const Database> m_database;
    InstanceSettings m_settings;
    QString m_fileName;
    BackgroundJob m_job;
    QStandardItemModel *m_model;
    ImportFile m_file;
    QList<RowVerdict> m_verdicts;
    bool m_checked = false;
    bool m_imported = false;
    bool m_closed = false;
    // Generated so far, until the panel shows them.
    QList<std::pair<QString, Secret>> m_passwords;
};
