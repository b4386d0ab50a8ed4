#pragma once

#include "crypto/Secret.h"
#include "domain/Outcome.h"
#include "domain/UserDirectory.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

// What a batch did. Each user is fully written or untouched, whatever happened.
struct BatchReport
{
    QList<Outcome> outcomes;
    int created = 0;
    int updated = 0;
    int skipped = 0;
    int errors = 0;
    bool rejected = false;  // the input was invalid: nothing was written
    bool cancelled = false; // stopped early
    // Emails left untouched because an error (a lost connection, say) stopped the batch, in
    // order: running the same request again with just these goes on where it stopped.
    QStringList notDone;

    // The command line's exit code: 1 error, 3 an existing user skipped, 0 done.
    int exitCode() const;
};

// Callbacks of a run; all optional. They are called on the thread that runs the batch.
struct BatchObserver
{
    std::function<void(const Outcome &)> outcome;
    std::function<void(int done, int total)> progress;
    std::function<bool()> cancelRequested;
};

// Appends outcomes to a report, keeps its counters, and passes each on to the observer.
class BatchReporter
{
public:
    BatchReporter(BatchReport &report, const BatchObserver &observer);

    void add(const Outcome &outcome);
    void addAll(const QList<Outcome> &outcomes);
    // The input is invalid: nothing is written.
    void reject(const QString &email, const QString &message);
    // The user was left untouched by an error that stopped the batch.
    void notDone(const QString &email, const QString &message);
    bool cancelRequested() const;
    // Refuses the batch when the database has a required column this project cannot fill.
    // True when refused (nothing is written).
    bool refuseUnwritable(const DirectoryLimits &limits);
    // The directory's notice, once, when the batch updated existing users.
    void noticeAfterUpdates(const UserDirectory &directory);
    void noticeAfterUpdates(const QString &notice);
    void progress(int done, int total) const;
    void markCancelled() { m_report.cancelled = true; }

private:
    BatchReport &m_report;
    const BatchObserver &m_observer;
};

// Writes a batch of users in short transactions, each user all or nothing, for createuser and
// bulk update alike. Passwords are hashed a few users at a time, in parallel on all cores and
// outside any transaction, so that no lock is held while hashing and Cancel acts between
// groups. A transaction is first written without savepoints (they double SQLite's work); if
// anything in it fails, it is rolled back and replayed with one savepoint per user, so that only
// the failing user is lost. Outcomes are reported after the commit, never before. A transaction
// that cannot be written at all (a lost connection) stops the batch: its users and the rest are
// reported as not done.
class BatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(BatchWriter)

public:
    struct Steps
    {
        // The writes of the user at this index; throws StorageError.
        std::function<QList<Outcome>(qsizetype index, const QString &passwordHash,
                                     const QDateTime &now)>
            write;
        // Whether the user at this index needs a hash of the password (false: it is skipped).
        std::function<bool(qsizetype index)> needsPasswordHash;
        // After the user failed in its savepoint: whether one more try can succeed (another
        // operator created the same email at the same moment, say). Absent: no retry.
        std::function<bool(qsizetype index)> retryAfterFailure;
        // The password of the user at this index, where users have passwords of their own (an
        // import); absent: run()'s password for every user.
        std::function<Secret(qsizetype index)> password;
    };

    BatchWriter(UserDirectory &directory, BatchReporter &reporter);

    // Users a transaction when no password is hashed. 0 (the default) starts at 256 and doubles
    // while a transaction stays shorter than half of ShortTransactionMs, up to MaxChunkSize: each
    // commit rewrites the index pages the one before touched, so fewer commits are faster, and a
    // short transaction keeps other operators' writes (and Cancel) waiting no longer than that.
    void setChunkSize(int users) { m_chunkSize = qMax(0, users); }
    // Users a transaction when hashing; 0 (the default) hashes one user per core at a time.
    void setHashingChunkSize(int users) { m_hashingChunkSize = qMax(0, users); }

    // Waits a little, longer after each attempt, before a transaction that lost a deadlock or
    // serialization conflict is tried again.
    static void waitBeforeRetry(int attempt);

    // Writes the users (one email an index). With a password (or steps.password), each written
    // user gets its own hash at these iterations. A dry run rolls every transaction back.
    void run(const QStringList &emails, const Secret &password, int iterations, bool dryRun,
             const Steps &steps);

private:
    bool writeChunk(const QStringList &emails, qsizetype first, const QList<QString> &hashes);
    QList<Outcome> writeInTransaction(const QStringList &emails, qsizetype first,
                                      const QList<QString> &hashes, const QDateTime &now,
                                      bool savepointPerUser);
    QList<Outcome> writeUserAtomically(const QString &email, qsizetype index, const QString &hash,
                                       const QDateTime &now);
    QList<QString> hashPasswords(qsizetype first, qsizetype count);
    void rollbackQuietly();

    // Tries of a user that lost a deadlock or serialization conflict.
    static constexpr int MaxTransientRetries = 5;
    static constexpr int FirstChunkSize = 256;
    static constexpr int MaxChunkSize = 8192;
    static constexpr qint64 ShortTransactionMs = 100;

    UserDirectory &m_directory;
    BatchReporter &m_reporter;
    const Steps *m_steps = nullptr;
    Secret m_password;
    int m_iterations = 0;
    bool m_dryRun = false;
    bool m_cancelled = false;
    int m_chunkSize = 0;
    int m_hashingChunkSize = 0;
    // Users of the current transaction given up on after transient conflicts, with why.
    QList<std::pair<QString, QString>> m_givenUp;
};
