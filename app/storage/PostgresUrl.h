#pragma once

#include <QSet>
#include <QString>
#include <optional>

// postgresql:// URLs, turned into what Qt's PostgreSQL driver hands libpq. Query items are libpq
// settings: only those on an allow-list pass, each value quoted as libpq requires, so that no
// value can add a setting of its own (a password, say). A password in the URL is refused, and
// no message repeats a value.
namespace PostgresUrl {

struct Parsed
{
    QString host;
    int port = -1;
    QString user;
    QString database;
    // "key='value';key='value'" for QSqlDatabase::setConnectOptions.
    QString connectOptions;
    // The URL without its query values, for titles and messages.
    QString displayName;
};

bool isPostgresUrl(const QString &location);
// The libpq settings a URL may carry.
const QSet<QString> &allowedSettings();
// None, with `problem` set, when the URL cannot be used.
std::optional<Parsed> parse(const QString &url, QString *problem);
// A value as libpq reads it inside a connection string: 'text', with ' and \ escaped.
QString quoted(const QString &value);
} // namespace PostgresUrl
