#pragma once

#include "crypto/Secret.h"

#include <QStringList>

// Sentry's AUTH_PASSWORD_VALIDATORS, in Sentry's order: similarity to the user's email/username
// (Django's UserAttributeSimilarityValidator, 0.7), minimum length 8, maximum length 256, not one
// of Django's 20,000 common passwords, not entirely numeric. Messages are Django's (translated).
namespace PasswordPolicy {
constexpr int MinimumLength = 8;
constexpr int MaximumLength = 256;
constexpr double MaximumSimilarity = 0.7;

// Every rule the password breaks for the user with this email (also the username); empty if none.
[[nodiscard]] QStringList problems(const Secret &password, const QString &email);
// Why no sign-in could ever send this password (bytes that are not UTF-8 text, a NUL, a line
// break or another control character); empty when it can be typed. Not a policy: never
// overridden.
[[nodiscard]] QString unusable(const Secret &password);
} // namespace PasswordPolicy
