#include "BenchSupport.h"
#include "PostgresServer.h"
#include "domain/CreateUserWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlUserDirectory.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTextStream>
#include <algorithm>

// Creating 10,000 users (no passwords, with organization and team memberships) on a PostgreSQL
// server holding Sentry's tables, started here (tests/support/PostgresServer: loopback, fsync
// off), through the workflow, against the same rows loaded by psql with COPY in one transaction.
// Each round uses two fresh copies of the same seeded database.
namespace {
constexpr int userCount = 10'000;
constexpr int rounds = 3;
const QString templateDatabase = QStringLiteral("sentry");

// The rows the workflow writes, as one psql script: COPY into the three tables (ids given, as
// the databases are fresh copies) and the sequences moved past them, in one transaction.
QByteArray copyScript(const QStringList &emails)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    QByteArray users, members, teams;
    for (int i = 0; i < emails.size(); ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        const QByteArray email = emails[i].toUtf8();
        users += id + "\t\t" + email + "\t\t" + email + "\tf\tt\tf\tf\tf\tf\tf\t0\t" + now + '\t' +
                 now + "\t0\n";
        members += id + "\t1\t" + id + "\tmember\t0\t" + now + "\tt\t0\t50\tt\n";
        teams += id + '\t' + id + "\t1\tt\n";
    }
    return "\\timing on\n"
           "BEGIN;\n"
           "COPY auth_user (id, password, username, first_name, email, is_staff, is_active, "
           "is_superuser, is_managed, is_password_expired, is_unclaimed, is_suspended, flags, "
           "date_joined, last_active, avatar_type) FROM STDIN;\n" +
           users +
           "\\.\n"
           "COPY sentry_organizationmember (id, organization_id, user_id, role, flags, "
           "date_added, has_global_access, invite_status, type, user_is_active) FROM STDIN;\n" +
           members +
           "\\.\n"
           "COPY sentry_organizationmember_teams (id, organizationmember_id, team_id, "
           "is_active) FROM STDIN;\n" +
           teams +
           "\\.\n"
           "SELECT setval('auth_user_id_seq', " +
           QByteArray::number(emails.size()) +
           ");\n"
           "SELECT setval('sentry_organizationmember_id_seq', " +
           QByteArray::number(emails.size()) +
           ");\n"
           "SELECT setval('sentry_organizationmember_teams_id_seq', " +
           QByteArray::number(emails.size()) +
           ");\n"
           "COMMIT;\n";
}

// psql's own \timing of every statement, summed: the server's work without process start-up.
double timedSeconds(const QString &output)
{
    static const QRegularExpression time(QStringLiteral("^Time: ([0-9.]+) ms"),
                                         QRegularExpression::MultilineOption);
    double milliseconds = 0;
    for (const QRegularExpressionMatch &match : time.globalMatch(output))
        milliseconds += match.captured(1).toDouble();
    return milliseconds / 1000;
}
} // namespace

int runPostgresBenchmark(QTextStream &out)
{
    PostgresServer server;
    if (!server.start() || !server.createSentryDatabase(templateDatabase)) {
        out << "cannot start PostgreSQL: " << server.errorString() << '\n';
        return 1;
    }
    const QStringList emails = BenchSupport::emails(userCount);
    const QByteArray script = copyScript(emails);

    QList<double> ours, psqlProcess, psqlTimed;
    for (int round = 0; round < rounds; ++round) {
        const QString workflowDatabase = QStringLiteral("workflow%1").arg(round);
        const QString copyDatabase = QStringLiteral("copy%1").arg(round);
        if (!server.createDatabase(workflowDatabase, templateDatabase) ||
            !server.createDatabase(copyDatabase, templateDatabase)) {
            out << server.errorString() << '\n';
            return 1;
        }
        ours << BenchSupport::createUsersSeconds(server.url(workflowDatabase), emails);
        QString output;
        QElapsedTimer timer;
        timer.start();
        if (!server.psql(copyDatabase, script, &output)) {
            out << server.errorString() << '\n';
            return 1;
        }
        psqlProcess << double(timer.nsecsElapsed()) / 1e9;
        psqlTimed << timedSeconds(output);
    }
    out << "users: " << userCount
        << " (no password, organization and team membership), PostgreSQL on 127.0.0.1 with "
           "fsync off, "
        << rounds << " rounds, median\n";
    out << QStringLiteral("  psql COPY, one transaction (\\timing):     %1 s\n")
               .arg(BenchSupport::median(psqlTimed), 0, 'f', 3);
    out << QStringLiteral("  psql COPY, whole psql process:            %1 s\n")
               .arg(BenchSupport::median(psqlProcess), 0, 'f', 3);
    out << QStringLiteral("  workflow, 256 users a commit:             %1 s  ratio %2x "
                          "(%3x the whole psql process)\n")
               .arg(BenchSupport::median(ours), 0, 'f', 3)
               .arg(BenchSupport::median(ours) / BenchSupport::median(psqlTimed), 0, 'f', 2)
               .arg(BenchSupport::median(ours) / BenchSupport::median(psqlProcess), 0, 'f', 2);
    out.flush();
    return 0;
}
