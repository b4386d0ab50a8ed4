#pragma once

#include "crypto/Secret.h"

#include <QByteArray>
#include <QStringList>

// useradmin-cli: Sentry's `createuser`, a `list-users` listing, `info` and the account `doctor`,
// for scripts and tests. Returns the process exit code: 0 done, 1 error, 3 an existing user was
// skipped, 4 the doctor found repairable problems.
// `passwordArgument` is the value of --password, taken out of the arguments beforehand.
int runCommandLine(const QStringList &arguments, const Secret &passwordArgument = {});

// The value of --password, overwritten in the process's own argv so that other local users
// cannot read it from the process list; the caller wipes the returned bytes once it has a Secret.
QByteArray takePasswordArgument(int argc, char *argv[]);
