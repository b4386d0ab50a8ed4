#include "crypto/CryptoSession.h"
#include "gui/MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("useradmin"));
    CryptoSession crypto;
    MainWindow window;
    window.show();
    return app.exec();
}
