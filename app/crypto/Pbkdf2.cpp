#include "crypto/Pbkdf2.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <limits>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <vector>

#if defined(__x86_64__) && defined(__GNUC__)
#define USERADMIN_HAVE_SHA_NI 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

constexpr int DigestBytes = 32;
constexpr int BlockBytes = 64;

bool validArguments(QByteArrayView password, QByteArrayView salt, int iterations, int length)
{
    // The salt is followed by the 4-byte block index inside one int-sized OpenSSL buffer.
    return iterations >= 1 && length >= 1 && password.size() <= std::numeric_limits<int>::max() &&
           salt.size() <= std::numeric_limits<int>::max() - 2 * BlockBytes;
}

QByteArray opensslPbkdf2(QByteArrayView password, QByteArrayView salt, int iterations, int length)
{
    // OpenSSL wants real pointers even for empty inputs.
    static const unsigned char empty = 0;
    const char *passwordData =
        password.isEmpty() ? reinterpret_cast<const char *>(&empty) : password.data();
    const auto *saltData =
        salt.isEmpty() ? &empty : reinterpret_cast<const unsigned char *>(salt.data());
    QByteArray out(length, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(passwordData, int(password.size()), saltData, int(salt.size()),
                          iterations, EVP_sha256(), length,
                          reinterpret_cast<unsigned char *>(out.data())) != 1)
        return {};
    return out;
}

#ifdef USERADMIN_HAVE_SHA_NI

#define SHA_NI_TARGET __attribute__((target("sha,sse4.1")))
#define SHA_NI_INLINE __attribute__((target("sha,sse4.1"), always_inline)) inline

alignas(16) constexpr uint32_t RoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr uint32_t InitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

// Byte order swap within each 32-bit lane: SHA-256 words are big-endian.
SHA_NI_INLINE __m128i byteSwapMask()
{
    return _mm_set_epi64x(0x0c0d0e0f08090a0bLL, 0x0405060700010203LL);
}

// The SHA instructions keep the state as {F,E,B,A} and {H,G,D,C} (lane 0 first); the message
// words and the digest use the natural order {A,B,C,D} and {E,F,G,H}.
SHA_NI_INLINE void toShaLayout(__m128i abcd, __m128i efgh, __m128i &abef, __m128i &cdgh)
{
    const __m128i badc = _mm_shuffle_epi32(abcd, 0xB1);
    const __m128i hgfe = _mm_shuffle_epi32(efgh, 0x1B);
    abef = _mm_alignr_epi8(badc, hgfe, 8);
    cdgh = _mm_blend_epi16(hgfe, badc, 0xF0);
}

SHA_NI_INLINE void fromShaLayout(__m128i abef, __m128i cdgh, __m128i &abcd, __m128i &efgh)
{
    const __m128i abef2 = _mm_shuffle_epi32(abef, 0x1B); // {A,B,E,F}
    const __m128i ghcd = _mm_shuffle_epi32(cdgh, 0xB1);  // {G,H,C,D}
    abcd = _mm_blend_epi16(abef2, ghcd, 0xF0);
    efgh = _mm_alignr_epi8(ghcd, abef2, 8);
}

// One SHA-256 compression of the message words w0..w15 (natural order, four per register).
SHA_NI_INLINE void compress(__m128i &abef, __m128i &cdgh, __m128i m0, __m128i m1, __m128i m2,
                            __m128i m3)
{
    const __m128i abefIn = abef;
    const __m128i cdghIn = cdgh;
    __m128i w[4] = {m0, m1, m2, m3};
#pragma GCC unroll 16
    for (int i = 0; i < 16; ++i) {
        __m128i &current = w[i & 3];
        const __m128i k = _mm_load_si128(reinterpret_cast<const __m128i *>(&RoundConstants[4 * i]));
        const __m128i words = _mm_add_epi32(current, k);
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_shuffle_epi32(words, 0x0E));
        if (i < 12) {
            // Words 4i+16..4i+19 take the place of 4i..4i+3, which are no longer needed.
            __m128i next = _mm_sha256msg1_epu32(current, w[(i + 1) & 3]);
            next = _mm_add_epi32(next, _mm_alignr_epi8(w[(i + 3) & 3], w[(i + 2) & 3], 4));
            current = _mm_sha256msg2_epu32(next, w[(i + 3) & 3]);
        }
    }
    abef = _mm_add_epi32(abef, abefIn);
    cdgh = _mm_add_epi32(cdgh, cdghIn);
}

