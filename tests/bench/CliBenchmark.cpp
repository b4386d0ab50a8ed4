#include "BenchSupport.h"
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

// The whole `useradmin-cli createuser` path for 20,000 users (one --email each, --no-password,
// --no-input): the process starting, Qt and QCA starting, the arguments parsed, every email
// validated, the case clashes and the organization looked up, the rows written in chunks of 256
// users a transaction, one line printed per outcome (to /dev/null). Against the same rows written
// by the raw SQLite C API in one transaction (the createusers section's baseline) on an identical
// fresh database. No password on either side: hashing is not the cost in question, and the
// createusers section measures the same way.
namespace {
constexpr int userCount = 20'000;
constexpr int rounds = 3;

// The processor seconds of the children this process has waited for.
double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto seconds = [](const timeval &time) {
        return double(time.tv_sec) + double(time.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Seconds from starting useradmin-cli to its exit; `cpu` gets its processor seconds.
double cliSeconds(const QString &path, const QStringList &emails, double &cpu)
{
    Database::open(path); // the same fresh, seeded schema as the baseline's
    QStringList arguments{QStringLiteral("--database"), path, QStringLiteral("createuser"),
                          QStringLiteral("--no-password"), QStringLiteral("--no-input")};
    for (const QString &email : emails)
        arguments << QStringLiteral("--email") << email;
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    const double cpuStart = childrenCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    process.start(QString::fromUtf8(TestPaths::cliExecutable), arguments);
    const CliRunner::Result result = CliRunner::finish(&process);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    cpu = childrenCpuSeconds() - cpuStart;
    if (result.exitCode != 0)
        qFatal("useradmin-cli failed (exit %d): %s", result.exitCode,
               qPrintable(result.err.left(500)));
    return seconds;
}
} // namespace

int runCliBenchmark(QTextStream &out)
{
    using BenchSupport::median;
    // Sorted: the order in which the workflow writes a chunk's rows, so both get the same ids.
    QStringList emails = BenchSupport::emails(userCount);
    emails.sort();
    QList<double> raw, cli, rawCpu, cliCpu;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        double cpu = 0;
        raw << BenchSupport::rawCreateUsersSeconds(dir.filePath(QStringLiteral("raw.sqlite3")),
                                                   emails, cpu);
        rawCpu << cpu;
        cli << cliSeconds(dir.filePath(QStringLiteral("cli.sqlite3")), emails, cpu);
        cliCpu << cpu;
        if (round == 0 && BenchSupport::userRows(dir.filePath(QStringLiteral("raw.sqlite3"))) !=
                              BenchSupport::userRows(dir.filePath(QStringLiteral("cli.sqlite3"))))
            qFatal("the raw C API and useradmin-cli wrote different rows");
    }
    out << "users: " << userCount << " (no password; the same six rows a user in both), " << rounds
        << " rounds, median; processor time in brackets\n";
    out << QStringLiteral("  raw SQLite C API, same rows, one transaction: %1 s (%2 s)\n")
               .arg(median(raw), 0, 'f', 3)
               .arg(median(rawCpu), 0, 'f', 3);
    out << QStringLiteral("  CLI createuser path, 20,000 users:            %1 s (%2 s)  ratio %3x "
                          "(%4x; target at most 2x)\n")
               .arg(median(cli), 0, 'f', 3)
               .arg(median(cliCpu), 0, 'f', 3)
               .arg(median(cli) / median(raw), 0, 'f', 2)
               .arg(median(cliCpu) / median(rawCpu), 0, 'f', 2);
    out.flush();
    return 0;
}
