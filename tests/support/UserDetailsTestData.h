#pragma once

#include "TestDatabase.h"
#include "storage/UserDetailsReader.h"

// Users for the details pane, in the embedded database or a PostgreSQL database of the hybrid
// schema (every NOT NULL column given, as PostgreSQL has no defaults):
// - ann (DetailedUserId): superuser and staff, linked to Super Admin, a pbkdf2 hash of 600,000
//   iterations, member of acme (owner; teams backend and frontend, an inactive link to ops) and
//   of beta (member; no team), two useremail rows (one verified), TOTP and recovery codes
//   (where the database has auth_authenticator);
// - bob (PlainUserId): inactive, an unusable password, never logged in, nothing else.
namespace UserDetailsTestData {
constexpr qint64 DetailedUserId = 501;
constexpr qint64 PlainUserId = 502;
constexpr int DetailedUserIterations = 600'000;

inline void addUsers(TestDatabase &db)
{
    const QString user = QStringLiteral(
        "INSERT INTO auth_user (id, password, last_login, username, first_name, email, is_staff, "
        "is_active, is_superuser, is_managed, is_password_expired, is_unclaimed, is_suspended, "
        "flags, date_joined, avatar_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, "
        "0)");
    db.exec(user, {DetailedUserId, QStringLiteral("pbkdf2_sha256$600000$NaCl$SGFzaA=="),
                   QStringLiteral("2026-03-04T05:06:07Z"), QStringLiteral("ann@example.com"),
                   QStringLiteral("Ann Admin"), QStringLiteral("ann@example.com"), true, true, true,
                   false, false, false, false, QStringLiteral("2021-01-02T03:04:05Z")});
    db.exec(user, {PlainUserId, QStringLiteral("!UnusableRandomText"), QVariant(),
                   QStringLiteral("bob@example.com"), QStringLiteral("Bob"),
                   QStringLiteral("bob@example.com"), false, false, false, false, false, false,
                   false, QStringLiteral("2022-01-02T03:04:05Z")});
    const QVariant superAdmin =
        db.value(QStringLiteral("SELECT id FROM sentry_userrole WHERE name = ?"),
                 {QStringLiteral("Super Admin")});
    QVERIFY(superAdmin.isValid());
    db.exec(QStringLiteral("INSERT INTO sentry_userrole_users (user_id, role_id, date_added, "
                           "date_updated) VALUES (?, ?, ?, ?)"),
            {DetailedUserId, superAdmin, QStringLiteral("2021-01-02T03:04:05Z"),
             QStringLiteral("2021-01-02T03:04:05Z")});

    const QString organization =
        QStringLiteral("INSERT INTO sentry_organization (id, name, slug, status, date_added, "
                       "default_role, is_test, flags) VALUES (?, ?, ?, 0, ?, 'member', ?, 1)");
    db.exec(organization, {101, QStringLiteral("Acme Corp"), QStringLiteral("acme"),
                           QStringLiteral("2020-01-01T00:00:00Z"), false});
    db.exec(organization, {102, QStringLiteral("Beta"), QStringLiteral("beta"),
                           QStringLiteral("2020-01-01T00:00:00Z"), false});
    const QString team =
        QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, status, "
                       "idp_provisioned, date_added) VALUES (?, 101, ?, ?, 0, ?, ?)");
    for (const auto &[id, slug] : {std::pair{111, "frontend"}, {112, "backend"}, {113, "ops"}})
        db.exec(team, {id, QString::fromLatin1(slug), QString::fromLatin1(slug), false,
                       QStringLiteral("2020-01-01T00:00:00Z")});
    const QString member = QStringLiteral(
        "INSERT INTO sentry_organizationmember (id, organization_id, user_id, role, flags, "
        "date_added, has_global_access, type, user_is_active) VALUES (?, ?, ?, ?, 0, ?, ?, 50, ?)");
    db.exec(member, {201, 101, DetailedUserId, QStringLiteral("owner"),
                     QStringLiteral("2020-01-01T00:00:00Z"), true, true});
    db.exec(member, {202, 102, DetailedUserId, QStringLiteral("member"),
                     QStringLiteral("2020-01-01T00:00:00Z"), true, true});
    const QString memberTeam = QStringLiteral("INSERT INTO sentry_organizationmember_teams "
                                              "(organizationmember_id, team_id, is_active) "
                                              "VALUES (201, ?, ?)");
    db.exec(memberTeam, {111, true});
    db.exec(memberTeam, {112, true});
    db.exec(memberTeam, {113, false});

