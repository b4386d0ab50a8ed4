#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

// Creating 10,000 users (no passwords, with organization and team memberships and the
// hybrid-cloud rows of schema 2) in the embedded database through the workflow, against the same
// rows written by the raw SQLite C API in one transaction, on identical fresh databases with the
// same pragmas. Each user is six rows: auth_user, sentry_useremail (a 32-character random
// validation hash), sentry_organizationmember (with user_email, user_is_active), its member
// mapping, the team link and its replica. The workflow keeps each user atomic: transactions of 256
// users growing while short (BatchWriter::setChunkSize), a failed one replayed with a savepoint per
// user; "one commit per user" shows what the plain approach would cost.
namespace {
constexpr int userCount = 10'000;
constexpr int rounds = 5;

bool step(sqlite3_stmt *statement)
{
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_reset(statement);
    return done;
}

using Statement = BenchSupport::SqliteStatement;
} // namespace

double BenchSupport::rawCreateUsersSeconds(const QString &path, const QStringList &emails,
                                           double &cpu)
{
    Database::open(path); // the same fresh, seeded schema
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                 "PRAGMA foreign_keys = ON",
                 nullptr, nullptr, nullptr);
    bool ok = true;
    double seconds = 0;
    {
        // The columns and values SqlUserDirectory writes (SentryRows), in one statement a row.
        const Statement user(
            db, "INSERT INTO auth_user (password, username, first_name, email, is_staff, "
                "is_active, is_superuser, is_managed, is_password_expired, is_unclaimed, "
                "is_suspended, flags, date_joined, last_active, avatar_type) VALUES ('', ?1, "
                "'', ?1, 0, 1, 0, 0, 0, 0, 0, 0, ?2, ?2, 0)");
        const Statement email(
            db, "INSERT INTO sentry_useremail (user_id, email, validation_hash, date_hash_added, "
                "is_verified) VALUES (?1, ?2, ?3, ?4, 0)");
        const Statement member(
            db, "INSERT INTO sentry_organizationmember (organization_id, user_id, role, flags, "
                "date_added, has_global_access, invite_status, type, user_is_active, "
                "user_email) VALUES (1, ?1, 'member', 0, ?2, 1, 0, 50, 1, ?3)");
        const Statement mapping(
            db, "INSERT INTO sentry_organizationmembermapping (organization_id, "
                "organizationmember_id, date_added, role, email, invite_status, inviter_id, "
                "user_id) VALUES (1, ?1, ?2, 'member', NULL, 0, NULL, ?3)");
        const Statement team(db, "INSERT INTO sentry_organizationmember_teams "
                                 "(organizationmember_id, team_id, is_active) VALUES (?1, 1, 1)");
        const Statement replica(
            db, "INSERT INTO sentry_organizationmember_teamsreplica (team_id, organization_id, "
                "organizationmember_id, organizationmemberteam_id, is_active, role, date_added) "
                "VALUES (1, 1, ?1, ?2, 1, NULL, ?3)");
        const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
        const auto bindNow = [&now](sqlite3_stmt *statement, int index) {
            sqlite3_bind_text(statement, index, now.constData(), int(now.size()), SQLITE_STATIC);
        };
        const double cpuStart = BenchSupport::cpuSeconds();
        QElapsedTimer timer;
        timer.start();
        const QByteArray hashes = BenchSupport::validationHashes(int(emails.size()));
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        for (qsizetype i = 0; i < emails.size(); ++i) {
            const QByteArray utf8 = emails[i].toUtf8();
            sqlite3_bind_text(user, 1, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            bindNow(user, 2);
            ok = ok && step(user);
            const sqlite3_int64 userId = sqlite3_last_insert_rowid(db);
            sqlite3_bind_int64(email, 1, userId);
            sqlite3_bind_text(email, 2, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            sqlite3_bind_text(email, 3, hashes.constData() + i * BenchSupport::hashLength,
                              BenchSupport::hashLength, SQLITE_STATIC);
            bindNow(email, 4);
            ok = ok && step(email);
            sqlite3_bind_int64(member, 1, userId);
            bindNow(member, 2);
            sqlite3_bind_text(member, 3, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
            ok = ok && step(member);
            const sqlite3_int64 memberId = sqlite3_last_insert_rowid(db);
            sqlite3_bind_int64(mapping, 1, memberId);
            bindNow(mapping, 2);
            sqlite3_bind_int64(mapping, 3, userId);
            ok = ok && step(mapping);
            sqlite3_bind_int64(team, 1, memberId);
            ok = ok && step(team);
            sqlite3_bind_int64(replica, 1, memberId);
            sqlite3_bind_int64(replica, 2, sqlite3_last_insert_rowid(db));
            bindNow(replica, 3);
            ok = ok && step(replica);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        cpu = BenchSupport::cpuSeconds() - cpuStart;
    }
    sqlite3_close(db);
    if (!ok)
        qFatal("raw SQLite insert failed");
    return seconds;
}

QByteArray BenchSupport::userRows(const QString &path)
{
    static const char *const tables[] = {
        "auth_user",
        "sentry_useremail",
        "sentry_organizationmember",
        "sentry_organizationmembermapping",
        "sentry_organizationmember_teams",
        "sentry_organizationmember_teamsreplica",
    };
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    QByteArray rows;
    for (const char *table : tables) {
        QByteArrayList columns;
        {
            const Statement info(db, QByteArray("PRAGMA table_info(") + table + ')');
            while (sqlite3_step(info) == SQLITE_ROW) {
                const QByteArray name(reinterpret_cast<const char *>(sqlite3_column_text(info, 1)));
                if (name.startsWith("date_") || name.startsWith("last_"))
                    continue;
                columns << "quote(" + (name == "validation_hash" ? "length(" + name + ')' : name) +
                               ')';
            }
        }
        const Statement select(db,
                               "SELECT " + columns.join(", ") + " FROM " + table + " ORDER BY id");
        rows += QByteArray(table) + '\n';
        while (sqlite3_step(select) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(select); ++column)
                rows += reinterpret_cast<const char *>(sqlite3_column_text(select, column)) +
                        QByteArray("|");
            rows += '\n';
        }
    }
    sqlite3_close(db);
    return rows;
}

int runCreateUsersBenchmark(QTextStream &out)
{
    using BenchSupport::median;
    using BenchSupport::userRows;
    // Sorted: the order in which the workflow writes a transaction's rows, so both get the same
    // ids.
    QStringList emails = BenchSupport::emails(userCount);
    emails.sort();
    QList<double> raw, ours, perUserCommit, rawCpu, oursCpu;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        double cpu = 0;
        raw << BenchSupport::rawCreateUsersSeconds(dir.filePath(QStringLiteral("raw.sqlite3")),
                                                   emails, cpu);
        rawCpu << cpu;
        ours << BenchSupport::createUsersSeconds(dir.filePath(QStringLiteral("ours.sqlite3")),
                                                 emails, 0, &cpu);
        oursCpu << cpu;
        perUserCommit << BenchSupport::createUsersSeconds(
            dir.filePath(QStringLiteral("single.sqlite3")), emails, 1);
        if (round == 0 && userRows(dir.filePath(QStringLiteral("raw.sqlite3"))) !=
                              userRows(dir.filePath(QStringLiteral("ours.sqlite3"))))
            qFatal("the raw C API and the workflow wrote different rows");
    }
    out << "users: " << userCount
        << " (no password; user, useremail, membership, member mapping, team link, replica: the "
           "same rows in both), "
        << rounds << " rounds, median; processor time in brackets\n";
    out << QStringLiteral("  raw SQLite C API, one transaction:        %1 s (%2 s)\n")
               .arg(median(raw), 0, 'f', 3)
               .arg(median(rawCpu), 0, 'f', 3);
    out << QStringLiteral("  workflow, growing transactions:          %1 s (%2 s)  ratio %3x (%4x; "
                          "target at most 2x)\n")
               .arg(median(ours), 0, 'f', 3)
               .arg(median(oursCpu), 0, 'f', 3)
               .arg(median(ours) / median(raw), 0, 'f', 2)
               .arg(median(oursCpu) / median(rawCpu), 0, 'f', 2);
    out << QStringLiteral("  workflow, one commit per user:           %1 s  ratio %2x\n")
               .arg(median(perUserCommit), 0, 'f', 3)
               .arg(median(perUserCommit) / median(raw), 0, 'f', 2);
    out.flush();
    return 0;
}
