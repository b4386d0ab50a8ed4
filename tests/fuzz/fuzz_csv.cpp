#include "FuzzInput.h"
#include "crypto/CryptoSession.h"
#include "domain/Csv.h"
#include "domain/UserImport.h"

#include <cstdio>
#include <cstdlib>

// Csv::read and UserImport::read on any bytes: no crash, no undefined behaviour, no hang;
// records in line order; what Csv::line writes reads back as the same fields.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static CryptoSession crypto; // Secret needs QCA's secure memory
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Csv::Table table = Csv::read(bytes);
    int line = 0;
    for (const Csv::Record &record : table.records) {
        FUZZ_CHECK(record.line > line);
        line = record.line;
    }
    FUZZ_CHECK(table.problem.isEmpty() || table.problemLine >= 1);
    const ImportFile file = UserImport::read(bytes);
    FUZZ_CHECK(file.problem.isEmpty() || file.problemLine >= 1);

    // Round trip: the fields of the first record, written under a header of as many columns
    // (a header of one column tells no semicolon).
    if (!table.records.isEmpty() &&
        (table.delimiter == QLatin1Char(',') || table.records.first().fields.size() > 1)) {
        const QStringList fields = table.records.first().fields;
        const QStringList header(fields.size(), QStringLiteral("h"));
        const QString text = Csv::line(header, table.delimiter) + QLatin1Char('\n') +
                             Csv::line(fields, table.delimiter);
        const Csv::Table again = Csv::read(text.toUtf8());
        const bool blank = std::all_of(fields.cbegin(), fields.cend(),
                                       [](const QString &field) { return field.isEmpty(); });
        FUZZ_CHECK(again.problem.isEmpty());
        FUZZ_CHECK(blank ? again.records.size() == 1
                         : again.records.size() == 2 && again.records[1].fields == fields);
    }
    return 0;
}
