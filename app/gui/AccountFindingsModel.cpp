#include "gui/AccountFindingsModel.h"

#include "domain/DisplayText.h"

#include <algorithm>

AccountFindingsModel::AccountFindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AccountFindingsModel::addFindings(const QList<AccountFinding> &findings)
{
    if (findings.isEmpty())
        return;
    const int first = int(m_findings.size());
    beginInsertRows({}, first, first + int(findings.size()) - 1);
    m_findings.append(findings);
    m_repairable +=
        int(std::count_if(findings.begin(), findings.end(),
                          [](const AccountFinding &finding) { return finding.repairable; }));
    endInsertRows();
}

void AccountFindingsModel::addFixes(const QList<AccountFinding> &fixes)
{
    if (fixes.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fixes.size()) - 1);
    m_fixes.append(fixes);
    endInsertRows();
}

void AccountFindingsModel::clear()
{
    beginResetModel();
    m_findings.clear();
    m_fixes.clear();
    m_repairable = 0;
    endResetModel();
}

QList<std::pair<QString, int>> AccountFindingsModel::repairableByCheck() const
{
    QList<std::pair<QString, int>> counts;
    for (const AccountFinding &finding : m_findings) {
        if (!finding.repairable)
            continue;
        // Findings come check by check: the count to add to is nearly always the last one.
        auto found = std::find_if(counts.rbegin(), counts.rend(),
                                  [&](const auto &count) { return count.first == finding.check; });
        if (found == counts.rend())
            counts.append({finding.check, 1});
        else
            ++found->second;
    }
    return counts;
}

int AccountFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size() + m_fixes.size());
}

int AccountFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const bool fix = index.row() >= m_findings.size();
    const AccountFinding &finding =
        fix ? m_fixes[index.row() - m_findings.size()] : m_findings[index.row()];
    switch (index.column()) {
    case AccountColumn:
        // A mapping or replica whose user is gone names no one.
        return finding.subject.isEmpty() ? tr("(no user)") : DisplayText::visible(finding.subject);
    case FindingColumn:
        // Long findings are cut off in the column; the tool tip shows them whole.
        return DisplayText::visible(finding.message);
    case KindColumn:
        return fix ? tr("repaired") : finding.repairable ? tr("repairable") : tr("note");
    default:
        return {};
    }
}

QVariant AccountFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case FindingColumn:
        return tr("Finding");
    case KindColumn:
        return tr("Kind");
    default:
        return {};
    }
}

void AccountFindingsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, AccountColumn), index(rowCount() - 1, KindColumn),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}
