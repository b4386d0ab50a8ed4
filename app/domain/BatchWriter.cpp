#include "domain/BatchWriter.h"

#include "crypto/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>
#include <numeric>

int BatchReport::exitCode() const
{
    if (rejected || errors > 0)
        return 1;
    return skipped > 0 ? 3 : 0;
}

BatchReporter::BatchReporter(BatchReport &report, const BatchObserver &observer)
    : m_report(report)
    , m_observer(observer)
{}

void BatchReporter::add(const Outcome &outcome)
{
    m_report.outcomes.append(outcome);
    switch (outcome.kind) {
    case Outcome::Kind::Created:
        ++m_report.created;
        break;
    case Outcome::Kind::Updated:
        ++m_report.updated;
        break;
    case Outcome::Kind::SkippedExisting:
        ++m_report.skipped;
        break;
    case Outcome::Kind::Error:
        ++m_report.errors;
        break;
    default:
        break;
    }
    if (m_observer.outcome)
        m_observer.outcome(outcome);
}

void BatchReporter::addAll(const QList<Outcome> &outcomes)
{
    for (const Outcome &outcome : outcomes)
        add(outcome);
}

void BatchReporter::reject(const QString &email, const QString &message)
{
    m_report.rejected = true;
    add(Outcome::error(email, message));
}

void BatchReporter::notDone(const QString &email, const QString &message)
{
    m_report.notDone.append(email);
    add(Outcome::error(email, message));
}

bool BatchReporter::refuseUnwritable(const DirectoryLimits &limits)
{
    if (limits.unwritableColumns.isEmpty())
        return false;
    reject({},
           BatchWriter::tr("Nothing was written: this database requires %1, which useradmin does "
                           "not know how to fill (a newer Sentry?).")
               .arg(limits.unwritableColumns.join(QStringLiteral(", "))));
    return true;
}

void BatchReporter::noticeAfterUpdates(const UserDirectory &directory)
{
    noticeAfterUpdates(directory.notice());
}

void BatchReporter::noticeAfterUpdates(const QString &notice)
{
    if (m_report.updated > 0 && !notice.isEmpty())
        add(Outcome::notice(notice));
}

bool BatchReporter::cancelRequested() const
{
    return m_observer.cancelRequested && m_observer.cancelRequested();
}

void BatchReporter::progress(int done, int total) const
{
    if (m_observer.progress)
        m_observer.progress(done, total);
}

BatchWriter::BatchWriter(UserDirectory &directory, BatchReporter &reporter)
    : m_directory(directory)
    , m_reporter(reporter)
{}

void BatchWriter::run(const QStringList &emails, const Secret &password, int iterations,
                      bool dryRun, const Steps &steps)
{
    m_steps = &steps;
    m_password = password;
    m_iterations = iterations;
    m_dryRun = dryRun;
    const bool hashing = (!password.isEmpty() || steps.password) && !dryRun;
    const qsizetype hashingChunk =
        m_hashingChunkSize > 0 ? m_hashingChunkSize : qMax(2, QThread::idealThreadCount());
    const bool growing = !hashing && m_chunkSize == 0;
    qsizetype chunkSize = hashing ? hashingChunk : growing ? FirstChunkSize : m_chunkSize;
    const qsizetype total = emails.size();
    for (qsizetype first = 0; first < total;) {
        if (m_cancelled || m_reporter.cancelRequested()) {
            m_reporter.markCancelled();
            break;
        }
        const QStringList chunk = emails.mid(first, chunkSize);
        const QList<QString> hashes =
            hashing ? hashPasswords(first, chunk.size()) : QList<QString>();
        QElapsedTimer transaction;
        transaction.start();
        const bool written = writeChunk(chunk, first, hashes);
        m_reporter.progress(int(first + chunk.size()), int(total));
        if (growing && transaction.elapsed() < ShortTransactionMs / 2)
            chunkSize = qMin<qsizetype>(chunkSize * 2, MaxChunkSize);
        if (!written) {
            for (const QString &email : emails.mid(first + chunk.size()))
                m_reporter.notDone(email, tr("%1: not attempted after the error above").arg(email));
            break;
        }
        first += chunk.size();
    }
    if (m_cancelled)
        m_reporter.markCancelled();
}

