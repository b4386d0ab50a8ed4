#include "gui/LogModel.h"

#include "domain/DisplayText.h"

#include <QDir>
#include <QLocale>

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_spill(QDir(QDir::tempPath()).filePath(QStringLiteral("useradmin-log-XXXXXX")))
{}

void LogModel::append(const Outcome &outcome)
{
    append(QList<Outcome>{outcome});
}

void LogModel::append(const QList<Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    // Only the latest ShownLimit of a huge batch become rows; the rest go straight to the file.
    const qsizetype skipped = qMax<qsizetype>(0, outcomes.size() - ShownLimit);
    const QList<Outcome> shown = outcomes.mid(skipped);
    const qsizetype leaving =
        qBound<qsizetype>(0, m_outcomes.size() + shown.size() - ShownLimit, m_outcomes.size());
    if (leaving + skipped > 0) {
        hide(m_outcomes.first(leaving));
        hide(outcomes.first(skipped));
        if (leaving > 0) {
            beginRemoveRows({}, 0, int(leaving) - 1);
            m_outcomes.remove(0, leaving);
            endRemoveRows();
        }
        m_hidden += leaving + skipped;
        emit hiddenCountChanged(m_hidden);
    }
    const int first = int(m_outcomes.size());
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    m_outcomes.append(shown);
    endInsertRows();
}

void LogModel::hide(const QList<Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    // QTemporaryFile makes it readable and writable by its owner only.
    if (!m_spill.isOpen())
        m_spill.open();
    QByteArray lines;
    for (const Outcome &outcome : outcomes)
        lines += QByteArray::number(int(outcome.kind)) + '\t' + formatLine(outcome).toUtf8() + '\n';
    m_spill.write(lines);
}

bool LogModel::writeAll(QIODevice &device, std::optional<Outcome::Kind> kind) const
{
    if (m_hidden > 0) {
        QFile hidden(m_spill.fileName());
        m_spill.flush();
        if (!hidden.open(QIODevice::ReadOnly))
            return false;
        const QByteArray wanted = kind ? QByteArray::number(int(*kind)) + '\t' : QByteArray();
        while (!hidden.atEnd()) {
            const QByteArray line = hidden.readLine();
            const qsizetype tab = line.indexOf('\t');
            if ((!kind || line.startsWith(wanted)) && device.write(line.mid(tab + 1)) < 0)
                return false;
        }
    }
    for (const Outcome &outcome : m_outcomes)
        if ((!kind || outcome.kind == *kind) &&
            device.write((formatLine(outcome) + QLatin1Char('\n')).toUtf8()) < 0)
            return false;
    return true;
}

void LogModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
    if (m_spill.isOpen())
        m_spill.resize(0);
    m_spill.seek(0);
    m_hidden = 0;
    emit hiddenCountChanged(m_hidden);
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
