#include "CliRunner.h"
#include "PostgresServer.h"
#include "SqlValue.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray password = "Corr3ct-Horse-Battery";
const QString templateDatabase = QStringLiteral("sentry");
using Result = CliRunner::Result;
} // namespace

// The real useradmin-cli on a real PostgreSQL server holding Sentry's tables: the same lines and
// exit codes as on the embedded database, two operators at once, and a connection lost mid-batch.
class TestPostgresCli : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;
    QTemporaryDir m_home;
    int m_databases = 0;

    QString freshDatabase()
    {
        const QString name = QStringLiteral("cli%1").arg(++m_databases);
        if (!m_server.createDatabase(name, templateDatabase))
            qWarning("%s", qPrintable(m_server.errorString()));
        return name;
    }

    CliRunner runner() const
    {
        return CliRunner(m_home.path(), PostgresServer::cleanEnvironment());
    }

    Result cli(const QStringList &arguments, const QByteArray &input = {})
    {
        return runner().run(arguments, input);
    }

    // A check made through the test's own connection, with bound values.
    static QVariant value(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
    {
        return sqlValue(db, sql, values);
    }

    static int backendsWaitingForALock(QSqlDatabase db, const QString &applicationName)
    {
        return value(db,
                     QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                    "application_name = ? AND wait_event_type = 'Lock'"),
                     {applicationName})
            .toInt();
    }

    // The emails of "--email 'a@b' --email 'c@d'", the line the CLI prints to go on.
    static QStringList emailsToGoOn(const QString &err)
    {
        QString line;
        for (const QString &candidate : err.split(QLatin1Char('\n')))
            if (candidate.startsWith(QLatin1String("--email ")))
                line = candidate;
        QStringList emails;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word != QLatin1String("--email"))
                emails << word.mid(1, word.size() - 2);
        return emails;
    }

    static QStringList withEmails(QStringList arguments, const QStringList &emails)
    {
        for (const QString &email : emails)
            arguments << QStringLiteral("--email") << email;
        return arguments;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Fails (never skips) when the server cannot start: CI must run these for real.
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.createSentryDatabase(templateDatabase),
                 qPrintable(m_server.errorString()));
    }

    void behavesExactlyAsOnTheEmbeddedDatabase()
    {
        const QString embedded = m_home.filePath(QStringLiteral("embedded.sqlite3"));
        const QString postgres = m_server.url(freshDatabase());
        const QString noPassword = QStringLiteral("--no-password");
        const QString noInput = QStringLiteral("--no-input");
        const QList<std::pair<QStringList, QByteArray>> steps{
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("ops@example.com"), QStringLiteral("--password-stdin"),
              QStringLiteral("--superuser"), noInput},
             password + '\n'},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("ops@example.com"), noPassword, noInput},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("b@example.com"), QStringLiteral("--email"), QStringLiteral("bad@"),
              noPassword, noInput},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("b@example.com"), QStringLiteral("--staff"),
              QStringLiteral("--no-superuser"), noPassword, noInput},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("ops@example.com"), QStringLiteral("--email"),
              QStringLiteral("c@example.com"), QStringLiteral("--force-update"),
              QStringLiteral("--no-superuser"), noPassword, noInput},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--org-id"), QStringLiteral("42"),
              QStringLiteral("--email"), QStringLiteral("d@example.com"), noPassword, noInput},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("e@example.com"), noPassword, noInput, QStringLiteral("--dry-run")},
             {}},
            {{QStringLiteral("createuser"), QStringLiteral("--email"),
              QStringLiteral("f@example.com"), noPassword, noInput,
              QStringLiteral("--no-single-organization")},
             {}},
            {{QStringLiteral("list-users")}, {}},
        };
        for (const auto &[arguments, input] : steps) {
            const QString step = arguments.join(QLatin1Char(' '));
            Result expected =
                cli(QStringList{QStringLiteral("--database"), embedded} + arguments, input);
            Result actual =
                cli(QStringList{QStringLiteral("--database"), postgres} + arguments, input);
            if (arguments.first() == QLatin1String("list-users")) {
                // PostgreSQL sequences do not roll back: the dry run used up an id there.
                static const QRegularExpression id(QStringLiteral("^\\d+\t"),
                                                   QRegularExpression::MultilineOption);
                expected.out.remove(id);
                actual.out.remove(id);
            }
            QVERIFY2(actual.out == expected.out,
                     qPrintable(step + QStringLiteral(":\n") + actual.out +
                                QStringLiteral("\ninstead of\n") + expected.out));
            // Only a database Sentry serves can have stale caches to warn about.
            static const QRegularExpression cacheNotice(
                QStringLiteral("^Note: Sentry may show the previous values[^\n]*\n"),
                QRegularExpression::MultilineOption);
            actual.err.remove(cacheNotice);
            QVERIFY2(actual.err == expected.err,
                     qPrintable(step + QStringLiteral(":\n") + actual.err +
                                QStringLiteral("\ninstead of\n") + expected.err));
            QCOMPARE(actual.exitCode, expected.exitCode);
        }
    }

    // Two operators over the same 3,000 emails, one ascending and one descending, three times:
    // rows are written in one global order, so neither deadlocks the other, and a conflict is
    // retried after the other transaction ends. Every email ends as one user.
    void operatorsInOppositeOrdersNeverDeadlock()
    {
        QStringList emails;
        for (int i = 0; i < 3000; ++i)
            emails << QStringLiteral("--email") << QStringLiteral("racer%1@example.com").arg(i);
        QStringList reversed;
        for (qsizetype i = emails.size() - 2; i >= 0; i -= 2)
            reversed << emails[i] << emails[i + 1];
        for (int run = 0; run < 3; ++run) {
            const QString name = freshDatabase();
            const QStringList common{QStringLiteral("--database"), m_server.url(name),
                                     QStringLiteral("createuser"), QStringLiteral("--no-password"),
                                     QStringLiteral("--no-input")};
            QObject owner;
            QProcess *ascending = runner().start(common + emails, &owner);
            QProcess *descending = runner().start(common + reversed, &owner);
            for (const Result &result :
                 {CliRunner::finish(ascending), CliRunner::finish(descending)}) {
                QVERIFY2(result.exitCode == 0 || result.exitCode == 3,
                         qPrintable(QStringLiteral("run %1: exit %2\n%3")
                                        .arg(run)
                                        .arg(result.exitCode)
                                        .arg(result.err.left(2000))));
                QVERIFY2(!result.err.contains(QStringLiteral("Error")),
                         qPrintable(result.err.left(2000)));
            }
            QSqlDatabase check = m_server.connect(name, QStringLiteral("check-order%1").arg(run));
            QCOMPARE(value(check, QStringLiteral("SELECT count(*) FROM auth_user")).toInt(), 3000);
            QCOMPARE(value(check, QStringLiteral("SELECT count(DISTINCT user_id) FROM "
                                                 "sentry_organizationmember"))
                         .toInt(),
                     3000);
        }
    }

    void twoProcessesCreatingTheSameEmailAtOnce()
    {
        const QString name = freshDatabase();
        QSqlDatabase check = m_server.connect(name, QStringLiteral("check-race"));
        QSqlDatabase locker = m_server.connect(name, QStringLiteral("locker-race"));
        QVERIFY2(check.isOpen() && locker.isOpen(), qPrintable(m_server.errorString()));
        const QString url = m_server.url(name) + QStringLiteral("?application_name=racer");

        // Both inserts wait on this lock, so that they really run at the same moment once it is
        // released.
        QVERIFY(locker.transaction());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE auth_user IN SHARE MODE")));
        QObject owner;
        QList<QProcess *> operators;
        for (int i = 0; i < 2; ++i)
            operators << runner().start(
                {QStringLiteral("--database"), url, QStringLiteral("createuser"),
                 QStringLiteral("--email"), QStringLiteral("same@example.com"),
                 QStringLiteral("--no-password"), QStringLiteral("--no-input")},
                &owner);
        QTRY_COMPARE_WITH_TIMEOUT(backendsWaitingForALock(check, QStringLiteral("racer")), 2,
                                  60000);
        QVERIFY(locker.commit());

        const Result first = CliRunner::finish(operators[0]);
        const Result second = CliRunner::finish(operators[1]);
        const Result &creator = first.exitCode == 0 ? first : second;
        const Result &other = first.exitCode == 0 ? second : first;
        QCOMPARE(creator.exitCode, 0);
        QCOMPARE(creator.out, QStringLiteral("Added to organization: sentry\n"
                                             "User created: same@example.com\n"));
        QCOMPARE(other.exitCode, 3);
        QCOMPARE(other.out,
                 QStringLiteral("User: same@example.com exists, use --force-update to force.\n"));
        QCOMPARE(creator.err, QString());
        QCOMPARE(other.err, QString());
        QCOMPARE(value(check, QStringLiteral("SELECT count(*) FROM auth_user")).toInt(), 1);
        QCOMPARE(
            value(check, QStringLiteral("SELECT count(*) FROM sentry_organizationmember")).toInt(),
            1);
        QCOMPARE(
            value(check, QStringLiteral("SELECT count(*) FROM sentry_organizationmember_teams"))
                .toInt(),
            1);
    }

    void lostConnectionMidBatchSaysWhatWasDoneAndGoesOn()
    {
        const QString name = freshDatabase();
        QSqlDatabase check = m_server.connect(name, QStringLiteral("check-lost"));
        QSqlDatabase locker = m_server.connect(name, QStringLiteral("locker-lost"));
        QVERIFY2(check.isOpen() && locker.isOpen(), qPrintable(m_server.errorString()));
        QStringList emails;
        for (int i = 0; i < 20; ++i)
            emails << QStringLiteral("user%1@example.com").arg(i, 2, 10, QLatin1Char('0'));
        const QStringList arguments{QStringLiteral("--database"),
                                    m_server.url(name) + QStringLiteral("?application_name=batch"),
                                    QStringLiteral("createuser"),
                                    QStringLiteral("--password-stdin"),
                                    QStringLiteral("--no-input")};

        // With passwords, users are committed a few at a time (hashing happens between
        // transactions). Once some are in, hold the next user in flight (its team link waits on
        // the lock) and terminate its connection there.
        QObject owner;
        QProcess *batch = runner().start(withEmails(arguments, emails), &owner);
        batch->write(password + '\n');
        batch->closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(
            value(check, QStringLiteral("SELECT count(*) FROM auth_user")).toInt() >= 2, 60000);
        QVERIFY(locker.transaction());
        QSqlQuery lock(locker);
        QVERIFY(lock.exec(QStringLiteral("LOCK TABLE sentry_organizationmember_teams IN SHARE "
                                         "MODE")));
        QTRY_COMPARE_WITH_TIMEOUT(backendsWaitingForALock(check, QStringLiteral("batch")), 1,
                                  60000);
        QSqlQuery terminate(check);
        terminate.prepare(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE application_name = ?"));
        terminate.addBindValue(QStringLiteral("batch"));
        QVERIFY(terminate.exec() && terminate.next() && terminate.value(0).toBool());
        QVERIFY(locker.commit());
        const Result interrupted = CliRunner::finish(batch);
        QCOMPARE(interrupted.exitCode, 1);

        // Done: exactly the users reported as created, each one whole; the one in flight is gone.
        QStringList done;
        QSqlQuery users(check);
        QVERIFY(users.exec(QStringLiteral("SELECT username FROM auth_user ORDER BY username")));
        while (users.next())
            done << users.value(0).toString();
        QVERIFY(done.size() >= 2 && done.size() < emails.size());
        for (const QString &email : std::as_const(done))
            QVERIFY2(interrupted.out.contains(QStringLiteral("User created: %1\n").arg(email)),
                     qPrintable(interrupted.out));
        QCOMPARE(interrupted.out.count(QStringLiteral("User created:")), done.size());
        QCOMPARE(
            value(check, QStringLiteral("SELECT count(*) FROM sentry_organizationmember")).toInt(),
            done.size());
        QCOMPARE(
            value(check, QStringLiteral("SELECT count(*) FROM sentry_organizationmember_teams"))
                .toInt(),
            done.size());

        // Not done: every other email, named on standard error in a form that can be re-run.
        const QStringList rest = emailsToGoOn(interrupted.err);
        QCOMPARE(done + rest, emails);
        for (const QString &email : rest)
            QVERIFY2(interrupted.err.contains(email + QStringLiteral(": not ")),
                     qPrintable(interrupted.err));
        QVERIFY2(interrupted.err.contains(QStringLiteral("Users not done: %1.").arg(rest.size())),
                 qPrintable(interrupted.err));

        const Result resumed = cli(withEmails(arguments, rest), password + '\n');
        QCOMPARE(resumed.err, QString());
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(resumed.out.count(QStringLiteral("User created:")), rest.size());
        QCOMPARE(value(check, QStringLiteral("SELECT count(*) FROM auth_user")).toInt(),
                 emails.size());
        QCOMPARE(value(check, QStringLiteral("SELECT count(DISTINCT user_id) FROM "
                                             "sentry_organizationmember"))
                     .toInt(),
                 emails.size());
        QCOMPARE(
            value(check, QStringLiteral("SELECT count(*) FROM sentry_organizationmember_teams"))
                .toInt(),
            emails.size());
    }
};

QTEST_GUILESS_MAIN(TestPostgresCli)
#include "tst_postgrescli.moc"
