#include "gui/LogModel.h"

#include "domain/DisplayText.h"
#include "gui/LogJournal.h"
#include "gui/browser/BackgroundJob.h"

#include <QSaveFile>

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_journal(std::make_unique<LogJournal>())
    , m_loader(new BackgroundJob(this))
    , m_saver(new BackgroundJob(this))
{}

LogModel::~LogModel() = default;

void LogModel::setDatabase(const QString &name, const QString &journalPath)
{
    beginResetModel();
    m_outcomes.clear();
    m_databaseName = name;
    m_journal = std::make_unique<LogJournal>(journalPath, LogJournal::DefaultLimitBytes);
    endResetModel();
    emit hiddenCountChanged(hiddenCount());
    // The read stops at today's size: what is appended meanwhile is among the rows already.
    m_loader->start([this, journalPath, size = m_journal->size()](
                        const BackgroundJob::Run &) -> BackgroundJob::Completion {
        LogJournal::Tail tail = LogJournal::readTail(journalPath, size, ShownLimit);
        return [this, tail = std::move(tail)] {
            m_journal->countRead(tail);
            insertRows(tail.outcomes, true);
            emit hiddenCountChanged(hiddenCount());
            emit loaded();
        };
    });
}

bool LogModel::isLoading() const
{
    return m_loader->isRunning();
}

qint64 LogModel::hiddenCount() const
{
    // A journal moved aside drops its older file: those rows stay, although no longer kept.
    return qMax<qint64>(0, m_journal->entryCount() - m_outcomes.size());
}

QString LogModel::journalPath() const
{
    return m_journal->path();
}

void LogModel::append(const Outcome &outcome)
{
    append(QList<Outcome>{outcome});
}

void LogModel::append(const QList<Outcome> &outcomes)
{
    if (outcomes.isEmpty())
        return;
    // Counted before the journal grows: with the rows full, an append changes nothing else.
    const qint64 hidden = hiddenCount();
    // A full disk loses the journal's copy, not the rows.
    m_journal->append(outcomes);
    insertRows(outcomes, false);
    if (hiddenCount() != hidden)
        emit hiddenCountChanged(hiddenCount());
}

void LogModel::insertRows(const QList<Outcome> &outcomes, bool atStart)
{
    // Earlier entries fill what room is left; later ones push the earliest rows out.
    const qsizetype room = atStart ? ShownLimit - m_outcomes.size() : ShownLimit;
    const QList<Outcome> shown = outcomes.mid(qMax<qsizetype>(0, outcomes.size() - room));
    if (shown.isEmpty())
        return;
    const qsizetype leaving =
        qBound<qsizetype>(0, m_outcomes.size() + shown.size() - ShownLimit, m_outcomes.size());
    if (leaving > 0) {
        beginRemoveRows({}, 0, int(leaving) - 1);
        m_outcomes.remove(0, leaving);
        endRemoveRows();
    }
    const int first = atStart ? 0 : int(m_outcomes.size());
    beginInsertRows({}, first, first + int(shown.size()) - 1);
    if (atStart)
        m_outcomes = shown + m_outcomes;
    else
        m_outcomes.append(shown);
    endInsertRows();
}

bool LogModel::writeAll(QIODevice &device, std::optional<Outcome::Kind> kind) const
{
    return writeJournal(m_journal->path(), m_databaseName, device, kind);
}

bool LogModel::writeJournal(const QString &journalPath, const QString &databaseName,
                            QIODevice &device, std::optional<Outcome::Kind> kind)
{
    bool written = true;
    const bool read = LogJournal::forEach(journalPath, [&](const Outcome &outcome) {
        if (!kind || outcome.kind == *kind)
            written =
                device.write((formatLine(outcome, databaseName) + QLatin1Char('\n')).toUtf8()) >= 0;
        return written;
    });
    return read && written;
}

void LogModel::saveAll(const QString &fileName, std::optional<Outcome::Kind> kind)
{
    m_saver->start(
        [this, fileName, kind, journalPath = m_journal->path(),
         databaseName = m_databaseName](const BackgroundJob::Run &) -> BackgroundJob::Completion {
            QSaveFile file(fileName);
            bool written = file.open(QIODevice::WriteOnly | QIODevice::Text);
            if (written) {
                written = writeJournal(journalPath, databaseName, file, kind);
                written = file.commit() && written;
            }
            return [this, fileName, error = written ? QString() : file.errorString()] {
                emit saved(fileName, error);
            };
        });
}

void LogModel::clear()
{
    beginResetModel();
    m_outcomes.clear();
    endResetModel();
    m_journal->clear();
    emit hiddenCountChanged(hiddenCount());
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
        return DisplayText::dateTime(outcome.time);
    case DatabaseColumn:
        return m_databaseName;
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
    case DatabaseColumn:
        return tr("Database");
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

QString LogModel::formatLine(const Outcome &outcome) const
{
    return formatLine(outcome, m_databaseName);
}

QString LogModel::formatLine(const Outcome &outcome, const QString &databaseName)
{
    return QStringList{outcome.time.toUTC().toString(Qt::ISODateWithMs), databaseName,
                       outcomeKindName(outcome.kind), outcome.email, outcome.message}
        .join(QLatin1Char('\t'));
}

void LogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    // Kind names and the times' format.
    if (!m_outcomes.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(rowCount() - 1, KindColumn),
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
