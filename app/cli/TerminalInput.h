#pragma once

#include "crypto/Secret.h"

#include <QString>
#include <optional>

// Line input from standard input, read unbuffered so that prompts and `--password-stdin` can
// share the stream. Prompts go to standard output, as Sentry's (click's) do.
namespace TerminalInput {
bool isInteractive();
// A line without its line ending; nothing at end of input.
std::optional<QString> readLine(const QString &prompt = {});
// A line straight into secure memory; echo is off while a terminal types it.
std::optional<Secret> readSecret(const QString &prompt = {});
// "[y/N]" question; the default on an empty answer or end of input.
bool confirm(const QString &question, bool defaultAnswer);
} // namespace TerminalInput
