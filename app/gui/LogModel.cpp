#include "gui/LogModel.h"

#include "domain/DisplayText.h"

#include <QLocale>

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void LogModel::append(const Outcome &outcome)
{
    const int row = int(m_outcomes.size());
    beginInsertRows({}, row, row);
    m_outcomes.append(outcome);
    endInsertRows();
}

void LogModel::append(const QList<Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    const int first = int(m_outcomes.size());
    beginInsertRows({}, first, first + int(outcomes.size()) - 1);
    m_outcomes.append(outcomes);
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outcome &outcome = m_outcomes[index.row()];
    if (role == KindRole)
        return int(outcome.kind);
    // Stored emails may hold control characters: shown as \xNN, they act on nothing.
    if (role == Qt::ToolTipRole)
        return DisplayText::visible(outcome.message);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        // Seconds matter in a log; the zone name (long in some languages) only crowds it out.
        return QLocale().toString(outcome.time.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
    case KindColumn:
        return outcomeKindName(outcome.kind);
    case EmailColumn:
        return DisplayText::visible(outcome.email);
    case MessageColumn:
        return DisplayText::visible(outcome.message);
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case KindColumn:
        return tr("Kind");
    case EmailColumn:
        return tr("Email");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

QString LogModel::formatLine(const Outcome &outcome)
{
    return QStringList{outcome.time.toUTC().toString(Qt::ISODateWithMs),
                       outcomeKindName(outcome.kind), outcome.email, outcome.message}
        .join(QLatin1Char('\t'));
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_outcomes.isEmpty())
        emit dataChanged(index(0, KindColumn), index(rowCount() - 1, KindColumn),
                         {Qt::DisplayRole});
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterModel::setKind(std::optional<Outcome::Kind> kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_kind)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(LogModel::KindRole).toInt() == int(*m_kind);
}