// Compresses whole 64-byte blocks into state (natural word order).
SHA_NI_TARGET void compressBlocks(uint32_t state[8], const unsigned char *data, size_t blocks)
{
    const __m128i mask = byteSwapMask();
    __m128i abef;
    __m128i cdgh;
    toShaLayout(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)),
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4)), abef, cdgh);
    for (size_t b = 0; b < blocks; ++b, data += BlockBytes) {
        const auto *p = reinterpret_cast<const __m128i *>(data);
        compress(abef, cdgh, _mm_shuffle_epi8(_mm_loadu_si128(p), mask),
                 _mm_shuffle_epi8(_mm_loadu_si128(p + 1), mask),
                 _mm_shuffle_epi8(_mm_loadu_si128(p + 2), mask),
                 _mm_shuffle_epi8(_mm_loadu_si128(p + 3), mask));
    }
    __m128i abcd;
    __m128i efgh;
    fromShaLayout(abef, cdgh, abcd, efgh);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), abcd);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), efgh);
}

// One HMAC half over a 32-byte message: a single block after the precomputed key block.
SHA_NI_INLINE void hmacHalf(__m128i keyAbef, __m128i keyCdgh, __m128i &abcd, __m128i &efgh,
                            __m128i padding0, __m128i padding1)
{
    compress(keyAbef, keyCdgh, abcd, efgh, padding0, padding1);
    fromShaLayout(keyAbef, keyCdgh, abcd, efgh);
}

// T_i of PBKDF2 from the inner hash of salt || INT(i): every iteration is two compressions on
// registers, the 32-byte message and its padding never touch memory.
SHA_NI_TARGET void iterateBlock(const uint32_t inner[8], const uint32_t outer[8],
                                const uint32_t firstInner[8], int iterations,
                                unsigned char out[DigestBytes])
{
    // Words 8..15 of a 32-byte message after a 64-byte key block: 0x80, zeros, 768 bits.
    const __m128i padding0 = _mm_set_epi32(0, 0, 0, int(0x80000000u));
    const __m128i padding1 = _mm_set_epi32(768, 0, 0, 0);
    __m128i innerAbef;
    __m128i innerCdgh;
    __m128i outerAbef;
    __m128i outerCdgh;
    toShaLayout(_mm_loadu_si128(reinterpret_cast<const __m128i *>(inner)),
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(inner + 4)), innerAbef,
                innerCdgh);
    toShaLayout(_mm_loadu_si128(reinterpret_cast<const __m128i *>(outer)),
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(outer + 4)), outerAbef,
                outerCdgh);
    __m128i u0 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(firstInner));
    __m128i u1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(firstInner + 4));
    hmacHalf(outerAbef, outerCdgh, u0, u1, padding0, padding1);
    __m128i t0 = u0;
    __m128i t1 = u1;
    for (int n = 1; n < iterations; ++n) {
        hmacHalf(innerAbef, innerCdgh, u0, u1, padding0, padding1);
        hmacHalf(outerAbef, outerCdgh, u0, u1, padding0, padding1);
        t0 = _mm_xor_si128(t0, u0);
        t1 = _mm_xor_si128(t1, u1);
    }
    const __m128i mask = byteSwapMask();
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_shuffle_epi8(t0, mask));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 16), _mm_shuffle_epi8(t1, mask));
}

