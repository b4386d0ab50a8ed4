#pragma once

#include <QString>

// Random text from QCA's random source, for salts and tokens.
namespace RandomToken {
// `length` characters drawn uniformly from [a-zA-Z0-9]; safe to call from several threads.
[[nodiscard]] QString alphanumeric(int length);
} // namespace RandomToken
