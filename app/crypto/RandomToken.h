#pragma once

#include "crypto/Secret.h"

#include <QString>

// Random text from QCA's random source, for salts and tokens.
namespace RandomToken {
// `length` characters drawn uniformly from [a-zA-Z0-9]; safe to call from several threads.
[[nodiscard]] QString alphanumeric(int length);
// The same straight into secure memory, for generated passwords; drawn afresh on every call.
[[nodiscard]] Secret secretAlphanumeric(int length);
} // namespace RandomToken
