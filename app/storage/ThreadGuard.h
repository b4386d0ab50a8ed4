#pragma once

// The window's thread never waits on a database: every connection is opened and used on a
// worker. The storage layer checks it where a connection is opened or handed out, and stops the
// program (qFatal, naming the call) when a QGuiApplication's own thread gets there. On in debug
// builds, and wherever USERADMIN_THREAD_GUARD=1 is set (every test); the command line and
// non-GUI tests run on their main thread legitimately, as no QGuiApplication exists there.
namespace ThreadGuard {
void checkNotGuiThread(const char *call);

// Tests only: a test's own fixture code, seeding or reading back data on the GUI thread around
// what it drives, may touch a connection while one of these lives on that thread. Never used by
// the application.
class TestFixtureScope
{
public:
    TestFixtureScope();
    ~TestFixtureScope();
    TestFixtureScope(const TestFixtureScope &) = delete;
    TestFixtureScope &operator=(const TestFixtureScope &) = delete;
};
} // namespace ThreadGuard
