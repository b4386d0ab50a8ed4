#pragma once

#include <QStringList>

// useradmin-cli: Sentry's `createuser` and a `list-users` listing, for scripts and tests.
// Returns the process exit code: 0 done, 1 error, 3 an existing user was skipped.
int runCommandLine(const QStringList &arguments);

// Overwrites the value of --password in the process's own argv, so that other local users
// cannot read it from the process list once the program has started.
void hidePasswordArgument(int argc, char *argv[]);
