#include "domain/DisplayText.h"

#include <QLocale>

QString DisplayText::visible(const QString &text)
{
    const auto isControl = [](QChar c) {
        return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString shown;
    shown.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (isControl(c))
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    return shown;
}

QString DisplayText::shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length)
        return text;
    return text.left(length - 1) + QChar(0x2026);
}

QString DisplayText::dateTime(const QDateTime &time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    // Short formats stop at the minutes ("h:mm AP", "HH:mm"); the long ones add the zone's name.
    if (!format.contains(QLatin1String("ss")))
        format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(time.toLocalTime(),
                           locale.dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + format);
}
