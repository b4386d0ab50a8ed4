#pragma once

#include "domain/CreateUserWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlUserDirectory.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QStringList>
#include <algorithm>
#include <ctime>
#include <sqlite3.h>

// Pieces the benchmark sections share.
namespace BenchSupport {
inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// The processor time this process has used, in seconds: unlike the elapsed time, hardly changed
// by other work on the machine (writes waiting for the disk are not in it).
inline double cpuSeconds()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return double(time.tv_sec) + double(time.tv_nsec) / 1e9;
}

// A statement of the raw SQLite C API (the baselines), finalized with this object.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const QByteArray &sql)
    {
        if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            qFatal("%s: %s", sql.constData(), sqlite3_errmsg(db));
    }
    ~SqliteStatement() { sqlite3_finalize(m_statement); }
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    operator sqlite3_stmt *() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

constexpr int hashLength = 32;

// The validation hashes of `count` new users, one after the other: [A-Za-z0-9] drawn from the
// system's random source in one go, the cheapest way a raw writer would make them (the workflow
// draws each from QCA, as SentryRows::validationHash()).
inline QByteArray validationHashes(int count)
{
    static constexpr char alphabet[] =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    constexpr int limit = 256 / 62 * 62; // rejecting the bytes above keeps each character uniform
    const qsizetype length = qsizetype(count) * hashLength;
    QByteArray hashes;
    hashes.reserve(length);
    QList<quint32> random(length / 3 + 1);
    while (hashes.size() < length) {
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        const auto *bytes = reinterpret_cast<const unsigned char *>(random.constData());
        for (qsizetype i = 0; i < random.size() * 4 && hashes.size() < length; ++i)
            if (bytes[i] < limit)
                hashes += alphabet[bytes[i] % 62];
    }
    return hashes;
}

// Seconds the raw SQLite C API takes to write, in one transaction on a fresh seeded embedded
// database at `path`, the six rows a user that the workflow writes (no password); `cpu` gets the
// processor seconds of the same (CreateUsersBenchmark.cpp).
double rawCreateUsersSeconds(const QString &path, const QStringList &emails, double &cpu);

// Every row of the tables a new user touches, as text, times and hash values left out (the hash
// by its length): equal for two databases that got the same rows.
QByteArray userRows(const QString &path);

inline QStringList emails(int count)
{
    QStringList emails;
    emails.reserve(count);
    for (int i = 0; i < count; ++i)
        emails << QStringLiteral("bench%1@example.com").arg(i);
    return emails;
}

// Seconds the workflow takes to create these users (no password) in the database at `location`;
// `cpu`, when given, gets the processor seconds of the same.
inline double createUsersSeconds(const QString &location, const QStringList &emails,
                                 int chunkSize = 0, double *cpu = nullptr)
{
    std::unique_ptr<Database> database = Database::open(location);
    SqlUserDirectory directory(*database);
    CreateUserWorkflow workflow(directory, database->instanceSettings());
    workflow.setChunkSize(chunkSize);
    CreateUserRequest request;
    request.emails = emails;
    request.noPassword = true;
    const double cpuStart = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const CreateUserReport report = workflow.run(request);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (cpu)
        *cpu = cpuSeconds() - cpuStart;
    if (report.created != emails.size())
        qFatal("the workflow created %d users of %d", report.created, int(emails.size()));
    return seconds;
}
} // namespace BenchSupport
