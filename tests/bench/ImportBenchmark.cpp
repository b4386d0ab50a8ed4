#include "BenchSupport.h"
#include "domain/UserImport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

// Importing 100,000 users from a CSV file (no passwords: email, organization sentry, team
// sentry), against createuser's workflow creating the same users on an identical fresh embedded
// database in the same run: the import reads the file, checks every row (address, organization,
// team, duplicates, existing users) and then writes through the same BatchWriter. Both write
// the same six rows a user (checked). In-process on both sides: createuser cannot take 100,000
// --email arguments in one process (the kernel's limit on a command line is about 2 MB).
namespace {
constexpr int userCount = 100'000;
constexpr int rounds = 3;

// Seconds from reading the file to the last user written; `cpu` gets the processor seconds.
double importSeconds(const QString &location, const QString &file, double &cpu)
{
    std::unique_ptr<Database> database = Database::open(location);
    SqlUserDirectory directory(*database);
    UserImport import(directory, database->instanceSettings());
    const double cpuStart = BenchSupport::cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    const ImportReport report = import.run(UserImport::read(input.readAll()), {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    cpu = BenchSupport::cpuSeconds() - cpuStart;
    if (report.created != userCount)
        qFatal("the import created %d users of %d", report.created, userCount);
    return seconds;
}
} // namespace

int runImportBenchmark(QTextStream &out)
{
    using BenchSupport::median;
    // Sorted: the order in which a chunk's rows are written, so both get the same ids.
    QStringList emails = BenchSupport::emails(userCount);
    emails.sort();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("users.csv"));
    {
        QFile csv(file);
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file));
        QByteArray text = "email,organization,teams\r\n";
        for (const QString &email : std::as_const(emails))
            text += email.toUtf8() + ",sentry,sentry\r\n";
        csv.write(text);
    }
    QList<double> created, imported, createdCpu, importedCpu;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir databases;
        const QString createPath = databases.filePath(QStringLiteral("createuser.sqlite3"));
        const QString importPath = databases.filePath(QStringLiteral("import.sqlite3"));
        double cpu = 0;
        created << BenchSupport::createUsersSeconds(createPath, emails, 256, &cpu);
        createdCpu << cpu;
        imported << importSeconds(importPath, file, cpu);
        importedCpu << cpu;
        if (round == 0 && BenchSupport::userRows(createPath) != BenchSupport::userRows(importPath))
            qFatal("createuser and the import wrote different rows");
    }
    out << "users: " << userCount << " (no password; the same six rows a user in both), " << rounds
        << " rounds, median; processor time in brackets\n";
    out << QStringLiteral("  createuser workflow, same users:  %1 s (%2 s)\n")
               .arg(median(created), 0, 'f', 3)
               .arg(median(createdCpu), 0, 'f', 3);
    out << QStringLiteral("  import-users, CSV file read too:  %1 s (%2 s)  ratio %3x (%4x; "
                          "target at most 1.5x)\n")
               .arg(median(imported), 0, 'f', 3)
               .arg(median(importedCpu), 0, 'f', 3)
               .arg(median(imported) / median(created), 0, 'f', 2)
               .arg(median(importedCpu) / median(createdCpu), 0, 'f', 2);
    out.flush();
    return 0;
}
