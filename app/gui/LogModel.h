#pragma once

#include "domain/Outcome.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <memory>
#include <optional>

class BackgroundJob;
class LogJournal;

// The log pane's entries: one row per outcome, in the order they were reported, every one of
// them in a journal (LogJournal): the open database's, kept across restarts, or a temporary one
// until a database is open. Outcomes carry no password, so neither does the log. The views show
// the latest ShownLimit entries, so that a million outcomes stay smooth; writeAll() writes every
// entry the journal keeps.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        DatabaseColumn,
        KindColumn,
        EmailColumn,
        MessageColumn,
        ColumnCount
    };
    static constexpr int KindRole = Qt::UserRole;

    static constexpr int ShownLimit = 10000;

    explicit LogModel(QObject *parent = nullptr);
    ~LogModel() override;

    // From now on the entries of this database (`name` is shown, without any password), kept in
    // the journal at `journalPath`: what it holds is read in the background (loaded() then), and
    // shows before what is appended meanwhile.
    void setDatabase(const QString &name, const QString &journalPath);
    QString databaseName() const { return m_databaseName; }
    bool isLoading() const;
    // The file the entries are written to.
    QString journalPath() const;

    void append(const Outcome &outcome);
    // Many at once, as one insertion: the views lay out once per batch, not once per entry.
    void append(const QList<Outcome> &outcomes);
    void clear();
    const Outcome &outcomeAt(int row) const { return m_outcomes[row]; }
    // Entries kept but not among the rows (the earliest ones).
    qint64 hiddenCount() const;
    // Every entry the journal keeps (since clear()), of one kind or all, one formatLine() each.
    // False when a read or write failed.
    bool writeAll(QIODevice &device, std::optional<Outcome::Kind> kind) const;
    // The same into the file `fileName`, written in the background (the journal may hold tens of
    // megabytes): saved() once it is done.
    void saveAll(const QString &fileName, std::optional<Outcome::Kind> kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // One tab-separated line per entry: time (ISO 8601, UTC), database, kind, email, message.
    QString formatLine(const Outcome &outcome) const;
    static QString formatLine(const Outcome &outcome, const QString &databaseName);
    // Headers and kind names depend on the language: tell the views after a switch.
    void retranslate();

signals:
    void hiddenCountChanged(qint64 hidden);
    // The entries the database's journal held are among the rows.
    void loaded();
    // saveAll() is done; `error` is empty when every entry was written.
    void saved(const QString &fileName, const QString &error);

private:
    // Adds rows at the start (earlier entries) or the end, dropping the earliest beyond
    // ShownLimit.
    void insertRows(const QList<Outcome> &outcomes, bool atStart);
    static bool writeJournal(const QString &journalPath, const QString &databaseName,
                             QIODevice &device, std::optional<Outcome::Kind> kind);

    QList<Outcome> m_outcomes;
    QString m_databaseName;
    std::unique_ptr<LogJournal> m_journal;
    // Reads the journal's tail.
    BackgroundJob *m_loader;
    // Writes the journal to a file for saveAll().
    BackgroundJob *m_saver;
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
