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
// server holding a hybrid-cloud Sentry's tables (tests/postgres/sentry_schema_hybrid.sql), started
// here (tests/support/PostgresServer: loopback, fsync off), through the workflow, against the same
// rows loaded by psql with COPY in one transaction: each user is auth_user, sentry_useremail (a
// 32-character random validation hash), sentry_organizationmember (with user_email and
// user_is_active), its member mapping, the team link and its replica. Each round uses two fresh
// copies of the same seeded database.
namespace {
constexpr int userCount = 10'000;
constexpr int rounds = 3;
const QString templateDatabase = QStringLiteral("sentry");

// The tables of a new user's rows; each has an id sequence named after it.
const char *const userTables[] = {
    "auth_user",
    "sentry_useremail",
    "sentry_organizationmember",
    "sentry_organizationmembermapping",
    "sentry_organizationmember_teams",
    "sentry_organizationmember_teamsreplica",
};

// The rows the workflow writes, as one psql script: COPY into the six tables (ids given, as the
// databases are fresh copies) and the sequences moved past them, in one transaction.
QByteArray copyScript(const QStringList &emails)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray hashes = BenchSupport::validationHashes(int(emails.size()));
    QByteArray users, userEmails, members, mappings, teams, replicas;
    for (int i = 0; i < emails.size(); ++i) {
        const QByteArray id = QByteArray::number(i + 1);
        const QByteArray email = emails[i].toUtf8();
        const QByteArray hash =
            hashes.mid(qsizetype(i) * BenchSupport::hashLength, BenchSupport::hashLength);
        users += id + "\t\t" + email + "\t\t" + email + "\tf\tt\tf\tf\tf\tf\tf\t0\t" + now + '\t' +
                 now + "\t0\n";
        userEmails += id + '\t' + id + '\t' + email + '\t' + hash + '\t' + now + "\tf\n";
        members += id + "\t1\t" + id + "\tmember\t0\t" + now + "\tt\t0\t50\tt\t" + email + '\n';
        mappings += id + "\t1\t" + id + '\t' + now + "\tmember\t\\N\t0\t\\N\t" + id + '\n';
        teams += id + '\t' + id + "\t1\tt\n";
        replicas += id + "\t1\t1\t" + id + '\t' + id + "\tt\t\\N\t" + now + '\n';
    }
    QByteArray sequences;
    for (const char *table : userTables)
        sequences += QByteArray("SELECT setval('") + table + "_id_seq', " +
                     QByteArray::number(emails.size()) + ");\n";
    return "\\timing on\n"
           "BEGIN;\n"
           "COPY auth_user (id, password, username, first_name, email, is_staff, is_active, "
           "is_superuser, is_managed, is_password_expired, is_unclaimed, is_suspended, flags, "
           "date_joined, last_active, avatar_type) FROM STDIN;\n" +
           users +
           "\\.\n"
           "COPY sentry_useremail (id, user_id, email, validation_hash, date_hash_added, "
           "is_verified) FROM STDIN;\n" +
           userEmails +
           "\\.\n"
           "COPY sentry_organizationmember (id, organization_id, user_id, role, flags, "
           "date_added, has_global_access, invite_status, type, user_is_active, user_email) "
           "FROM STDIN;\n" +
           members +
           "\\.\n"
           "COPY sentry_organizationmembermapping (id, organization_id, organizationmember_id, "
           "date_added, role, email, invite_status, inviter_id, user_id) FROM STDIN;\n" +
           mappings +
           "\\.\n"
           "COPY sentry_organizationmember_teams (id, organizationmember_id, team_id, "
           "is_active) FROM STDIN;\n" +
           teams +
           "\\.\n"
           "COPY sentry_organizationmember_teamsreplica (id, team_id, organization_id, "
           "organizationmember_id, organizationmemberteam_id, is_active, role, date_added) FROM "
           "STDIN;\n" +
           replicas + "\\.\n" + sequences + "COMMIT;\n";
}

// A new user's rows in every table, ordered by id, without the times and the hash values (the
// hash by its length): equal for two databases that got the same rows.
QByteArray userRowsScript()
{
    QByteArray script;
    for (const char *table : userTables)
        script += QByteArray("SELECT '") + table +
                  "', to_jsonb(t) - ARRAY['date_joined', 'last_active', 'date_hash_added', "
                  "'date_added', 'validation_hash'] || jsonb_build_object('hash_length', "
                  "length(to_jsonb(t) ->> 'validation_hash')) FROM " +
                  table + " t ORDER BY id;\n";
    return script;
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
    if (!server.start() ||
        !server.createSentryDatabase(templateDatabase, PostgresServer::Schema::Hybrid)) {
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
        if (round == 0) {
            QString workflowRows, copyRows;
            if (!server.psql(workflowDatabase, userRowsScript(), &workflowRows) ||
                !server.psql(copyDatabase, userRowsScript(), &copyRows)) {
                out << server.errorString() << '\n';
                return 1;
            }
            if (workflowRows != copyRows) {
                out << "the workflow and COPY wrote different rows\n";
                return 1;
            }
        }
    }
    out << "users: " << userCount
        << " (no password; user, useremail, membership, member mapping, team link, replica: "
           "the same rows in both), hybrid-cloud tables, PostgreSQL on 127.0.0.1 with fsync off, "
        << rounds << " rounds, median\n";
    out << QStringLiteral("  psql COPY, one transaction (\\timing):     %1 s\n")
               .arg(BenchSupport::median(psqlTimed), 0, 'f', 3);
    out << QStringLiteral("  psql COPY, whole psql process:            %1 s\n")
               .arg(BenchSupport::median(psqlProcess), 0, 'f', 3);
    out << QStringLiteral("  workflow, 256 users a commit:             %1 s  ratio %2x "
                          "(%3x the whole psql process; target at most 6x)\n")
               .arg(BenchSupport::median(ours), 0, 'f', 3)
               .arg(BenchSupport::median(ours) / BenchSupport::median(psqlTimed), 0, 'f', 2)
               .arg(BenchSupport::median(ours) / BenchSupport::median(psqlProcess), 0, 'f', 2);
    out.flush();
    return 0;
}
