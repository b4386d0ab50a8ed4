#pragma once

#include <QString>
#include <cstddef>
#include <cstdint>

// Fuzz bytes as text: UTF-8, unless the first byte is 0x01 (the rest is Latin-1, every code unit
// below 256) or 0x02 (the rest is UTF-16, lone surrogates included), so that every QString can
// be reached while seeds stay plain text.
inline QString fuzzText(const std::uint8_t *data, std::size_t size)
{
    const auto *bytes = reinterpret_cast<const char *>(data);
    if (size > 0 && data[0] == 1)
        return QString::fromLatin1(bytes + 1, qsizetype(size - 1));
    if (size > 0 && data[0] == 2)
        return QString(reinterpret_cast<const QChar *>(bytes + 1), qsizetype(size - 1) / 2);
    return QString::fromUtf8(bytes, qsizetype(size));
}

// A broken invariant: abort, which libFuzzer reports as a crash with the input kept.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);    \
            abort();                                                                               \
        }                                                                                          \
    } while (false)
