#include "crypto/CryptoSession.h"
#include "gui/Icons.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"
#include "gui/browser/BackgroundJob.h"

#include <QApplication>

// useradmin [DATABASE]: opens the window on a database file or postgresql:// URL (default: the
// embedded database).
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("useradmin"));
    QApplication::setDesktopFileName(QStringLiteral("useradmin"));
    QApplication::setWindowIcon(Icons::icon(QStringLiteral("useradmin")));
    Language::apply();
    CryptoSession crypto;
    int exitCode = 0;
    {
        MainWindow window;
        window.openDatabase(QApplication::arguments().value(1));
        window.show();
        exitCode = app.exec();
    }
    // A batch the closed window stopped finishes the users being written, hashing with the
    // crypto session: it waits for them, bounded (an unreachable server is not waited for).
    BackgroundJob::waitForAll(30000);
    return exitCode;
}
