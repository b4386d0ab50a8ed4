#include "crypto/CryptoSession.h"

#include <QApplication>
#include <QTextStream>
#include <functional>
#include <map>

// Benchmark program: prints figures and ratios against baselines measured in the same run.
// useradmin-bench [SECTION...]; no section runs them all.
int runPbkdf2Benchmark(QTextStream &out);
int runCreateUsersBenchmark(QTextStream &out);
int runBrowserBenchmark(QTextStream &out);
int runPostgresBenchmark(QTextStream &out);
int runDoctorBenchmark(QTextStream &out);
int runCliBenchmark(QTextStream &out);
int runImportBenchmark(QTextStream &out);
int runWindowBenchmark(QTextStream &out);

int main(int argc, char *argv[])
{
    // The browser section measures a table view; offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    CryptoSession crypto;
    QTextStream out(stdout);
    const std::map<QString, std::function<int(QTextStream &)>> sections{
        {QStringLiteral("pbkdf2"), runPbkdf2Benchmark},
        {QStringLiteral("createusers"), runCreateUsersBenchmark},
        {QStringLiteral("browser"), runBrowserBenchmark},
        {QStringLiteral("postgres"), runPostgresBenchmark},
        {QStringLiteral("doctor"), runDoctorBenchmark},
        {QStringLiteral("cli"), runCliBenchmark},
        {QStringLiteral("import"), runImportBenchmark},
        {QStringLiteral("window"), runWindowBenchmark},
    };
    QStringList wanted = app.arguments().mid(1);
    if (wanted.isEmpty())
        for (const auto &[name, run] : sections)
            wanted << name;
    int status = 0;
    for (const QString &name : wanted) {
        const auto section = sections.find(name);
        if (section == sections.end()) {
            QTextStream(stderr) << "unknown section: " << name << '\n';
            return 2;
        }
        out << "== " << name << '\n';
        out.flush();
        status |= section->second(out);
    }
    return status;
}
