#include "cli/CommandLine.h"
#include "crypto/CryptoSession.h"
#include "crypto/Secret.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

// takePasswordArgument and runCommandLine, as main() calls them, on any arguments split from the
// fuzz input at NUL bytes, always followed by
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
    // The arguments as main() gets them: C strings, the program's name first.
    std::vector<QByteArray> storage{QByteArrayLiteral("useradmin-cli")};
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!input.isEmpty())
        for (const QByteArrayView argument : QByteArray(input).split('\0'))
            storage.emplace_back(argument.toByteArray());
    for (const char *fixed : {"--no-input", "--dry-run", "--database"})
        storage.emplace_back(fixed);
    storage.push_back(scratch.toUtf8());
    const std::vector<QByteArray> original = storage; // shared until argv's pointers detach
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    // What main() does: the --password value leaves argv first.
    QByteArray passwordArgument = takePasswordArgument(int(storage.size()), argv.data());
    // Whatever followed a --password, read as its value or not, is hidden.
    for (std::size_t i = 1; i + 1 < original.size(); ++i) {
        const QByteArrayView next(argv[i + 1]);
        if (original[i] == "--password" &&
            !std::all_of(next.begin(), next.end(), [](char c) { return c == 'x'; }))
            std::abort();
    }
    const Secret password = Secret::fromUtf8(passwordArgument);
    passwordArgument.fill('\0');
    QStringList arguments;
    for (std::size_t i = 0; i < storage.size(); ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const int code = runCommandLine(arguments, password);
    if (code < 0 || code > 4)
        std::abort();
    return 0;
}
