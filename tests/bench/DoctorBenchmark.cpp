#include "BenchSupport.h"
#include "TestConnection.h"
#include "storage/AccountChecks.h"
#include "storage/AccountDoctor.h"
#include "storage/Database.h"
#include "storage/SqlConnection.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <map>
#include <sqlite3.h>

// The account doctor over an embedded database of 1,000,000 complete users (issue: "doctor over
// 1,000,000 users in seconds, not minutes"), after plain SQL broke a realistic share of them:
// check, repair, check again. Baseline in the same run: one raw C API query that joins every
// user to all of its rows (useremail, membership, mapping, team link, replica) and counts them,
// which is the least reading any doctor must do.
namespace {
constexpr int userCount = 1'000'000;

using Statement = BenchSupport::SqliteStatement;

void exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK)
        qFatal("%s: %s", sql, error);
}

void step(sqlite3_stmt *statement)
{
    if (sqlite3_step(statement) != SQLITE_DONE)
        qFatal("raw SQLite insert failed: %s", sqlite3_errmsg(sqlite3_db_handle(statement)));
    sqlite3_reset(statement);
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Every user with all the rows the workflow writes (user, useremail, membership, member mapping,
// team link, replica), ids equal to the user's; a superuser in a thousand with its Super Admin
// link, one user in fifty inactive, a tenth of the password hashes with fewer iterations than the
// instance's. One transaction without a journal, and the indexes built once from sorted keys
// after the rows rather than grown row by row: fixture speed only.
void buildDatabase(const QString &path)
{
    Database::open(path); // the embedded schema 2 with its indexes, seeded
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -524288; "
             "BEGIN");
    QByteArrayList names, indexes;
    {
        const Statement list(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                                 "sql IS NOT NULL");
        while (sqlite3_step(list) == SQLITE_ROW) {
            names << reinterpret_cast<const char *>(sqlite3_column_text(list, 0));
            indexes << reinterpret_cast<const char *>(sqlite3_column_text(list, 1));
        }
    }
    for (const QByteArray &name : std::as_const(names))
        exec(db, ("DROP INDEX " + name).constData());
    {
        const Statement user(
            db, "INSERT INTO auth_user (id, password, username, first_name, email, is_staff, "
                "is_active, is_superuser, is_managed, is_password_expired, is_unclaimed, "
                "is_suspended, flags, date_joined, last_active, avatar_type) VALUES (?1, ?2, ?3, "
                "?4, ?3, ?5, ?6, ?5, 0, 0, 0, 0, 0, ?7, ?7, 0)");
        const Statement email(db,
                              "INSERT INTO sentry_useremail (id, user_id, email, validation_hash, "
                              "date_hash_added, is_verified) VALUES (?1, ?1, ?2, ?3, ?4, ?5)");
        const Statement member(
            db, "INSERT INTO sentry_organizationmember (id, organization_id, user_id, role, flags, "
                "date_added, has_global_access, invite_status, type, user_is_active, "
                "user_email) VALUES (?1, 1, ?1, ?2, 0, ?3, 1, 0, 50, ?4, ?5)");
        const Statement mapping(
            db, "INSERT INTO sentry_organizationmembermapping (id, organization_id, "
                "organizationmember_id, date_added, role, email, invite_status, inviter_id, "
                "user_id) VALUES (?1, 1, ?1, ?2, ?3, NULL, 0, NULL, ?1)");
        const Statement team(db, "INSERT INTO sentry_organizationmember_teams (id, "
                                 "organizationmember_id, team_id, is_active) VALUES (?1, ?1, 1, "
                                 "1)");
        const Statement replica(
            db, "INSERT INTO sentry_organizationmember_teamsreplica (id, team_id, "
                "organization_id, organizationmember_id, organizationmemberteam_id, is_active, "
                "role, date_added) VALUES (?1, 1, 1, ?1, ?1, 1, NULL, ?2)");
        const Statement superAdmin(
            db, "INSERT INTO sentry_userrole_users (user_id, role_id, date_added, date_updated) "
                "SELECT ?1, id, ?2, ?2 FROM sentry_userrole WHERE name = 'Super Admin'");
        static const char *const firsts[] = {"anna",  "ben",  "chloe", "david", "emma",  "felix",
                                             "grace", "hugo", "iris",  "jonas", "karin", "lukas",
                                             "maria", "marc", "nina",  "oskar", "paula"};
        static const char *const lasts[] = {"meyer", "schmidt",  "dubois", "martin",
                                            "rossi", "garcia",   "smith",  "jones",
                                            "novak", "kowalski", "berg"};
        static const char *const domains[] = {"example.com", "example.org", "corp.example"};
        static const char alphabet[] =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        // Well-formed Django hashes; the salt and digest need not be real here.
        const QByteArray current = "pbkdf2_sha256$1000000$Zq1xN8cWvVb3T0mHyJ2sLk$"
                                   "mVq0d3Jx8f9cZ2bKp6HnYwE4tRs1uLo7aGiQjCkXvBM=";
        const QByteArray older = "pbkdf2_sha256$600000$Zq1xN8cWvVb3T0mHyJ2sLk$"
                                 "mVq0d3Jx8f9cZ2bKp6HnYwE4tRs1uLo7aGiQjCkXvBM=";
        const QByteArray time = "2025-06-01T12:00:00.000Z";
        const auto text = [](sqlite3_stmt *statement, int index, const QByteArray &value) {
            sqlite3_bind_text(statement, index, value.constData(), int(value.size()),
                              SQLITE_STATIC);
        };
        QRandomGenerator64 random(20261130);
        QByteArray hash(BenchSupport::hashLength, Qt::Uninitialized);
        for (int i = 1; i <= userCount; ++i) {
            const char *first = firsts[i % 17];
            const QByteArray address = first + QByteArray(".") + lasts[i % 11] +
                                       QByteArray::number(i) + '@' + domains[i % 3];
            const bool superuser = i % 1000 == 0;
            const bool active = i % 50 != 0;
            for (char &character : hash)
                character = alphabet[random.bounded(62)];
            sqlite3_bind_int(user, 1, i);
            text(user, 2, i % 10 == 9 ? older : current);
            text(user, 3, address);
            sqlite3_bind_text(user, 4, first, -1, SQLITE_STATIC);
            sqlite3_bind_int(user, 5, superuser);
            sqlite3_bind_int(user, 6, active);
            text(user, 7, time);
            step(user);
            sqlite3_bind_int(email, 1, i);
            text(email, 2, address);
            text(email, 3, hash);
            text(email, 4, time);
            sqlite3_bind_int(email, 5, i % 3 == 0);
            step(email);
            const char *role = superuser ? "owner" : "member";
            sqlite3_bind_int(member, 1, i);
            sqlite3_bind_text(member, 2, role, -1, SQLITE_STATIC);
            text(member, 3, time);
            sqlite3_bind_int(member, 4, active);
            text(member, 5, address);
            step(member);
            sqlite3_bind_int(mapping, 1, i);
            text(mapping, 2, time);
            sqlite3_bind_text(mapping, 3, role, -1, SQLITE_STATIC);
            step(mapping);
            sqlite3_bind_int(team, 1, i);
            step(team);
            sqlite3_bind_int(replica, 1, i);
            text(replica, 2, time);
            step(replica);
            if (superuser) {
                sqlite3_bind_int(superAdmin, 1, i);
                text(superAdmin, 2, time);
                step(superAdmin);
            }
        }
    }
    for (const QByteArray &index : std::as_const(indexes))
        exec(db, index.constData());
    exec(db, "COMMIT; PRAGMA journal_mode = WAL");
    sqlite3_close(db);
}

// What a script writing accounts without the hybrid-cloud rows, and Sentry's own
// createuser --force-update, leave behind.
void damage(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    exec(db,
         "BEGIN;"
         // Memberships removed without their copies (one in a thousand).
         "DELETE FROM sentry_organizationmember_teams WHERE organizationmember_id % 1000 = 7;"
         "DELETE FROM sentry_organizationmember WHERE id % 1000 = 7;"
         // A tenth of the mappings, useremail rows and replicas never written.
         "DELETE FROM sentry_organizationmembermapping WHERE id % 10 = 1;"
         "DELETE FROM sentry_useremail WHERE id % 10 = 2;"
         "DELETE FROM sentry_organizationmember_teamsreplica WHERE id % 10 = 3;"
         // Users changed behind the members' copies: a tenth of the emails, a hundredth of the
         // active flags; a hundredth of the mappings with another role than their member.
         "UPDATE sentry_organizationmember SET user_email = 'old.' || user_email WHERE id % 10 = "
         "4;"
         "UPDATE sentry_organizationmember SET user_is_active = NOT user_is_active WHERE id % "
         "100 = 5;"
         "UPDATE sentry_organizationmembermapping SET role = 'admin' WHERE id % 100 = 6;"
         // Half the superusers linked to Super Admin twice.
         "INSERT INTO sentry_userrole_users (user_id, role_id, date_added, date_updated) SELECT "
         "user_id, role_id, date_added, date_updated FROM sentry_userrole_users WHERE user_id % "
         "2000 = 0;"
         "COMMIT");
    sqlite3_close(db);
}

struct Counts
{
    qint64 users = 0, userEmails = 0, members = 0, mappings = 0, teamMembers = 0, replicas = 0;
};

// The baseline: each user joined to all of its rows once, counted, by the raw C API with
// SQLite's default pragmas (as the doctor's connection has them). NOT INDEXED: left alone, SQLite
// scans auth_user through its smallest covering index (email order), and then every look-up of
// the other tables by user id lands on another page: 22 s instead of 3 s at a million users.
Counts countRows(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    Counts counts;
    {
        const Statement count(
            db, "SELECT COUNT(*), COUNT(ue.id), COUNT(m.id), COUNT(mm.id), COUNT(tm.id), "
                "COUNT(r.id) FROM auth_user u NOT INDEXED LEFT JOIN sentry_useremail ue ON "
                "ue.user_id = u.id "
                "AND ue.email = u.email LEFT JOIN sentry_organizationmember m ON m.user_id = u.id "
                "LEFT JOIN sentry_organizationmembermapping mm ON mm.organizationmember_id = m.id "
                "LEFT JOIN sentry_organizationmember_teams tm ON tm.organizationmember_id = m.id "
                "LEFT JOIN sentry_organizationmember_teamsreplica r ON "
                "r.organizationmemberteam_id = tm.id");
        if (sqlite3_step(count) != SQLITE_ROW)
            qFatal("baseline query failed: %s", sqlite3_errmsg(db));
        counts = {sqlite3_column_int64(count, 0), sqlite3_column_int64(count, 1),
                  sqlite3_column_int64(count, 2), sqlite3_column_int64(count, 3),
                  sqlite3_column_int64(count, 4), sqlite3_column_int64(count, 5)};
    }
    sqlite3_close(db);
    return counts;
}

using Findings = std::map<QString, qint64>;

QString describe(const Findings &findings)
{
    QStringList parts;
    for (const auto &[check, count] : findings)
        parts << QStringLiteral("%1 %L2").arg(check).arg(count);
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
}

qint64 total(const Findings &findings)
{
    qint64 sum = 0;
    for (const auto &[check, count] : findings)
        sum += count;
    return sum;
}

struct Run
{
    double seconds = 0;
    Findings repairable, notes;
};

Run check(AccountDoctor &doctor)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    doctor.check([&run](const AccountFinding &finding) {
        ++(finding.repairable ? run.repairable : run.notes)[finding.check];
    });
    run.seconds = secondsSince(timer);
    return run;
}

