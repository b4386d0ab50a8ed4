#include "FuzzInput.h"
#include "storage/PostgresUrl.h"

#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

// PostgresUrl::parse on any text: no crash, no undefined behaviour, no hang; and what it hands
// the driver cannot carry a setting the URL did not name. The connect options are read back as
// libpq reads them (after Qt's PostgreSQL driver turns each ';' into a space): they must parse,
// name no password or password file, and name only keys that are query items of the URL.
namespace {
// libpq's conninfo_parse: key = value pairs, a value plain (up to white space, with \ escaping
// one character) or in single quotes (with \ escaping one character). Empty on a syntax error,
// which libpq refuses.
std::optional<QStringList> connInfoKeys(const QString &text)
{
    QStringList keys;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && text[i].isSpace())
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i == text.size())
            return keys;
        const qsizetype keyStart = i;
        while (i < text.size() && text[i] != QLatin1Char('=') && !text[i].isSpace())
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (key.isEmpty() || i == text.size() || text[i] != QLatin1Char('='))
            return std::nullopt;
        ++i;
        skipSpace();
        if (i < text.size() && text[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == QLatin1Char('\\')) {
                    i += 2;
                    continue;
                }
                if (text[i++] == QLatin1Char('\'')) {
                    closed = true;
                    break;
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < text.size() && !text[i].isSpace())
                i += text[i] == QLatin1Char('\\') ? 2 : 1;
            i = std::min(i, text.size());
        }
        keys << key;
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString url = fuzzText(data, size);
    QString problem;
    const std::optional<PostgresUrl::Parsed> parsed = PostgresUrl::parse(url, &problem);
    (void)PostgresUrl::isPostgresUrl(url);
    (void)PostgresUrl::quoted(url);
    if (!parsed) {
        FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }
    QSet<QString> named;
    for (const auto &item : QUrlQuery(QUrl(url).query(QUrl::FullyEncoded))
                                .queryItems(QUrl::FullyDecoded))
        named.insert(item.first);
    QString options = parsed->connectOptions;
    options.replace(QLatin1Char(';'), QLatin1Char(' '));
    const std::optional<QStringList> keys = connInfoKeys(options);
    FUZZ_CHECK(keys.has_value());
    for (const QString &key : *keys) {
        FUZZ_CHECK(key != QLatin1String("password") && key != QLatin1String("passfile"));
        FUZZ_CHECK(named.contains(key));
    }
    return 0;
}
