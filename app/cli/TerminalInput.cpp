#include "cli/TerminalInput.h"

#include <cstdio>
#include <termios.h>
#include <unistd.h>
#include <vector>

namespace {
void prompt(const QString &text)
{
    if (text.isEmpty())
        return;
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// Reads bytes up to a newline into `line` (which the caller may need to wipe).
bool readRawLine(std::vector<char> &line)
{
    char byte = 0;
    bool any = false;
    while (::read(STDIN_FILENO, &byte, 1) == 1) {
        any = true;
        if (byte == '\n')
            break;
        line.push_back(byte);
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return any;
}

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
        m_active = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_active) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
    }
    ~EchoOff()
    {
        if (m_active) {
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
            std::fputc('\n', stdout);
            std::fflush(stdout);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};
} // namespace

bool TerminalInput::isInteractive()
{
    return ::isatty(STDIN_FILENO);
}

std::optional<QString> TerminalInput::readLine(const QString &text)
{
    prompt(text);
    std::vector<char> line;
    if (!readRawLine(line))
        return std::nullopt;
    return QString::fromUtf8(line.data(), qsizetype(line.size()));
}

std::optional<Secret> TerminalInput::readSecret(const QString &text)
{
    prompt(text);
    std::vector<char> line;
    line.reserve(1024); // no reallocation leaves stray copies of the secret behind
    bool any = false;
    {
        EchoOff echoOff;
        any = readRawLine(line);
    }
    std::optional<Secret> secret;
    if (any)
        secret = Secret::fromUtf8(QByteArrayView(line.data(), qsizetype(line.size())));
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

bool TerminalInput::confirm(const QString &question, bool defaultAnswer)
{
    const QString suffix = defaultAnswer ? QStringLiteral(" [Y/n]: ") : QStringLiteral(" [y/N]: ");
    for (;;) {
        const std::optional<QString> answer = readLine(question + suffix);
        if (!answer || answer->trimmed().isEmpty())
            return defaultAnswer;
        const QString word = answer->trimmed().toLower();
        if (word == QLatin1String("y") || word == QLatin1String("yes"))
            return true;
        if (word == QLatin1String("n") || word == QLatin1String("no"))
            return false;
        prompt(QStringLiteral("Error: invalid input\n"));
    }
}
