#include "domain/CredentialsFile.h"

#include "domain/Csv.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

CredentialsFile::~CredentialsFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QString CredentialsFile::create(const QString &path)
{
    m_path = path;
    m_fd = ::open(QFile::encodeName(path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (m_fd < 0)
        return errno == EEXIST
                   ? tr("%1 exists: the credentials file is always a new file (nothing was "
                        "written).")
                         .arg(path)
                   : tr("cannot create %1: %2 (nothing was written).")
                         .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
    return write("email,password\n") ? QString() : failure();
}

bool CredentialsFile::add(const QString &email, const Secret &password)
{
    return write(Csv::line({email}).toUtf8() + ',') && write(password.utf8()) && write("\n");
}

bool CredentialsFile::close()
{
    const bool done = ::fsync(m_fd) == 0 && ::close(m_fd) == 0;
    if (!done)
        m_error = errno;
    m_fd = -1;
    return done;
}

void CredentialsFile::remove()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    ::unlink(QFile::encodeName(m_path).constData());
}

QString CredentialsFile::failure() const
{
    return tr("cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(m_error)));
}

bool CredentialsFile::write(QByteArrayView bytes)
{
    while (!bytes.isEmpty()) {
        const ssize_t written = ::write(m_fd, bytes.data(), size_t(bytes.size()));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_error = written < 0 ? errno : ENOSPC;
            return false;
        }
        bytes = bytes.sliced(written);
    }
    return true;
}
