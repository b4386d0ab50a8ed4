#pragma once

#include <QByteArrayView>
#include <QList>
#include <QStringList>

// Comma-separated values as RFC 4180 has them, and as spreadsheets write them: fields quoted
// with '"' may hold the delimiter, doubled quotes and line breaks; lines end in CRLF or LF; the
// text is UTF-8, with or without a byte order mark. The delimiter is a comma, or a semicolon
// (what spreadsheets write where the comma is the decimal separator), whichever the first line
// holds more of outside quotes.
namespace Csv {
// One record, with the number of the physical line it starts on (the first line is 1; a quoted
// field that spans lines moves the next record's number on by as many lines).
struct Record
{
    int line = 0;
    QStringList fields;
};

struct Table
{
    QChar delimiter = QLatin1Char(',');
    QList<Record> records; // the header first; records whose fields are all empty are left out
    // Why the text cannot be read (not UTF-8, an unterminated quote...); empty when it can.
    // Records before the problem are kept.
    QString problem;
    int problemLine = 0;
};

[[nodiscard]] Table read(QByteArrayView bytes);

// One record as a line of text (without its line break): fields quoted where needed.
[[nodiscard]] QString line(const QStringList &fields, QChar delimiter = QLatin1Char(','));
} // namespace Csv
