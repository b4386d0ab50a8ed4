#include "crypto/CryptoSession.h"

#include <QtCrypto>

struct CryptoSession::Data
{
    // Practical mode: locked memory when the system allows it, ordinary memory otherwise.
    QCA::Initializer initializer;
};

CryptoSession::CryptoSession()
    : m_data(std::make_unique<Data>())
{}

CryptoSession::~CryptoSession() = default;
