#include "crypto/Secret.h"

#include <QStringEncoder>
#include <QtCrypto>
#include <cstring>
#include <limits>

struct Secret::Data
{
    QCA::SecureArray bytes;
};

Secret::Secret() = default;

Secret Secret::fromText(const QString &text)
{
    // Encode straight into secure memory so that no unprotected UTF-8 copy is made.
    QStringEncoder encoder(QStringConverter::Utf8);
    const qsizetype capacity = encoder.requiredSpace(text.size());
    if (capacity <= 0 || capacity > std::numeric_limits<int>::max())
        return {};
    Secret secret;
    secret.m_data = std::make_shared<Data>();
    secret.m_data->bytes.resize(int(capacity));
    char *begin = secret.m_data->bytes.data();
    const char *end = encoder.appendToBuffer(begin, text);
    secret.m_data->bytes.resize(int(end - begin));
    return secret;
}

Secret Secret::fromUtf8(QByteArrayView utf8)
{
    if (utf8.isEmpty() || utf8.size() > std::numeric_limits<int>::max())
        return {};
    Secret secret;
    secret.m_data = std::make_shared<Data>();
    secret.m_data->bytes.resize(int(utf8.size()));
    std::memcpy(secret.m_data->bytes.data(), utf8.data(), size_t(utf8.size()));
    return secret;
}

bool Secret::isEmpty() const
{
    return !m_data || m_data->bytes.isEmpty();
}

QByteArrayView Secret::utf8() const
{
    if (isEmpty())
        return {};
    return QByteArrayView(m_data->bytes.constData(), m_data->bytes.size());
}

bool Secret::operator==(const Secret &other) const
{
    const QByteArrayView a = utf8();
    const QByteArrayView b = other.utf8();
    if (a.size() != b.size())
        return false;
    // Constant time in the contents: the loop never exits early.
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