// Each check's query alone, for where the time goes.
QList<std::pair<QString, double>> checkSeconds(Database &database)
{
    QList<std::pair<QString, double>> seconds;
    const InstanceSettings settings = database.instanceSettings();
    const SentryRows::Values values = AccountChecks::values(
        settings, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (const AccountCheck &each : AccountChecks::forLayout(database.layout(), false, settings)) {
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(testConnection(database));
        query.setForwardOnly(true);
        query.prepare(each.find.forUser(false));
        SentryRows::bind(query, each.find.params, values);
        execOrThrow(query, each.key);
        while (query.next()) {
        }
        seconds.append({each.key, secondsSince(timer)});
    }
    return seconds;
}
} // namespace

int runDoctorBenchmark(QTextStream &out)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("doctor.sqlite3"));
    QElapsedTimer timer;
    timer.start();
    buildDatabase(path);
    const double buildSeconds = secondsSince(timer);
    timer.restart();
    damage(path);
    const double damageSeconds = secondsSince(timer);

    out << QStringLiteral("built %L1 users with all their rows in %2 s (raw C API, one "
                          "transaction), damaged in %3 s\n")
               .arg(userCount)
               .arg(buildSeconds, 0, 'f', 1)
               .arg(damageSeconds, 0, 'f', 1);
    out.flush();

    timer.restart();
    const Counts counts = countRows(path);
    const double baselineSeconds = secondsSince(timer);

    std::unique_ptr<Database> database = Database::open(path);
    AccountDoctor doctor(*database, database->instanceSettings());
    const Run first = check(doctor);
    const QList<std::pair<QString, double>> perCheck = checkSeconds(*database);
    Findings repaired;
    timer.restart();
    doctor.repair([&repaired](const AccountFinding &fix) { ++repaired[fix.check]; });
    const double repairSeconds = secondsSince(timer);
    const Run second = check(doctor);

    out << QStringLiteral("baseline, one raw C API query joining each user to its rows: %1 s "
                          "(users %L2, useremail %L3, members %L4, mappings %L5, team links %L6, "
                          "replicas %L7)\n")
               .arg(baselineSeconds, 0, 'f', 2)
               .arg(counts.users)
               .arg(counts.userEmails)
               .arg(counts.members)
               .arg(counts.mappings)
               .arg(counts.teamMembers)
               .arg(counts.replicas);
    out << QStringLiteral("AccountDoctor::check:   %1 s  ratio %2x the baseline (%3x the build); "
                          "%L4 to repair (%5), %L6 notes (%7)\n")
               .arg(first.seconds, 0, 'f', 2)
               .arg(first.seconds / baselineSeconds, 0, 'f', 1)
               .arg(first.seconds / buildSeconds, 0, 'f', 2)
               .arg(total(first.repairable))
               .arg(describe(first.repairable))
               .arg(total(first.notes))
               .arg(describe(first.notes));
    out << QStringLiteral("AccountDoctor::repair:  %1 s; %L2 repaired (%3)\n")
               .arg(repairSeconds, 0, 'f', 2)
               .arg(total(repaired))
               .arg(describe(repaired));
    out << QStringLiteral("second check:           %1 s; %L2 to repair (must be 0), %L3 notes\n")
               .arg(second.seconds, 0, 'f', 2)
               .arg(total(second.repairable))
               .arg(total(second.notes));
    out << "each check's query alone, before the repair:";
    for (const auto &[key, seconds] : perCheck)
        out << QStringLiteral(" %1 %2 s%3")
                   .arg(key)
                   .arg(seconds, 0, 'f', 2)
                   .arg(key == perCheck.last().first ? QStringLiteral("\n") : QStringLiteral(","));
    out.flush();
    return total(second.repairable) == 0 ? 0 : 1;
}
