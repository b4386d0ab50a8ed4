#pragma once

#include "domain/Outcome.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <QTemporaryFile>
#include <optional>

// The log pane's entries: one row per outcome, in the order they were reported. Outcomes carry
// no password, so neither does the log. The views show the latest ShownLimit entries, so that a
// million outcomes stay smooth; the earlier ones are kept in a private temporary file (owner
// only, removed with the model) and written with the rest by writeAll().
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        EmailColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int KindRole = Qt::UserRole;

    static constexpr int ShownLimit = 10000;

    explicit LogModel(QObject *parent = nullptr);

    void append(const Outcome &outcome);
    // Many at once, as one insertion: the views lay out once per batch, not once per entry.
    void append(const QList<Outcome> &outcomes);
    void clear();
    const Outcome &outcomeAt(int row) const { return m_outcomes[row]; }
    // Entries reported but no longer among the rows (the earliest ones).
    qint64 hiddenCount() const { return m_hidden; }
    // Every entry ever appended (since clear()), of one kind or all, one formatLine() each.
    // False when a write failed.
    bool writeAll(QIODevice &device, std::optional<Outcome::Kind> kind) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One tab-separated line per entry: time (ISO 8601, UTC), kind, email, message.
    static QString formatLine(const Outcome &outcome);
    // Headers and kind names depend on the language: tell the views after a switch.
    void retranslate();

signals:
    void hiddenCountChanged(qint64 hidden);

private:
    // Appends these entries to the file of hidden ones.
    void hide(const QList<Outcome> &outcomes);

    QList<Outcome> m_outcomes;
    qint64 m_hidden = 0;
    // The hidden entries, each a kind number, a tab and its formatLine(). Mutable: reading them
    // back flushes what is buffered.
    mutable QTemporaryFile m_spill;
};

// Shows the entries of one kind, or all of them.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);
    void setKind(std::optional<Outcome::Kind> kind);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Outcome::Kind> m_kind;
};
