#pragma once

#include <QString>
#include <optional>

// Python's encodings.idna codec, which Django's EmailValidator applies to a domain its patterns
// refuse before trying them again on the ASCII form.
namespace Idna {
// Python's domain.encode("idna") as Django's punycode() calls it: RFC 3490 ToASCII of every
// label; nullopt where Python raises UnicodeError.
std::optional<QString> toAscii(const QString &domain);
} // namespace Idna