QList<QString> BatchWriter::hashPasswords(qsizetype first, qsizetype count)
{
    QList<qsizetype> hashed;
    QList<Secret> passwords;
    for (qsizetype index = first; index < first + count; ++index) {
        if (m_steps->needsPasswordHash && !m_steps->needsPasswordHash(index))
            continue;
        hashed.append(index - first);
        passwords.append(m_steps->password ? m_steps->password(index) : m_password);
    }
    const QList<QString> computed = PasswordHasher::hashAll(passwords, m_iterations);
    QList<QString> hashes(count);
    for (qsizetype i = 0; i < hashed.size(); ++i)
        hashes[hashed[i]] = computed[i];
    return hashes;
}

bool BatchWriter::writeChunk(const QStringList &emails, qsizetype first,
                             const QList<QString> &hashes)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    try {
        m_reporter.addAll(writeInTransaction(emails, first, hashes, now, false));
        return true;
    } catch (const StorageError &error) {
        rollbackQuietly();
        if (error.isTransient())
            waitBeforeRetry(0);
    }
    try {
        m_reporter.addAll(writeInTransaction(emails, first, hashes, now, true));
        for (const auto &[email, message] : std::as_const(m_givenUp))
            m_reporter.notDone(email, tr("%1: not written: %2").arg(email, message));
        return true;
    } catch (const StorageError &error) {
        rollbackQuietly();
        for (const QString &email : emails)
            m_reporter.notDone(email, tr("%1: not written: %2").arg(email, error.message()));
        return false;
    }
}

QList<Outcome> BatchWriter::writeInTransaction(const QStringList &emails, qsizetype first,
                                               const QList<QString> &hashes, const QDateTime &now,
                                               bool savepointPerUser)
{
    // Rows are written in one global order, sorted by email, so that two operators' batches
    // over the same users take their locks in the same order and cannot deadlock; outcomes
    // keep the batch's order.
    QList<qsizetype> order(emails.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return emails[a] < emails[b]; });
    QList<QList<Outcome>> perUser(emails.size());
    m_givenUp.clear();
    m_directory.begin();
    bool firstUser = true;
    for (const qsizetype i : std::as_const(order)) {
        if (!firstUser && m_reporter.cancelRequested()) {
            m_cancelled = true;
            break;
        }
        firstUser = false;
        const QString hash = hashes.value(i);
        perUser[i] = savepointPerUser ? writeUserAtomically(emails[i], first + i, hash, now)
                                      : m_steps->write(first + i, hash, now);
    }
    if (m_dryRun)
        m_directory.rollback();
    else
        m_directory.commit();
    QList<Outcome> outcomes;
    outcomes.reserve(
        std::accumulate(perUser.cbegin(), perUser.cend(), qsizetype(0),
                        [](qsizetype sum, const auto &list) { return sum + list.size(); }));
    for (const QList<Outcome> &userOutcomes : std::as_const(perUser))
        outcomes += userOutcomes;
    return outcomes;
}

QList<Outcome> BatchWriter::writeUserAtomically(const QString &email, qsizetype index,
                                                const QString &hash, const QDateTime &now)
{
    bool retriedAfterFailure = false;
    for (int attempt = 0;; ++attempt) {
        m_directory.savepoint();
        try {
            QList<Outcome> outcomes = m_steps->write(index, hash, now);
            m_directory.releaseSavepoint();
            return outcomes;
        } catch (const StorageError &error) {
            m_directory.rollbackToSavepoint();
            m_directory.releaseSavepoint();
            // Another operator's transaction won a lock: try again once it had time to end.
            if (error.isTransient() && attempt < MaxTransientRetries) {
                waitBeforeRetry(attempt);
                continue;
            }
            if (error.isTransient()) {
                // Given up on; the batch goes on, and this user is listed to run again.
                m_givenUp.append({email, error.message()});
                return {};
            }
            if (!retriedAfterFailure && m_steps->retryAfterFailure &&
                m_steps->retryAfterFailure(index)) {
                retriedAfterFailure = true;
                continue;
            }
            return {Outcome::error(
                email,
                BatchWriter::tr("%1: %2", "an address and the error").arg(email, error.message()))};
        }
    }
}

void BatchWriter::waitBeforeRetry(int attempt)
{
    // Jitter keeps two retrying operators from meeting again at the same moment.
    QThread::msleep(QRandomGenerator::global()->bounded(10, 60 * (attempt + 1)));
}

void BatchWriter::rollbackQuietly()
{
    try {
        m_directory.rollback();
    } catch (const StorageError &) {
        // The connection is gone; the server rolls the transaction back by itself.
    }
}
