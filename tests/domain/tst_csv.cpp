#include "crypto/CryptoSession.h"
#include "domain/Csv.h"
#include "domain/UserImport.h"

#include <QRandomGenerator>
#include <QTest>

// The CSV reader (RFC 4180 as spreadsheets write it) and the import file's columns.
class TestCsv : public QObject
{
    Q_OBJECT

    CryptoSession m_crypto;

private slots:
    void quotedFieldsHoldDelimitersQuotesAndLineBreaks()
    {
        const Csv::Table table =
            Csv::read("email,name\r\n\"a@example.com\",\"Doe, \"\"Jo\"\"\nline two\"\r\n");
        QCOMPARE(table.problem, QString());
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records[1].fields, (QStringList{QStringLiteral("a@example.com"),
                                                       QStringLiteral("Doe, \"Jo\"\nline two")}));
    }

    void lineNumbersCountPhysicalLines()
    {
        const Csv::Table table = Csv::read("email,name\n"
                                           "a@example.com,\"one\ntwo\r\nthree\"\n"
                                           "\n"
                                           "b@example.com,x\n");
        QCOMPARE(table.records.size(), 3);
        QCOMPARE(table.records[0].line, 1);
        QCOMPARE(table.records[1].line, 2);
        QCOMPARE(table.records[2].line, 6); // after three lines of one field and a blank one
    }

    void byteOrderMarkAndLineEndings()
    {
        for (const QByteArray &text :
             {QByteArray("\xEF\xBB\xBF"
                         "email\r\nx@example.com\r\n"),
              QByteArray("email\nx@example.com"), QByteArray("email\rx@example.com\r")}) {
            const Csv::Table table = Csv::read(text);
            QCOMPARE(table.records.size(), 2);
            QCOMPARE(table.records[0].fields, QStringList{QStringLiteral("email")});
            QCOMPARE(table.records[1].fields, QStringList{QStringLiteral("x@example.com")});
            QCOMPARE(table.records[1].line, 2);
        }
    }

    void delimiterIsDetectedFromTheHeader()
    {
        const Csv::Table semicolons = Csv::read("email;name;teams\na@example.com;A, B;\"x;y\"\n");
        QCOMPARE(semicolons.delimiter, QLatin1Char(';'));
        QCOMPARE(semicolons.records[1].fields,
                 (QStringList{QStringLiteral("a@example.com"), QStringLiteral("A, B"),
                              QStringLiteral("x;y")}));
        // A quoted comma in the header does not count.
        QCOMPARE(Csv::read("\"e,mail\";name\n").delimiter, QLatin1Char(';'));
        QCOMPARE(Csv::read("email\n").delimiter, QLatin1Char(','));
    }

    void brokenTextIsAProblemWithItsLine()
    {
        Csv::Table table = Csv::read("email\na@example.com\n\"b@example.com\n\nc\n");
        QVERIFY(!table.problem.isEmpty());
        QCOMPARE(table.problemLine, 3);
        QCOMPARE(table.records.size(), 2); // what came before is kept

        table = Csv::read("email,name\n\"a@example.com\"x,y\n");
        QVERIFY(!table.problem.isEmpty());
        QCOMPARE(table.problemLine, 2);

        table = Csv::read("email\nok@example.com\nbad\xff@example.com\n");
        QVERIFY(table.problem.contains(QStringLiteral("UTF-8")));
        QCOMPARE(table.problemLine, 3);
    }

    void writtenLinesReadBack()
    {
        const QStringList fields{QStringLiteral("plain"),      QStringLiteral("with, comma"),
                                 QStringLiteral("\"quoted\""), QStringLiteral("two\nlines"),
                                 QStringLiteral(" padded "),   QString(),
                                 QStringLiteral("x;y")};
        for (const QChar delimiter : {QLatin1Char(','), QLatin1Char(';')}) {
            const QString header = Csv::line(
                {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"),
                 QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g")},
                delimiter);
            const Csv::Table table =
                Csv::read((header + QLatin1Char('\n') + Csv::line(fields, delimiter)).toUtf8());
            QCOMPARE(table.problem, QString());
            QCOMPARE(table.records.size(), 2);
            QCOMPARE(table.records[1].fields, fields);
        }
    }

    void hostileInputNeverCrashes()
    {
        // Random bytes, and random mixes of the characters that steer the reader.
        QRandomGenerator random(20261201);
        const QByteArray alphabet("\",;\r\n\xEF\xBB\xBF\xff a@");
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(random.bounded(0, 200), Qt::Uninitialized);
            for (char &byte : bytes)
                byte = round % 2 ? char(random.bounded(256))
                                 : alphabet[random.bounded(int(alphabet.size()))];
            const Csv::Table table = Csv::read(bytes);
            int line = 0;
            for (const Csv::Record &record : table.records) {
                QVERIFY(record.line > line);
                line = record.line;
            }
            const ImportFile file = UserImport::read(bytes);
            QVERIFY(file.problem.isEmpty() || file.problemLine >= 1);
        }
        // Deep and wide: one huge quoted field, a header of many columns.
        QByteArray huge = "email\n\"" + QByteArray(1 << 20, '"');
        QVERIFY(!Csv::read(huge).problem.isEmpty() || Csv::read(huge).records.size() == 2);
        QCOMPARE(Csv::read(QByteArray("a,").repeated(100000)).records.first().fields.size(),
                 100001);
    }

    void importColumnsAreReadByName()
    {
        const ImportFile file =
            UserImport::read("Email;NAME;Superuser;staff;organization;role;teams\n"
                             "a@example.com;Ann;yes;;sentry;Admin;\"red; blue;red\"\n"
                             "b@example.com;;0;TRUE;;;\n");
        QCOMPARE(file.problem, QString());
        QVERIFY(!file.hasPasswordColumn);
        QCOMPARE(file.rows.size(), 2);
        const ImportRow &a = file.rows[0];
        QCOMPARE(a.line, 2);
        QCOMPARE(a.name, QStringLiteral("Ann"));
        QCOMPARE(a.superuser, std::optional(true));
        QCOMPARE(a.staff, std::optional<bool>());
        QCOMPARE(a.role, QStringLiteral("admin"));
        QCOMPARE(a.teams, (QStringList{QStringLiteral("red"), QStringLiteral("blue")}));
        QCOMPARE(file.rows[1].superuser, std::optional(false));
        QCOMPARE(file.rows[1].staff, std::optional(true));
    }

    void unknownColumnsAreNamed()
    {
        const ImportFile file = UserImport::read("email,mail,Phone\nx@example.com,,\n");
        QVERIFY2(file.problem.contains(QStringLiteral("mail, Phone")), qPrintable(file.problem));
        QCOMPARE(file.problemLine, 1);
        QVERIFY(!UserImport::read("name\nx\n").problem.isEmpty());
        QVERIFY(!UserImport::read("email,email\nx\n").problem.isEmpty());
        QVERIFY(!UserImport::read("").problem.isEmpty());
    }

    void badCellsAreTheRowsProblem()
    {
        const ImportFile file = UserImport::read("email,superuser,password\n"
                                                 "a@example.com,maybe,\n"
                                                 "b@example.com\n"
                                                 "c@example.com,no,Secret-Pass-1\n");
        QCOMPARE(file.problem, QString());
        QVERIFY(file.hasPasswordColumn);
        QVERIFY(file.rows[0].problem.contains(QStringLiteral("maybe")));
        QVERIFY(file.rows[1].problem.contains(QStringLiteral("1 fields")));
        QCOMPARE(file.rows[2].problem, QString());
        QCOMPARE(file.rows[2].password, Secret::fromText(QStringLiteral("Secret-Pass-1")));
    }

    void rowsLeftOutByTheirLine()
    {
        const ImportFile file = UserImport::read("email\na@example.com\nbad\nc@example.com\n");
        const ImportFile kept = file.without({3});
        QCOMPARE(kept.rows.size(), 2);
        QCOMPARE(kept.rows[0].line, 2);
        QCOMPARE(kept.rows[1].line, 4);
    }

    void exportLinesReadBackAsImportRows()
    {
        const ExportRow row{QStringLiteral("q\"x\"@example.com"),
                            QStringLiteral("Doe, Jo"),
                            true,
                            false,
                            QStringLiteral("sentry"),
                            QStringLiteral("owner"),
                            QStringList{QStringLiteral("a"), QStringLiteral("b")}};
        const ImportFile file = UserImport::read(
            (UserImport::exportHeader() + QLatin1Char('\n') + UserImport::exportLine(row))
                .toUtf8());
        QCOMPARE(file.problem, QString());
        QCOMPARE(file.rows.size(), 1);
        QCOMPARE(file.rows[0].email, row.email);
        QCOMPARE(file.rows[0].name, row.name);
        QCOMPARE(file.rows[0].superuser, std::optional(true));
        QCOMPARE(file.rows[0].staff, std::optional(false));
        QCOMPARE(file.rows[0].organization, row.organization);
        QCOMPARE(file.rows[0].role, row.role);
        QCOMPARE(file.rows[0].teams, row.teams);
        QVERIFY(!UserImport::exportHeader().contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
