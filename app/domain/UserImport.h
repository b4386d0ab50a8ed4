#pragma once

#include "crypto/Secret.h"
#include "domain/BatchWriter.h"
#include "domain/InstanceSettings.h"
#include "domain/UserDirectory.h"

#include <QCoreApplication>
#include <QSet>

// One data row of an import file, as read: the columns of Csv's record by name.
struct ImportRow
{
    int line = 0; // the physical line it starts on; the header is line 1
    QString email;
    QString name;
    std::optional<bool> superuser; // absent: not a superuser
    std::optional<bool> staff;     // absent: as superuser
    QString organization;          // slug or id; empty: no membership
    QString role;                  // empty: owner for a superuser, else the organization's default
    QStringList teams;             // slugs
    Secret password;               // empty: none given
    QString problem;               // what is wrong with the row as read (a bad boolean, say)
};

// An import file as read: what spreadsheets write, columns named in the header (email,
// name, superuser, staff, organization, role, teams, password; letter case aside).
struct ImportFile
{
    QList<ImportRow> rows;
    bool hasPasswordColumn = false;
    // Why the file as a whole cannot be imported (unknown columns, no email column, a quote
    // not closed...), with the line concerned; empty when rows could be read. Rows read before
    // the problem are kept, for the window's preview.
    QString problem;
    int problemLine = 0;

    // The same file without the rows on these lines (the operator left them out).
    ImportFile without(const QSet<int> &lines) const;
};

// One row of an export: a user with one of its memberships (or none).
struct ExportRow
{
    QString email;
    QString name;
    bool superuser = false;
    bool staff = false;
    QString organization; // slug; empty: in no organization
    QString role;
    QStringList teams; // slugs
};

// The verdict on one row, before anything is written.
struct RowVerdict
{
    int line = 0;
    QString email;
    QString problem;     // empty: the row can be imported
    bool exists = false; // the user exists: it will be skipped, as createuser skips it

    bool isValid() const { return problem.isEmpty(); }
    // "line 7: ops@example.com: unknown organization: acme", control characters escaped.
    QString describe() const;
};

struct ImportReport : BatchReport
{};

struct ImportObserver : BatchObserver
{
    // A generated password, once, after its user was committed. Never in an outcome.
    std::function<void(const QString &email, const Secret &password)> passwordGenerated;
};

// Users from a CSV file (issue #11, "CSV import"): every row gets a verdict before anything is
// written, and nothing is written while one is invalid. Each user is then created as createuser
// creates one (BatchWriter, the same rows of Sentry's tables: member mapping and team replica
// included), all or nothing, with progress and cancel. A user on several rows (one a
// membership, as export writes them) is one user in several organizations. Existing users are
// skipped, as createuser skips them without --force-update.
class UserImport
{
    Q_DECLARE_TR_FUNCTIONS(UserImport)

public:
    // The columns, in the order export writes them.
    static const QStringList &columns();

    // The header line of an export, and one row as a line (no line break): what read() reads
    // back. No password column: export never writes one.
    static QString exportHeader();
    static QString exportLine(const ExportRow &row);

    // Reads the file's bytes (no database).
    static ImportFile read(QByteArrayView bytes);
    // Whether a spreadsheet cell reads as yes or no: true/false, yes/no, y/n, 1/0.
    static std::optional<bool> parseBoolean(const QString &text, bool *ok);

    UserImport(UserDirectory &directory, const InstanceSettings &settings);

    // A verdict for every row of the file, in its order. Throws StorageError.
    QList<RowVerdict> check(const ImportFile &file);

    struct Options
    {
        bool dryRun = false;
        // Users without a password in the file get a generated one (ImportObserver).
        bool generatePasswords = false;
    };
    // Checks the file again, then writes its users; rejected (nothing written) while a row is
    // invalid, each invalid row an error outcome "line N: email: reason".
    ImportReport run(const ImportFile &file, const Options &options,
                     const ImportObserver &observer = {});

    void setChunkSize(int users) { m_chunkSize = qMax(1, users); }

private:
    struct Plan;
    QList<RowVerdict> check(const ImportFile &file, Plan &plan);

    UserDirectory &m_directory;
    InstanceSettings m_settings;
    int m_chunkSize = 256;
};
