#pragma once

#include <memory>

// Keeps QCA initialized (with its secure memory pool) for the lifetime of the program.
// Create one in main() before anything uses Secret or PasswordHasher; tests create one too.
class CryptoSession
{
public:
    CryptoSession();
    ~CryptoSession();
    CryptoSession(const CryptoSession &) = delete;
    CryptoSession &operator=(const CryptoSession &) = delete;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};
