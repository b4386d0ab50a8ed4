#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"
#include "crypto/Secret.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    // First of all: the --password value leaves the process arguments, which other local users
    // can read, before anything else runs.
    QByteArray passwordArgument = takePasswordArgument(argc, argv);
    QCoreApplication app(argc, argv);
    // Errors reach the operator through the tool's own messages; after a lost connection the
    // PostgreSQL driver's warnings (one per cached statement) would bury the list of what was
    // not done.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.sql.postgresql.warning=false"));
    QCoreApplication::setApplicationName(QStringLiteral("useradmin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    CryptoSession crypto;
    const Secret password = Secret::fromUtf8(passwordArgument);
    passwordArgument.fill('\0');
    return runCommandLine(QCoreApplication::arguments(), password);
}
