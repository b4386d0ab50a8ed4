#include "crypto/CryptoSession.h"
#include "gui/Icons.h"
#include "gui/Language.h"
#include "gui/MainWindow.h"

#include <QApplication>

// useradmin [DATABASE]: opens the window on a database file or postgresql:// URL (default: the
// embedded database).
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("useradmin"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.useradmin"));
    QApplication::setWindowIcon(Icons::icon(QStringLiteral("useradmin")));
    Language::apply();
    CryptoSession crypto;
    MainWindow window;
    window.openDatabase(QApplication::arguments().value(1));
    window.show();
    return app.exec();
}
