#pragma once

#include <QByteArrayView>
#include <QString>
#include <memory>

// A password or other secret, held in QCA's locked, zeroed-on-free memory (QCA::SecureArray)
// from the moment it leaves the input widget or standard input. Copies share the same buffer.
// Never converted back to QString except transiently by code that must inspect characters.
class Secret
{
public:
    Secret();
    // Takes the UTF-8 form of text into secure memory. The caller should clear its own copy.
    static Secret fromText(const QString &text);
    static Secret fromUtf8(QByteArrayView utf8);

    bool isEmpty() const;
    // The UTF-8 bytes, valid while this Secret lives.
    QByteArrayView utf8() const;
    bool operator==(const Secret &other) const;

private:
    struct Data;
    std::shared_ptr<Data> m_data;
};
