#include "crypto/CryptoSession.h"

#include <QtCrypto>

#if defined(__SANITIZE_ADDRESS__)
#define USERADMIN_LEAK_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define USERADMIN_LEAK_SANITIZER 1
#endif
#endif
#ifdef USERADMIN_LEAK_SANITIZER
#include <sanitizer/lsan_interface.h>
#endif

struct CryptoSession::Data
{
    // Practical mode: locked memory when the system allows it, ordinary memory otherwise.
    QCA::Initializer initializer;
};

CryptoSession::CryptoSession()
    : m_data(std::make_unique<Data>())
{
#ifdef USERADMIN_LEAK_SANITIZER
    // Sanitized builds only (`tools/dev test --sanitize`): QCA's OpenSSL plugin (qca-ossl) loads
    // OpenSSL 3's "legacy" provider when QCA first loads its plugins
    // (OSSL_PROVIDER_try_load(nullptr, "legacy", 1) in its provider's constructor) and never
    // unloads it, so OpenSSL's own clean-up at exit cannot free it: LeakSanitizer reports about
    // 38 KB of "indirect" leaks in libcrypto (the provider, its child library context and their
    // tables) at the exit of every process that hashed a password. Nothing of this project's is
    // involved, and libcrypto's frames have no frame pointers, so a suppression pattern could
    // only name libcrypto as a whole. Instead the plugins are loaded here, at once, with leak
    // detection off for exactly that load; everything else is still checked. (QCA loads its
    // plugins on first use otherwise, which is what release builds keep doing.)
    __lsan::ScopedDisabler loadingQcaPlugins;
    // Asking for a feature that only a plugin offers makes QCA load them all now.
    (void)QCA::isSupported("sha256");
#endif
}

CryptoSession::~CryptoSession() = default;
