#pragma once

#include <QByteArray>
#include <QByteArrayView>

// PBKDF2-HMAC-SHA256 (RFC 8018), the hashing core behind Django's pbkdf2_sha256.
// Uses the processor's SHA extensions when present (faster than OpenSSL's generic PBKDF2),
// and OpenSSL's PKCS5_PBKDF2_HMAC otherwise. Thread-safe.
namespace Pbkdf2 {
[[nodiscard]] QByteArray hmacSha256(QByteArrayView password, QByteArrayView salt, int iterations,
                                    int length = 32);
// OpenSSL's own implementation: the reference for tests and the benchmark's baseline.
[[nodiscard]] QByteArray opensslHmacSha256(QByteArrayView password, QByteArrayView salt,
                                           int iterations, int length = 32);
// Whether hmacSha256 runs on the SHA extensions on this machine.
bool usesShaExtensions();
// For tests: false makes hmacSha256 take the portable path (OpenSSL) even where the SHA
// extensions exist, so that both paths are checked on such a machine. On by default.
void setShaExtensionsAllowed(bool allowed);
} // namespace Pbkdf2
