#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

// runCommandLine on any arguments, split from the fuzz input at NUL bytes, always followed by
// --no-input --dry-run --database <a scratch database made once>: parsing, validation and the
// dry run of every command on the embedded database, with nothing real touched (the last
// --database wins; arguments after a "--" are positional, which the command line refuses).
// Standard input is /dev/null, so --password-stdin finds no password.
namespace {
QString scratch;
}

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "fuzz_commandline";
    static char *argv[] = {name, nullptr};
    // The SQL drivers are plugins, which need an application object.
    static const auto app = std::make_unique<QCoreApplication>(argc, argv);
    static const auto crypto = std::make_unique<CryptoSession>();
    static QTemporaryDir dir;
    if (!dir.isValid() || !std::freopen("/dev/null", "r", stdin))
        std::abort();
    scratch = dir.filePath(QStringLiteral("users.sqlite3"));
    Database::open(scratch); // created and seeded once
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QStringList arguments{QStringLiteral("useradmin-cli")};
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!input.isEmpty())
        for (const QByteArrayView argument : QByteArray(input).split('\0'))
            arguments << QString::fromUtf8(argument);
    arguments << QStringLiteral("--no-input") << QStringLiteral("--dry-run")
              << QStringLiteral("--database") << scratch;
    const int code = runCommandLine(arguments);
    if (code < 0 || code > 4)
        std::abort();
    return 0;
}
