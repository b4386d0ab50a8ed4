#pragma once

#include "storage/AccountDoctor.h"

#include <QAbstractTableModel>
#include <QList>

// The account doctor dialog's rows: the findings of the last check, then the fixes of the repair
// before it (if any), each in the order they were reported. What is left comes first: after a
// repair of a million rows, it would be lost at the end.
class AccountFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountColumn,
        FindingColumn,
        KindColumn,
        ColumnCount
    };

    explicit AccountFindingsModel(QObject *parent = nullptr);

    void addFindings(const QList<AccountFinding> &findings);
    void addFixes(const QList<AccountFinding> &fixes);
    void clear();

    int repairableCount() const { return m_repairable; }
    int noteCount() const { return int(m_findings.size()) - m_repairable; }
    int repairedCount() const { return int(m_fixes.size()); }
    // The repairable findings per check key, in the order the checks reported them (which is
    // the order they are repaired in).
    QList<std::pair<QString, int>> repairableByCheck() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Headers and kind names depend on the language: tell the views after a switch.
    void retranslate();

private:
    QList<AccountFinding> m_findings;
    QList<AccountFinding> m_fixes;
    int m_repairable = 0;
};