    const QString email = QStringLiteral("INSERT INTO sentry_useremail (user_id, email, "
                                         "validation_hash, date_hash_added, is_verified) VALUES "
                                         "(?, ?, 'abc', '2021-01-02T03:04:05Z', ?)");
    db.exec(email, {DetailedUserId, QStringLiteral("ann@example.com"), true});
    db.exec(email, {DetailedUserId, QStringLiteral("ann.old@example.com"), false});
    // Sentry added two-factor's table to the hybrid-cloud schema only.
    if (!db.database().layout().hasTable(SentryTables::Authenticators))
        return;
    const QString authenticator = QStringLiteral("INSERT INTO auth_authenticator (user_id, "
                                                 "created_at, type, config) VALUES (?, "
                                                 "'2026-01-01T00:00:00Z', ?, '')");
    db.exec(authenticator, {DetailedUserId, 1});
    db.exec(authenticator, {DetailedUserId, 0});
}

// What the reader must find of ann: every part as addUsers() wrote it, memberships by
// organization slug, teams sorted, the inactive team link left out.
inline void checkDetailedUser(const std::optional<UserDetails> &ann, bool withAuthenticators)
{
    QVERIFY(ann);
    QCOMPARE(ann->id, DetailedUserId);
    QCOMPARE(ann->email, QStringLiteral("ann@example.com"));
    QCOMPARE(ann->name, QStringLiteral("Ann Admin"));
    QVERIFY(ann->superuser && ann->staff && ann->active);
    QCOMPARE(ann->dateJoined, QDateTime(QDate(2021, 1, 2), QTime(3, 4, 5), QTimeZone::UTC));
    QCOMPARE(ann->lastLogin, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), QTimeZone::UTC));
    QCOMPARE(ann->password,
             (PasswordState{true, QStringLiteral("pbkdf2_sha256"), DetailedUserIterations}));
    QVERIFY(ann->superAdminRole);
    QCOMPARE(ann->memberships,
             (QList<UserMembershipDetails>{
                 {QStringLiteral("acme"),
                  QStringLiteral("Acme Corp"),
                  QStringLiteral("owner"),
                  {QStringLiteral("backend"), QStringLiteral("frontend")}},
                 {QStringLiteral("beta"), QStringLiteral("Beta"), QStringLiteral("member"), {}}}));
    QVERIFY(ann->emails);
    QCOMPARE(*ann->emails, (QList<UserEmailDetails>{{QStringLiteral("ann.old@example.com"), false},
                                                    {QStringLiteral("ann@example.com"), true}}));
    if (withAuthenticators) {
        QVERIFY(ann->authenticatorTypes);
        QCOMPARE(*ann->authenticatorTypes, (QList<int>{0, 1}));
    } else {
        QVERIFY(!ann->authenticatorTypes);
    }
}

// The two-factor survey of ann (TOTP and recovery codes), bob (none) and a missing user.
inline void checkAuthenticatorCounts(const Database &database, bool withAuthenticators)
{
    const std::optional<UserDetailsReader::AuthenticatorCounts> counts =
        UserDetailsReader::authenticatorCounts(database, {DetailedUserId, PlainUserId, 9999});
    QCOMPARE(counts.has_value(), withAuthenticators);
    if (!counts)
        return;
    QCOMPARE(counts->enrolledUsers, 1);
    QCOMPARE(counts->usersByType, (QMap<int, qsizetype>{{0, 1}, {1, 1}}));
}
} // namespace UserDetailsTestData
