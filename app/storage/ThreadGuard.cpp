#include "storage/ThreadGuard.h"

#include <QCoreApplication>
#include <QThread>
#include <QtGlobal>

namespace {
thread_local int fixtureScopes = 0;

bool guardEnabled()
{
#ifndef NDEBUG
    return true;
#else
    static const bool enabled = qEnvironmentVariableIntValue("USERADMIN_THREAD_GUARD") == 1;
    return enabled;
#endif
}
} // namespace

void ThreadGuard::checkNotGuiThread(const char *call)
{
    if (fixtureScopes > 0 || !guardEnabled())
        return;
    // QtGui is not linked here: the application object tells its class by name.
    const QCoreApplication *application = QCoreApplication::instance();
    if (application && application->inherits("QGuiApplication") &&
        QThread::currentThread() == application->thread())
        qFatal("ThreadGuard: %s called on the GUI thread; database work belongs on a worker", call);
}

ThreadGuard::TestFixtureScope::TestFixtureScope()
{
    ++fixtureScopes;
}

ThreadGuard::TestFixtureScope::~TestFixtureScope()
{
    --fixtureScopes;
}
