#pragma once

#include "crypto/Secret.h"

#include <QCoreApplication>
#include <QString>

// Where an import's generated passwords go: a CSV file (`email,password` lines) created new,
// readable by its owner only (0600), never over an existing file or through a link. Each line is
// written straight from secure memory.
class CredentialsFile
{
    Q_DECLARE_TR_FUNCTIONS(CredentialsFile)

public:
    CredentialsFile() = default;
    CredentialsFile(const CredentialsFile &) = delete;
    CredentialsFile &operator=(const CredentialsFile &) = delete;
    ~CredentialsFile();

    // Creates the file with its header line; empty on success, else why not (an existing file
    // is refused).
    QString create(const QString &path);
    bool add(const QString &email, const Secret &password);
    // Flushed to the disk and closed; false when that failed.
    bool close();
    // Closes and deletes the file (nothing went into it).
    void remove();
    // Why the last write failed.
    QString failure() const;

private:
    bool write(QByteArrayView bytes);

    QString m_path;
    int m_fd = -1;
    int m_error = 0;
};
