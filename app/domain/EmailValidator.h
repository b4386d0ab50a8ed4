#pragma once

#include <QString>

// Django's EmailValidator (the rules Sentry's User.email field applies), plus the column length.
namespace EmailValidator {
constexpr int DefaultMaxLength = 200;

// Empty when the address is valid; otherwise why not, as a short translated sentence.
[[nodiscard]] QString problem(const QString &email, int maxLength = DefaultMaxLength);
inline bool isValid(const QString &email, int maxLength = DefaultMaxLength)
{
    return problem(email, maxLength).isEmpty();
}
} // namespace EmailValidator
