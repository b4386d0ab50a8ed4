#pragma once

#include <QStringList>

// useradmin-cli: Sentry's `createuser`, a `list-users` listing, `info` and the account `doctor`,
// for scripts and tests. Returns the process exit code: 0 done, 1 error, 3 an existing user was
// skipped, 4 the doctor found repairable problems.
int runCommandLine(const QStringList &arguments);

// Overwrites the value of --password in the process's own argv, so that other local users
// cannot read it from the process list once the program has started.
void hidePasswordArgument(int argc, char *argv[]);
