#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sqlite3.h>

// Creating 10,000 users (no passwords, with organization and team memberships) in the embedded
// database through the workflow, against the same rows written by the raw SQLite C API in one
// transaction, on identical fresh databases with the same pragmas. The workflow keeps each user
// atomic: chunks of 256 users a transaction, a failed chunk replayed with a savepoint per user;
// "one commit per user" shows what the plain approach would cost.
namespace {
constexpr int userCount = 10'000;
constexpr int rounds = 3;

bool step(sqlite3_stmt *statement)
{
    const bool done = sqlite3_step(statement) == SQLITE_DONE;
    sqlite3_reset(statement);
    return done;
}

double rawSeconds(const QString &path, const QStringList &emails)
{
    Database::open(path); // the same fresh, seeded schema
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    sqlite3_exec(db,
                 "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
                 "PRAGMA foreign_keys = ON",
                 nullptr, nullptr, nullptr);
    sqlite3_stmt *user = nullptr;
    sqlite3_stmt *member = nullptr;
    sqlite3_stmt *team = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO auth_user (password, username, first_name, email, is_staff, "
                       "is_active, is_superuser, is_managed, is_password_expired, is_unclaimed, "
                       "flags, date_joined, last_active, avatar_type, is_suspended) VALUES ('', "
                       "?1, '', ?1, 0, 1, 0, 0, 0, 0, 0, ?2, ?2, 0, 0)",
                       -1, &user, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO sentry_organizationmember (organization_id, user_id, role, "
                       "flags, date_added, has_global_access, invite_status, type, "
                       "user_is_active) VALUES (1, ?1, 'member', 0, ?2, 1, 0, 50, 1)",
                       -1, &member, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT INTO sentry_organizationmember_teams (organizationmember_id, "
                       "team_id, is_active, role) VALUES (?1, 1, 1, NULL)",
                       -1, &team, nullptr);
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8();
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    bool ok = true;
    for (const QString &email : emails) {
        const QByteArray utf8 = email.toUtf8();
        sqlite3_bind_text(user, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(user, 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        ok = ok && step(user);
        sqlite3_bind_int64(member, 1, sqlite3_last_insert_rowid(db));
        sqlite3_bind_text(member, 2, now.constData(), int(now.size()), SQLITE_TRANSIENT);
        ok = ok && step(member);
        sqlite3_bind_int64(team, 1, sqlite3_last_insert_rowid(db));
        ok = ok && step(team);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(user);
    sqlite3_finalize(member);
    sqlite3_finalize(team);
    sqlite3_close(db);
    if (!ok)
        qFatal("raw SQLite insert failed");
    return seconds;
}

} // namespace

int runCreateUsersBenchmark(QTextStream &out)
{
    const QStringList emails = BenchSupport::emails(userCount);
    QList<double> raw, ours, perUserCommit;
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        raw << rawSeconds(dir.filePath(QStringLiteral("raw.sqlite3")), emails);
        ours << BenchSupport::createUsersSeconds(dir.filePath(QStringLiteral("ours.sqlite3")),
                                                 emails, 256);
        perUserCommit << BenchSupport::createUsersSeconds(
            dir.filePath(QStringLiteral("single.sqlite3")), emails, 1);
    }
    out << "users: " << userCount << " (no password, organization and team membership), " << rounds
        << " rounds, median\n";
    out << QStringLiteral("  raw SQLite C API, one transaction:        %1 s\n")
               .arg(BenchSupport::median(raw), 0, 'f', 3);
    out << QStringLiteral("  workflow, 256 users a commit:            %1 s  ratio %2x\n")
               .arg(BenchSupport::median(ours), 0, 'f', 3)
               .arg(BenchSupport::median(ours) / BenchSupport::median(raw), 0, 'f', 2);
    out << QStringLiteral("  workflow, one commit per user:           %1 s  ratio %2x\n")
               .arg(BenchSupport::median(perUserCommit), 0, 'f', 3)
               .arg(BenchSupport::median(perUserCommit) / BenchSupport::median(raw), 0, 'f', 2);
    out.flush();
    return 0;
}
