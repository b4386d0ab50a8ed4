#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("useradmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    hidePasswordArgument(argc, argv);
    CryptoSession crypto;
    return runCommandLine(arguments);
}
