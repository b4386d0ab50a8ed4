#include "gui/AppSettings.h"

std::unique_ptr<QSettings> appSettings()
{
    // Not QCoreApplication's organization name: that would move the embedded database, which
    // the command line finds through the application name alone.
    return std::make_unique<QSettings>(QStringLiteral("useradmin"), QStringLiteral("useradmin"));
}
