#pragma once

#include "crypto/Secret.h"

#include <QList>
#include <QString>

// Django-compatible password hashes: "pbkdf2_sha256$<iterations>$<salt>$<base64 hash>".
namespace PasswordHasher {
constexpr int DefaultIterations = 1'000'000;

// A new hash with a fresh 22-character [a-zA-Z0-9] salt from QCA's random source.
[[nodiscard]] QString hash(const Secret &password, int iterations = DefaultIterations);
// One hash per password, computed in parallel on all cores; the result keeps the input order.
[[nodiscard]] QList<QString> hashAll(const QList<Secret> &passwords,
                                     int iterations = DefaultIterations);
// Whether an encoded pbkdf2_sha256 hash matches the password (constant-time comparison).
[[nodiscard]] bool verify(const Secret &password, const QString &encoded);
// 22 characters drawn uniformly from [a-zA-Z0-9] by QCA's random source.
[[nodiscard]] QString makeSalt();
} // namespace PasswordHasher
