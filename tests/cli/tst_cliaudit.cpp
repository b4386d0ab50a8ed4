#include "CliRunner.h"
#include "TestConnection.h"
#include "storage/Database.h"

#include <QDirIterator>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {
using Result = CliRunner::Result;

// Each command that writes, in order: its arguments, its standard input, the audit action and
// the email the trail must name.
struct Step
{
    QStringList arguments;
    QByteArray input;
    QString action;
    QString email;
};
} // namespace

// The audit trail on the command line (issue #11 item 5): every write appends one record, in
// the embedded database's table or, for any other database, in a journal file; `audit` lists
// them; no password used ever lands in the trail.
class TestCliAudit : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_generatedPassword;

    QString path(const QString &name) const { return m_home->filePath(name); }

    Result cli(const QString &database, const QStringList &arguments, const QByteArray &input = {})
    {
        return CliRunner(m_home->path())
            .run(QStringList{QStringLiteral("--database"), database} + arguments, input);
    }

    static QList<QByteArray> passwords()
    {
        return {"Audit-Created-Passw0rd-8241", "Audit-Forced-Passw0rd-5519",
                "Audit-Typed-Passw0rd-7723", "Audit-Imported-Passw0rd-3308"};
    }

    QList<Step> steps() const
    {
        const QString ann = QStringLiteral("ann@example.com");
        const QString anne = QStringLiteral("anne@example.com");
        const QStringList create{QStringLiteral("createuser"),
                                 QStringLiteral("--email"),
                                 ann,
                                 QStringLiteral("--password-stdin"),
                                 QStringLiteral("--no-input"),
                                 QStringLiteral("--no-superuser")};
        const auto on = [](const QString &command, const QString &email) {
            return QStringList{command, QStringLiteral("--email"), email};
        };
        return {
            {create, passwords()[0] + '\n', QStringLiteral("createuser"), ann},
            {create + QStringList{QStringLiteral("--force-update")}, passwords()[1] + '\n',
             QStringLiteral("force-update"), ann},
            {on(QStringLiteral("set-password"), ann) +
                 QStringList{QStringLiteral("--password-stdin")},
             passwords()[2] + '\n', QStringLiteral("set-password"), ann},
            {on(QStringLiteral("set-password"), ann) + QStringList{QStringLiteral("--generate")},
             {},
             QStringLiteral("set-password"),
             ann},
            {on(QStringLiteral("deactivate"), ann), {}, QStringLiteral("deactivate"), ann},
            {on(QStringLiteral("activate"), ann), {}, QStringLiteral("activate"), ann},
            {on(QStringLiteral("change-email"), ann) + QStringList{QStringLiteral("--to"), anne},
             {},
             QStringLiteral("change-email"),
             anne},
            {on(QStringLiteral("reset-2fa"), anne), {}, QStringLiteral("reset-2fa"), anne},
            {on(QStringLiteral("set-role"), anne) +
                 QStringList{QStringLiteral("--organization"), QStringLiteral("sentry"),
                             QStringLiteral("--role"), QStringLiteral("admin")},
             {},
             QStringLiteral("set-role"),
             anne},
            {{QStringLiteral("doctor"), QStringLiteral("--repair")},
             {},
             QStringLiteral("doctor-repair"),
             {}},
            {{QStringLiteral("import-users"), path(QStringLiteral("users.csv"))},
             {},
             QStringLiteral("import-users"),
             QStringLiteral("bob@example.com")},
        };
    }

    // Runs every step on `database`, then checks that `audit` lists each, in order.
    void runAllAndList(const QString &database)
    {
        QFile csv(path(QStringLiteral("users.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("email,password\nbob@example.com," + passwords()[3] + "\n");
        csv.close();

        const QList<Step> all = steps();
        for (const Step &step : all) {
            const Result result = cli(database, step.arguments, step.input);
            QVERIFY2(result.exitCode == 0, qPrintable(step.arguments.join(u' ') + result.err));
            if (step.arguments.contains(QStringLiteral("--generate")))
                m_generatedPassword = result.out.trimmed();
        }
        QVERIFY(m_generatedPassword.size() >= 24);

        const Result listed = cli(database, {QStringLiteral("audit")});
        QCOMPARE(listed.exitCode, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QStringList fields = lines[i].split(u'\t');
            QCOMPARE(fields.size(), 6);
            QVERIFY(fields[1].contains(u'@')); // user@host
            QCOMPARE(fields[3], all[i].action);
            if (!all[i].email.isEmpty())
                QVERIFY2(fields[4].split(u',').contains(all[i].email), qPrintable(lines[i]));
            QCOMPARE(fields[5], QStringLiteral("done"));
        }

        const Result bob = cli(database, {QStringLiteral("audit"), QStringLiteral("--email"),
                                          QStringLiteral("BOB@example.com")});
        QCOMPARE(bob.out.count(u'\n'), 1);
        QVERIFY(bob.out.contains(QStringLiteral("\timport-users\t")));
        const Result future = cli(database, {QStringLiteral("audit"), QStringLiteral("--since"),
                                             QStringLiteral("2999-01-01")});
        QCOMPARE(future.exitCode, 0);
        QVERIFY(future.out.isEmpty());
        const QString today = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        QCOMPARE(cli(database, {QStringLiteral("audit"), QStringLiteral("--since"), today})
                     .out.count(u'\n'),
                 all.size());
        QCOMPARE(cli(database, {QStringLiteral("audit"), QStringLiteral("--since"),
                                QStringLiteral("yesterday")})
                     .exitCode,
                 1);
    }

    void verifyNoPassword(const QByteArray &trail)
    {
        QVERIFY(!trail.isEmpty());
        for (const QByteArray &password : passwords())
            QVERIFY2(!trail.contains(password), password.constData());
        QVERIFY(!trail.contains(m_generatedPassword.toUtf8()));
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_generatedPassword.clear();
    }

    // The embedded database keeps the trail in its useradmin_audit table.
    void embeddedDatabaseTable()
    {
        const QString database = path(QStringLiteral("x.db"));
        runAllAndList(database);
        if (QTest::currentTestFailed())
            return;
        QByteArray dump;
        {
            const std::unique_ptr<Database> db = Database::open(database);
            QSqlQuery query(testConnection(*db));
            QVERIFY(query.exec(QStringLiteral("SELECT * FROM useradmin_audit ORDER BY id")));
            while (query.next())
                for (int column = 0; column < query.record().count(); ++column)
                    dump += query.value(column).toString().toUtf8() + '\t';
        }
        verifyNoPassword(dump);
        QFile file(database);
        QVERIFY(file.open(QIODevice::ReadOnly));
        verifyNoPassword(file.readAll());
        QVERIFY(QDir(path(QStringLiteral("data")))
                    .entryList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::NoSort)
                    .isEmpty());
    }

    // Any other database (here a Sentry SQLite file without useradmin's tables) gets a journal
    // file in the data location, mode 0600, and no table of useradmin's.
    void sentryDatabaseJournal()
    {
        const QString database = path(QStringLiteral("sentry.db"));
        QCOMPARE(cli(database, {QStringLiteral("info")}).exitCode, 0);
        {
            const std::unique_ptr<Database> db = Database::open(database);
            QSqlQuery query(testConnection(*db));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE useradmin_audit")));
            QVERIFY(query.exec(QStringLiteral("DROP TABLE useradmin_meta")));
        }
        runAllAndList(database);
        if (QTest::currentTestFailed())
            return;
        {
            const std::unique_ptr<Database> db = Database::open(database);
            QVERIFY(!db->isEmbedded());
            QSqlQuery query(testConnection(*db));
            QVERIFY(!query.exec(QStringLiteral("SELECT 1 FROM useradmin_audit")));
        }
        QDirIterator journals(path(QStringLiteral("data")), {QStringLiteral("audit-*.jsonl")},
                              QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(journals.hasNext());
        const QString journal = journals.next();
        QVERIFY(!journals.hasNext());
        struct stat status
        {};
        QCOMPARE(::stat(QFile::encodeName(journal).constData(), &status), 0);
        QCOMPARE(status.st_mode & 07777, mode_t(0600));
        QFile file(journal);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QCOMPARE(content.count('\n'), steps().size());
        verifyNoPassword(content);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cliaudit.moc"
