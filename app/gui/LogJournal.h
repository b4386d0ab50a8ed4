#pragma once

#include "domain/Outcome.h"

#include <QFile>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

// The log's entries on disk, appended batch by batch: with a database, one journal per database
// in the application's data folder, kept across restarts; without one, a private temporary file
// removed with the journal. Either is readable by its owner only, whatever the umask. An entry
// holds what an outcome holds (kind, time, email, message), and outcomes carry no password.
// A journal that grows beyond its limit moves aside as a single older file (the one before is
// dropped), so that at most about twice the limit stays on disk.
class LogJournal
{
public:
    static constexpr qint64 DefaultLimitBytes = 16 * 1024 * 1024;

    // What the end of a journal holds: its latest entries and how many its files hold.
    struct Tail
    {
        QList<Outcome> outcomes;
        qint64 older = 0;
        qint64 current = 0;
    };

    // A temporary journal.
    LogJournal();
    // The journal at `path` (its folder is made), moved aside beyond `limitBytes`.
    LogJournal(const QString &path, qint64 limitBytes);
    ~LogJournal();

    // The journal of the database at `location` (a file path or a postgresql:// URL): named from
    // a hash of the database's identity, which never includes a password.
    static QString pathFor(const QString &location);

    QString path() const { return m_file->fileName(); }
    bool isPersistent() const { return m_limitBytes > 0; }
    // Writes these entries at the end, in one write. False when it failed.
    bool append(const QList<Outcome> &outcomes);
    // The entries appended, and those counted by readTail() then added with countRead().
    qint64 entryCount() const { return m_olderEntries + m_currentEntries; }
    void countRead(const Tail &tail);
    // Removes every entry (the older file too).
    void clear();
    // Every entry, oldest first; stops when `visit` returns false. False when a read failed or
    // `visit` stopped.
    bool forEach(const std::function<bool(const Outcome &)> &visit) const;
    // The same for the journal at `path`, on any thread.
    static bool forEach(const QString &path, const std::function<bool(const Outcome &)> &visit);

    // The latest `count` entries of the journal at `path` (and its older file) as far as
    // `sizeLimit` bytes of the current file, with the number of entries. Reads files of any size
    // at a bounded memory cost: for a worker thread.
    static Tail readTail(const QString &path, qint64 sizeLimit, int count);
    // The size of the current file.
    qint64 size() const;

    // One line of the journal, without its new line, and back.
    static QByteArray encode(const Outcome &outcome);
    static std::optional<Outcome> decode(QByteArrayView line);

private:
    bool openFile();
    static QString olderPath(const QString &path);

    std::unique_ptr<QFile> m_file;
    qint64 m_limitBytes = 0;
    qint64 m_olderEntries = 0;
    qint64 m_currentEntries = 0;
};
