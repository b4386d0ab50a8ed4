#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Errors reach the operator through the tool's own messages; after a lost connection the
    // PostgreSQL driver's warnings (one per cached statement) would bury the list of what was
    // not done.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.sql.postgresql.warning=false"));
    QCoreApplication::setApplicationName(QStringLiteral("useradmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    const QStringList arguments = QCoreApplication::arguments();
    hidePasswordArgument(argc, argv);
    CryptoSession crypto;
    return runCommandLine(arguments);
}
