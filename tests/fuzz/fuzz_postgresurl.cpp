#include "FuzzInput.h"
#include "storage/PostgresUrl.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

// PostgresUrl::parse on any text: no crash, no undefined behaviour, no hang; what it hands the
// driver cannot carry a setting the URL did not name; and no message repeats a value. The
// connect options are read back as libpq reads them (after Qt's PostgreSQL driver turns each
// ';' into a space): they must parse, and give back exactly the URL's query items (plus the
// default connect_timeout), each on the allow-list and none of them a password.
namespace {
using Setting = std::pair<QString, QString>;

// libpq's conninfo_parse: key = value pairs, a value plain (up to white space) or in single
// quotes, \ escaping one character in both. None on a syntax error, which libpq refuses.
std::optional<QList<Setting>> connInfo(const QString &text)
{
    // isspace() in the C locale, byte by byte: no other character separates anything.
    const auto isSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    };
    QList<Setting> settings;
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < text.size() && isSpace(text[i]))
            ++i;
    };
    for (;;) {
        skipSpace();
        if (i == text.size())
            return settings;
        const qsizetype keyStart = i;
        while (i < text.size() && text[i] != QLatin1Char('=') && !isSpace(text[i]))
            ++i;
        const QString key = text.mid(keyStart, i - keyStart);
        skipSpace();
        if (key.isEmpty() || i == text.size() || text[i] != QLatin1Char('='))
            return std::nullopt;
        ++i;
        skipSpace();
        QString value;
        if (i < text.size() && text[i] == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == QLatin1Char('\\')) {
                    if (++i == text.size())
                        return std::nullopt;
                    value += text[i++];
                    continue;
                }
                if (text[i] == QLatin1Char('\'')) {
                    ++i;
                    closed = true;
                    break;
                }
                value += text[i++];
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < text.size() && !isSpace(text[i])) {
                if (text[i] == QLatin1Char('\\') && i + 1 < text.size())
                    ++i;
                value += text[i++];
            }
        }
        settings.append({key, value});
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

    // Values that cannot be part of a message by chance (8 characters or more, a digit among
    // them: no message text has one) and found nowhere that a message may name (the URL before
    // its query, as given or shown, and the settings' names).
    const QUrl strict(url, QUrl::StrictMode);
    const QList<Setting> items = QUrlQuery(strict).queryItems(QUrl::FullyDecoded);
    QStringList nameable{
        url.left(url.indexOf(QLatin1Char('?')) < 0 ? url.size() : url.indexOf(QLatin1Char('?'))),
        strict.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery | QUrl::RemoveFragment),
        strict.toString(QUrl::RemoveQuery | QUrl::FullyDecoded)};
    for (const Setting &item : items)
        nameable << item.first;
    for (const Setting &item : items) {
        if (item.second.size() < 8 ||
            std::none_of(item.second.cbegin(), item.second.cend(),
                         [](QChar c) { return c.isDigit(); }) ||
            std::any_of(nameable.cbegin(), nameable.cend(),
                        [&](const QString &text) { return text.contains(item.second); }))
            continue;
        FUZZ_CHECK(!problem.contains(item.second));
        FUZZ_CHECK(!parsed || !parsed->displayName.contains(item.second));
    }
    if (!parsed) {
        FUZZ_CHECK(!problem.isEmpty());
        return 0;
    }

    QString options = parsed->connectOptions;
    options.replace(QLatin1Char(';'), QLatin1Char(' '));
    const std::optional<QList<Setting>> settings = connInfo(options);
    FUZZ_CHECK(settings.has_value());
    QList<Setting> expected = items;
    if (std::none_of(items.cbegin(), items.cend(), [](const Setting &item) {
            return item.first == QLatin1String("connect_timeout");
        }))
        expected.append({QStringLiteral("connect_timeout"), QStringLiteral("10")});
    FUZZ_CHECK(*settings == expected);
    for (const Setting &setting : *settings) {
        FUZZ_CHECK(PostgresUrl::allowedSettings().contains(setting.first));
        FUZZ_CHECK(setting.first != QLatin1String("password") &&
                   setting.first != QLatin1String("passfile") &&
                   setting.first != QLatin1String("sslpassword"));
    }
    return 0;
}
