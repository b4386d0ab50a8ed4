#include "cli/TransferCommands.h"

#include "domain/CredentialsFile.h"
#include "domain/DisplayText.h"
#include "domain/UserImport.h"
#include "storage/Database.h"
#include "storage/UserExport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>
#include <atomic>
#include <csignal>
#include <unistd.h>

namespace {
const QString importUsers = QStringLiteral("import-users");
const QString exportUsers = QStringLiteral("export-users");

const QString generateOption = QStringLiteral("generate-passwords");
const QString credentialsOption = QStringLiteral("credentials-out");
const QString searchOption = QStringLiteral("search");

// Larger files are refused rather than read into memory: 100,000 users take about 6 MB.
constexpr qint64 MaximumFileSize = 256 * 1024 * 1024;

std::atomic<bool> interrupted = false;

// Ctrl+C cancels between users, as Cancel does in the window: the users committed so far keep
// their line, and their generated password its place in the credentials file. A second Ctrl+C
// ends the program at once (each user is still all or nothing).
void cancelOnInterrupt()
{
    struct sigaction action
    {};
    action.sa_handler = [](int) { interrupted = true; };
    action.sa_flags = SA_RESETHAND;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

int exportCsv(const QCommandLineParser &parser, const Database &database, QTextStream &out)
{
    out << UserImport::exportHeader() << '\n';
    // The rows are CSV, quoted as needed; a control character stays as stored, so that import
    // reads back what export read. A terminal gets them escaped.
    const bool terminal = ::isatty(STDOUT_FILENO);
    UserExport::forEachRow(database, parser.value(searchOption), [&](const ExportRow &row) {
        const QString line = UserImport::exportLine(row);
        out << (terminal ? DisplayText::visible(line) : line) << '\n';
    });
    out.flush();
    return 0;
}
} // namespace

const QStringList &TransferCommands::names()
{
    static const QStringList commands{importUsers, exportUsers};
    return commands;
}

void TransferCommands::addOptions(QCommandLineParser &parser)
{
    parser.addOptions({
        {generateOption, QStringLiteral("import-users: generate a password for every user the "
                                        "file gives none (needs --credentials-out).")},
        {credentialsOption,
         QStringLiteral("import-users: new file (mode 0600) for the generated passwords."),
         QStringLiteral("FILE")},
        {searchOption,
         QStringLiteral("export-users: only users whose email or name starts with this."),
         QStringLiteral("PREFIX")},
    });
}

QString TransferCommands::help()
{
    return QStringLiteral(
        "\n  import-users FILE  Create users from a CSV file (columns email, name, superuser,\n"
        "               staff, organization, role, teams, password); every row is checked\n"
        "               first, nothing is written while one is invalid.\n"
        "  export-users Users as CSV on standard output, one row per membership, never a\n"
        "               password (--search PREFIX: only some).");
}

qsizetype TransferCommands::positionalCount(const QString &command)
{
    return command == importUsers ? 2 : 1;
}

QString TransferCommands::misplacedOption(const QCommandLineParser &parser, const QString &command)
{
    for (const QString &option : {generateOption, credentialsOption})
        if (parser.isSet(option) && command != importUsers)
            return QStringLiteral("--%1 belongs to the import-users command.").arg(option);
    if (parser.isSet(searchOption) && command != exportUsers)
        return QStringLiteral("--search belongs to the export-users command.");
    return {};
}

int TransferCommands::run(const QCommandLineParser &parser, const QString &command,
                          Database &database, const InstanceSettings &settings, QTextStream &out,
                          QTextStream &err, QStringList *targets)
{
    const auto fail = [&err](const QString &message) {
        err << DisplayText::visible(QStringLiteral("Error: %1").arg(message)) << Qt::endl;
        return 1;
    };
    if (command == exportUsers)
        return exportCsv(parser, database, out);

    UserImport::Options options;
    options.dryRun = parser.isSet(QStringLiteral("dry-run"));
    options.generatePasswords = parser.isSet(generateOption);
    if (options.generatePasswords != parser.isSet(credentialsOption))
        return fail(QStringLiteral("--generate-passwords and --credentials-out FILE go together: "
                                   "generated passwords go to that file only."));
    const QString path = parser.positionalArguments().value(1);
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, input.errorString()));
    if (input.size() > MaximumFileSize)
        return fail(
            QStringLiteral("%1 is larger than %2 MB.").arg(path).arg(MaximumFileSize >> 20));
    const ImportFile file = UserImport::read(input.read(MaximumFileSize + 1));
    input.close();
    if (targets) {
        // A user on several rows (one a membership) is one target.
        QSet<QString> seen;
        targets->clear();
        for (const ImportRow &row : file.rows)
            if (!seen.contains(row.email)) {
                seen.insert(row.email);
                targets->append(row.email);
            }
    }
    if (file.hasPasswordColumn)
        err << QStringLiteral("Warning: the file has a password column. Passwords do not belong "
                              "in spreadsheets: prefer --generate-passwords, or set-password.")
            << Qt::endl;

    CredentialsFile credentials;
    const QString credentialsPath = parser.value(credentialsOption);
    if (options.generatePasswords) {
        if (options.dryRun) {
            if (QFileInfo::exists(credentialsPath) || QFileInfo(credentialsPath).isSymLink())
                return fail(QStringLiteral("%1 exists: the credentials file is always a new file "
                                           "(nothing was written).")
                                .arg(credentialsPath));
        } else if (const QString problem = credentials.create(credentialsPath);
                   !problem.isEmpty()) {
            return fail(problem);
        }
    }

    static const QRegularExpression verdictLine(QStringLiteral("^line \\d+: "));
    bool credentialsLost = false;
    ImportObserver observer;
    observer.outcome = [&](const Outcome &outcome) {
        if (outcome.isError()) {
            out.flush();
            // A row's verdict is printed as it is: "line N: email: reason".
            const QString message = verdictLine.match(outcome.message).hasMatch()
                                        ? outcome.message
                                        : QStringLiteral("Error: %1").arg(outcome.message);
            err << DisplayText::visible(message) << Qt::endl;
        } else if (outcome.toStandardError()) {
            out.flush();
            err << DisplayText::visible(QStringLiteral("Note: %1").arg(outcome.message))
                << Qt::endl;
        } else {
            out << DisplayText::visible(outcome.message) << '\n';
        }
    };
    observer.progress = [&out](int, int) { out.flush(); };
    observer.cancelRequested = [] { return interrupted.load(); };
    observer.passwordGenerated = [&](const QString &email, const Secret &password) {
        if (!credentials.add(email, password))
            credentialsLost = true;
    };
    cancelOnInterrupt();
    const std::unique_ptr<UserDirectory> directory = database.userDirectory();
    UserImport import(*directory, settings);
    const ImportReport report = import.run(file, options, observer);
    if (options.dryRun && !report.rejected)
        out << QStringLiteral("Dry run: nothing was written.") << Qt::endl;
    out.flush();
    if (report.cancelled)
        err << QStringLiteral("Cancelled: the users listed above were imported, the rest not.")
            << Qt::endl;
    if (options.generatePasswords && !options.dryRun) {
        if (report.rejected) {
            credentials.remove();
        } else if (!credentials.close() || credentialsLost) {
            fail(credentials.failure() +
                 QStringLiteral(": set the passwords of the users above with set-password."));
            return 1;
        }
    }
    return report.exitCode();
}
