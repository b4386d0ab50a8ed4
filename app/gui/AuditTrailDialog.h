#pragma once

#include "domain/AuditTrail.h"
#include "gui/browser/BackgroundJob.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class Database;

namespace Ui {
class AuditTrailDialog;
}

// View > Audit trail: the records of the open database's writes (the command line's and the
// window's), filtered by email, action and day, read on a worker whenever a filter changes.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(std::shared_ptr<const Database> database, QWidget *parent = nullptr);
    ~AuditTrailDialog() override;

signals:
    // The records matching the filters are shown.
    void recordsShown(int count);

private:
    void readRecords();
    void showRecords(const QList<AuditRecord> &records);
    AuditFilter filter() const;

    const std::unique_ptr<Ui::AuditTrailDialog> m_ui;
    const std::shared_ptr<const Database> m_database;
    BackgroundJob m_job;
    // Typing in the email field reads once it pauses.
    QTimer m_filterDelay;
};
