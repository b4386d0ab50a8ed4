#include "domain/Csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace {
const QChar quote = QLatin1Char('"');
const QChar lineFeed = QLatin1Char('\n');
const QChar carriageReturn = QLatin1Char('\r');

// The delimiter of the first line: the one it holds more of outside quotes; a comma on a tie.
QChar detectDelimiter(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == quote)
            quoted = !quoted;
        else if (!quoted && (c == lineFeed || c == carriageReturn))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

class Parser
{
public:
    Parser(QStringView text, Csv::Table &table)
        : m_text(text)
        , m_table(table)
        , m_delimiter(table.delimiter)
    {}

    void parse()
    {
        while (m_position < m_text.size()) {
            Csv::Record record;
            record.line = m_line;
            if (!readRecord(record.fields))
                return;
            const bool blank = std::all_of(record.fields.cbegin(), record.fields.cend(),
                                           [](const QString &field) { return field.isEmpty(); });
            if (!blank)
                m_table.records.append(std::move(record));
        }
    }

private:
    // Consumes a line break at the current position, if there is one (CRLF, LF or a lone CR).
    bool takeLineBreak()
    {
        if (m_position >= m_text.size())
            return false;
        const QChar c = m_text[m_position];
        if (c == lineFeed) {
            ++m_position;
        } else if (c == carriageReturn) {
            ++m_position;
            if (m_position < m_text.size() && m_text[m_position] == lineFeed)
                ++m_position;
        } else {
            return false;
        }
        ++m_line;
        return true;
    }

    // Reads fields up to the end of the record; false (with the table's problem set) when the
    // text cannot be read on.
    bool readRecord(QStringList &fields)
    {
        for (;;) {
            QString field;
            if (m_position < m_text.size() && m_text[m_position] == quote) {
                if (!readQuoted(field))
                    return false;
            } else {
                readPlain(field);
            }
            fields.append(std::move(field));
            if (m_position >= m_text.size() || takeLineBreak())
                return true;
            // readPlain and readQuoted stop only at the delimiter, a line break or the end.
            ++m_position;
        }
    }

    void readPlain(QString &field)
    {
        const qsizetype start = m_position;
        while (m_position < m_text.size()) {
            const QChar c = m_text[m_position];
            if (c == m_delimiter || c == lineFeed || c == carriageReturn)
                break;
            ++m_position;
        }
        field = m_text.sliced(start, m_position - start).toString();
    }

    bool readQuoted(QString &field)
    {
        const int startLine = m_line;
        ++m_position; // the opening quote
        for (;;) {
            if (m_position >= m_text.size())
                return fail(QCoreApplication::translate("Csv", "a quoted field is not closed"),
                            startLine);
            const QChar c = m_text[m_position];
            if (c == quote) {
                if (m_position + 1 < m_text.size() && m_text[m_position + 1] == quote) {
                    field += quote;
                    m_position += 2;
                    continue;
                }
                ++m_position;
                break;
            }
            const qsizetype before = m_position;
            if (takeLineBreak()) {
                field += m_text.sliced(before, m_position - before);
                continue;
            }
            field += c;
            ++m_position;
        }
        if (m_position < m_text.size()) {
            const QChar next = m_text[m_position];
            if (next != m_delimiter && next != lineFeed && next != carriageReturn)
                return fail(QCoreApplication::translate(
                                "Csv", "text after the closing quote of a field (a quote "
                                       "inside a field is written twice)"),
                            m_line);
        }
        return true;
    }

    bool fail(const QString &problem, int line)
    {
        m_table.problem = problem;
        m_table.problemLine = line;
        return false;
    }

    QStringView m_text;
    Csv::Table &m_table;
    QChar m_delimiter;
    qsizetype m_position = 0;
    int m_line = 1;
};
} // namespace

Csv::Table Csv::read(QByteArrayView bytes)
{
    Table table;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // The first line that is not UTF-8: a line feed is never part of a longer sequence.
        int line = 1;
        for (qsizetype start = 0; start < bytes.size(); ++line) {
            qsizetype end = bytes.indexOf('\n', start);
            if (end < 0)
                end = bytes.size();
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            // decode() is lazy: the conversion to QString is what decodes.
            const QString decoded = probe.decode(bytes.sliced(start, end - start));
            if (probe.hasError())
                break;
            start = end + 1;
        }
        table.problem = QCoreApplication::translate(
            "Csv", "the file is not UTF-8 text (save it as \"CSV UTF-8\")");
        table.problemLine = line;
        return table;
    }
    table.delimiter = detectDelimiter(text);
    Parser(text, table).parse();
    return table;
}

QString Csv::line(const QStringList &fields, QChar delimiter)
{
    QStringList written;
    written.reserve(fields.size());
    for (const QString &field : fields) {
        const bool needsQuotes = field.contains(delimiter) || field.contains(quote) ||
                                 field.contains(lineFeed) || field.contains(carriageReturn) ||
                                 field.startsWith(QLatin1Char(' ')) ||
                                 field.endsWith(QLatin1Char(' '));
        if (!needsQuotes) {
            written << field;
            continue;
        }
        QString escaped = field;
        escaped.replace(quote, QStringLiteral("\"\""));
        written << quote + escaped + quote;
    }
    return written.join(delimiter);
}
