#include "crypto/CryptoSession.h"
#include "gui/Icons.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/browser/BackgroundJob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <cstdio>

namespace {
// Usage errors exit with 2, as getopt-style tools do, before anything is opened or created.
constexpr int UsageErrorExitCode = 2;

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
}
} // namespace

// useradmin [DATABASE]: opens the window on a database file or postgresql:// URL (default: the
// embedded database). --help and --version answer and open nothing.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("useradmin"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.useradmin"));
    QApplication::setWindowIcon(Icons::icon(QStringLiteral("useradmin")));
    Language::apply();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Create and maintain the user accounts of a Sentry installation."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "database"),
        QCoreApplication::translate(
            "main", "SQLite file or postgresql:// URL to open (default: the embedded database)."),
        QCoreApplication::translate("main", "[database]"));
    QString problem;
    if (!parser.parse(QApplication::arguments()))
        problem = parser.errorText();
    else if (parser.positionalArguments().size() > 1)
        problem = QCoreApplication::translate("main", "Give at most one database.");
    if (!problem.isEmpty()) {
        print(stderr,
              problem + u'\n' +
                  QCoreApplication::translate("main", "Run \"useradmin --help\" for usage.") +
                  u'\n');
        return UsageErrorExitCode;
    }
    if (parser.isSet(help)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("useradmin %1\n").arg(QApplication::applicationVersion()));
        return 0;
    }

    CryptoSession crypto;
    int exitCode = 0;
    {
        MainWindow window;
        window.openDatabase(parser.positionalArguments().value(0));
        window.show();
        exitCode = app.exec();
    }
    // A batch the closed window stopped finishes the users being written, hashing with the
    // crypto session: it waits for them, bounded (an unreachable server is not waited for).
    BackgroundJob::waitForAll(30000);
    return exitCode;
}