bool detectShaExtensions()
{
    unsigned eax = 0;
    unsigned ebx = 0;
    unsigned ecx = 0;
    unsigned edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

void storeBigEndian(const uint32_t words[8], unsigned char out[DigestBytes])
{
    for (int i = 0; i < 8; ++i) {
        out[4 * i] = static_cast<unsigned char>(words[i] >> 24);
        out[4 * i + 1] = static_cast<unsigned char>(words[i] >> 16);
        out[4 * i + 2] = static_cast<unsigned char>(words[i] >> 8);
        out[4 * i + 3] = static_cast<unsigned char>(words[i]);
    }
}

// Hashes a || b to the end with SHA-256 padding, continuing from state after prefixBytes
// (a multiple of 64) already compressed.
void finishSha256(uint32_t state[8], uint64_t prefixBytes, QByteArrayView a, QByteArrayView b)
{
    const size_t dataBytes = size_t(a.size()) + size_t(b.size());
    const size_t total = (dataBytes + 1 + 8 + BlockBytes - 1) / BlockBytes * BlockBytes;
    std::vector<unsigned char> message(total, 0);
    if (!a.isEmpty())
        std::memcpy(message.data(), a.data(), size_t(a.size()));
    if (!b.isEmpty())
        std::memcpy(message.data() + a.size(), b.data(), size_t(b.size()));
    message[dataBytes] = 0x80;
    const uint64_t bits = (prefixBytes + dataBytes) * 8;
    for (int i = 0; i < 8; ++i)
        message[total - 1 - size_t(i)] = static_cast<unsigned char>(bits >> (8 * i));
    compressBlocks(state, message.data(), total / BlockBytes);
    // The message may hold the password (long keys are hashed here).
    OPENSSL_cleanse(message.data(), message.size());
}

QByteArray shaNiPbkdf2(QByteArrayView password, QByteArrayView salt, int iterations, int length)
{
    // HMAC key block: the password, or its SHA-256 when longer than a block, zero-padded.
    unsigned char key[BlockBytes] = {};
    if (password.size() > BlockBytes) {
        uint32_t digest[8];
        std::copy(std::begin(InitialState), std::end(InitialState), digest);
        finishSha256(digest, 0, password, {});
        storeBigEndian(digest, key);
        OPENSSL_cleanse(digest, sizeof digest);
    } else if (!password.isEmpty()) {
        std::memcpy(key, password.data(), size_t(password.size()));
    }

    uint32_t inner[8];
    uint32_t outer[8];
    std::copy(std::begin(InitialState), std::end(InitialState), inner);
    std::copy(std::begin(InitialState), std::end(InitialState), outer);
    unsigned char padded[BlockBytes];
    for (int i = 0; i < BlockBytes; ++i)
        padded[i] = key[i] ^ 0x36;
    compressBlocks(inner, padded, 1);
    for (int i = 0; i < BlockBytes; ++i)
        padded[i] = key[i] ^ 0x5c;
    compressBlocks(outer, padded, 1);
    OPENSSL_cleanse(key, sizeof key);
    OPENSSL_cleanse(padded, sizeof padded);

    QByteArray out(length, Qt::Uninitialized);
    const int blocks = (length + DigestBytes - 1) / DigestBytes;
    for (int block = 1; block <= blocks; ++block) {
        const unsigned char index[4] = {
            static_cast<unsigned char>(unsigned(block) >> 24),
            static_cast<unsigned char>(unsigned(block) >> 16),
            static_cast<unsigned char>(unsigned(block) >> 8),
            static_cast<unsigned char>(unsigned(block)),
        };
        uint32_t firstInner[8];
        std::copy(std::begin(inner), std::end(inner), firstInner);
        finishSha256(firstInner, BlockBytes, salt, QByteArrayView(index, 4));
        unsigned char result[DigestBytes];
        iterateBlock(inner, outer, firstInner, iterations, result);
        const int offset = (block - 1) * DigestBytes;
        std::memcpy(out.data() + offset, result, size_t(std::min(DigestBytes, length - offset)));
        OPENSSL_cleanse(result, sizeof result);
        OPENSSL_cleanse(firstInner, sizeof firstInner);
    }
    OPENSSL_cleanse(inner, sizeof inner);
    OPENSSL_cleanse(outer, sizeof outer);
    return out;
}

#endif // USERADMIN_HAVE_SHA_NI

} // namespace

namespace {
std::atomic<bool> shaExtensionsAllowed{true};
} // namespace

bool Pbkdf2::usesShaExtensions()
{
#ifdef USERADMIN_HAVE_SHA_NI
    static const bool available = detectShaExtensions();
    return available && shaExtensionsAllowed.load(std::memory_order_relaxed);
#else
    return false;
#endif
}

void Pbkdf2::setShaExtensionsAllowed(bool allowed)
{
    shaExtensionsAllowed.store(allowed, std::memory_order_relaxed);
}

QByteArray Pbkdf2::hmacSha256(QByteArrayView password, QByteArrayView salt, int iterations,
                              int length)
{
    if (!validArguments(password, salt, iterations, length))
        return {};
#ifdef USERADMIN_HAVE_SHA_NI
    if (usesShaExtensions())
        return shaNiPbkdf2(password, salt, iterations, length);
#endif
    return opensslPbkdf2(password, salt, iterations, length);
}

QByteArray Pbkdf2::opensslHmacSha256(QByteArrayView password, QByteArrayView salt, int iterations,
                                     int length)
{
    if (!validArguments(password, salt, iterations, length))
        return {};
    return opensslPbkdf2(password, salt, iterations, length);
}
