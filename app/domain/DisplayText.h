#pragma once

#include <QDateTime>
#include <QString>

// Text from the database or the operator, made safe to show: stored emails may hold control
// characters (a quoted local part with ESC is valid for Django) that would retitle or clear a
// terminal, and an address can be thousands of characters long.
namespace DisplayText {
// Control characters (C0, DEL, C1) written as \xNN, so that they show and act on nothing.
[[nodiscard]] QString visible(const QString &text);
// At most `length` characters: longer text keeps its start and ends with "…".
[[nodiscard]] QString shortened(const QString &text, qsizetype length = 80);
// A date and time in local time, the way of the language chosen (QLocale's short format), with
// the seconds: the one format of every date and time the window shows.
[[nodiscard]] QString dateTime(const QDateTime &time);
} // namespace DisplayText
