#include "storage/PostgresUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

// libpq's connection settings a URL may carry: transport, TLS, time-outs and session settings.
// Secrets (password, passfile, sslpassword) and anything unknown are refused.
const QSet<QString> &PostgresUrl::allowedSettings()
{
    static const QSet<QString> settings{
        QStringLiteral("application_name"),
        QStringLiteral("channel_binding"),
        QStringLiteral("client_encoding"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("fallback_application_name"),
        QStringLiteral("gssencmode"),
        QStringLiteral("hostaddr"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_count"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("keepalives_interval"),
        QStringLiteral("krbsrvname"),
        QStringLiteral("load_balance_hosts"),
        QStringLiteral("options"),
        QStringLiteral("require_auth"),
        QStringLiteral("service"),
        QStringLiteral("ssl_max_protocol_version"),
        QStringLiteral("ssl_min_protocol_version"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslcertmode"),
        QStringLiteral("sslcompression"),
        QStringLiteral("sslcrl"),
        QStringLiteral("sslcrldir"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslsni"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("tcp_user_timeout"),
    };
    return settings;
}

bool PostgresUrl::isPostgresUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://")) ||
           location.startsWith(QLatin1String("postgres://"));
}

QString PostgresUrl::quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

std::optional<PostgresUrl::Parsed> PostgresUrl::parse(const QString &url, QString *problem)
{
    const auto refuse = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    const QUrl parsed(url, QUrl::StrictMode);
    // Named without query values or password: those may hold secrets.
    const QString shown = parsed.isValid()
                              ? parsed.toDisplayString(QUrl::RemovePassword | QUrl::RemoveQuery |
                                                       QUrl::RemoveFragment)
                              : QStringLiteral("postgresql://…");
    if (!isPostgresUrl(url) || !parsed.isValid() || parsed.host().isEmpty() ||
        parsed.path().size() < 2 || parsed.path().indexOf(QLatin1Char('/'), 1) >= 0)
        return refuse(QCoreApplication::translate(
                          "PostgresUrl",
                          "Not a valid postgresql:// URL (postgresql://USER@HOST:PORT/"
                          "DATABASE): %1")
                          .arg(shown));
    if (!parsed.password().isEmpty())
        return refuse(QCoreApplication::translate(
            "PostgresUrl", "Put no password in the database URL; use a .pgpass file or "
                           "PGPASSWORD instead."));
    if (parsed.hasFragment())
        return refuse(QCoreApplication::translate(
            "PostgresUrl", "The database URL has a fragment (#…), which means nothing to "
                           "PostgreSQL."));
    Parsed result;
    result.host = parsed.host();
    result.port = parsed.port();
    result.user = parsed.userName();
    result.database = parsed.path().mid(1);
    result.displayName = shown;
    QStringList options;
    bool timeoutGiven = false;
    for (const auto &[key, value] : QUrlQuery(parsed).queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password") || key == QLatin1String("passfile") ||
            key == QLatin1String("sslpassword"))
            return refuse(QCoreApplication::translate(
                              "PostgresUrl",
                              "Put no password in the database URL (the setting \"%1\" "
                              "is refused); use a .pgpass file or PGPASSWORD instead.")
                              .arg(key));
        if (!allowedSettings().contains(key)) {
            // Named only when it reads as a libpq setting name: anything else may be a
            // mistyped secret or terminal control text.
            static const QRegularExpression settingName(QStringLiteral("^[a-z_]{1,40}$"));
            if (!settingName.matchView(key).hasMatch())
                return refuse(QCoreApplication::translate(
                    "PostgresUrl", "The database URL has an unknown setting, which this "
                                         "tool does not pass to PostgreSQL."));
            return refuse(QCoreApplication::translate(
                    "PostgresUrl", "The database URL has the setting \"%1\", which this tool "
                                     "does not pass to PostgreSQL.")
                              .arg(key));
        }
        // Qt's driver turns every ';' of the options into a space before libpq reads them, and
        // libpq ends a value at a NUL: neither can be quoted.
        if (value.contains(QLatin1Char(';')) || value.contains(QChar(0)))
            return refuse(QCoreApplication::translate(
                              "PostgresUrl",
                              "The value of the setting \"%1\" in the database URL holds "
                              "a character PostgreSQL cannot be given (';' or NUL).")
                              .arg(key));
        options << key + QLatin1Char('=') + quoted(value);
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
    }
    // An unreachable server fails in seconds rather than after the TCP timeout.
    if (!timeoutGiven)
        options << QStringLiteral("connect_timeout=10");
    result.connectOptions = options.join(QLatin1Char(';'));
    return result;
}
