#include "storage/EmbeddedSchema.h"

#include "domain/UserDirectory.h"
#include "storage/AccountChecks.h"
#include "storage/Database.h"
#include "storage/SentryLayoutReader.h"
#include "storage/SqlConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
// Version 1: the core tables of docs/sentry-schema.md as Django's SQLite backend would create
// them, with database defaults for convenience (the project still writes every NOT NULL column
// itself, since a real Sentry database has no such defaults), and the indexes the users browser
// needs.
const char *const schemaVersion1[] = {
    R"(CREATE TABLE auth_user (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        password varchar(128) NOT NULL,
        last_login datetime NULL,
        username varchar(128) NOT NULL UNIQUE,
        first_name varchar(200) NOT NULL DEFAULT '',
        email varchar(200) NOT NULL,
        email_unique varchar(200) NULL UNIQUE,
        is_staff bool NOT NULL DEFAULT 0,
        is_active bool NOT NULL DEFAULT 1,
        is_superuser bool NOT NULL DEFAULT 0,
        is_managed bool NOT NULL DEFAULT 0,
        is_sentry_app bool NULL,
        is_password_expired bool NOT NULL DEFAULT 0,
        is_unclaimed bool NOT NULL DEFAULT 0,
        is_suspended bool NOT NULL DEFAULT 0,
        last_password_change datetime NULL,
        flags bigint NOT NULL DEFAULT 0,
        session_nonce varchar(12) NULL,
        date_joined datetime NOT NULL,
        last_active datetime NULL,
        avatar_type smallint NOT NULL DEFAULT 0,
        avatar_url varchar(120) NULL))",
    R"(CREATE TABLE sentry_organization (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        name varchar(64) NOT NULL,
        slug varchar(50) NOT NULL UNIQUE,
        status integer NOT NULL DEFAULT 0,
        date_added datetime NOT NULL,
        default_role varchar(32) NOT NULL DEFAULT 'member',
        is_test bool NOT NULL DEFAULT 0,
        flags bigint NOT NULL DEFAULT 1))",
    R"(CREATE TABLE sentry_organizationmember (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        organization_id bigint NOT NULL REFERENCES sentry_organization (id),
        user_id bigint NULL,
        email varchar(75) NULL,
        role varchar(32) NOT NULL DEFAULT 'member',
        flags bigint NOT NULL DEFAULT 0,
        token varchar(64) NULL UNIQUE,
        date_added datetime NOT NULL,
        token_expires_at datetime NULL,
        has_global_access bool NOT NULL DEFAULT 1,
        inviter_id bigint NULL,
        invite_status smallint NULL DEFAULT 0,
        type integer NOT NULL DEFAULT 50,
        user_is_active bool NOT NULL DEFAULT 1,
        user_email varchar(200) NULL,
        UNIQUE (organization_id, user_id),
        UNIQUE (organization_id, email)))",
    R"(CREATE TABLE sentry_team (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        organization_id bigint NOT NULL REFERENCES sentry_organization (id),
        slug varchar(50) NOT NULL,
        name varchar(64) NOT NULL,
        status integer NOT NULL DEFAULT 0,
        idp_provisioned bool NOT NULL DEFAULT 0,
        date_added datetime NULL,
        UNIQUE (organization_id, slug)))",
    R"(CREATE TABLE sentry_organizationmember_teams (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        organizationmember_id bigint NOT NULL REFERENCES sentry_organizationmember (id),
        team_id bigint NOT NULL REFERENCES sentry_team (id),
        is_active bool NOT NULL DEFAULT 1,
        role varchar(32) NULL,
        UNIQUE (team_id, organizationmember_id)))",
    R"(CREATE TABLE sentry_userrole (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        name varchar(32) NOT NULL UNIQUE,
        permissions text NOT NULL DEFAULT '[]',
        date_added datetime NOT NULL,
        date_updated datetime NOT NULL))",
    R"(CREATE TABLE sentry_userrole_users (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        user_id bigint NOT NULL REFERENCES auth_user (id),
        role_id bigint NOT NULL REFERENCES sentry_userrole (id),
        date_added datetime NOT NULL,
        date_updated datetime NOT NULL))",
    "CREATE INDEX sentry_organizationmember_user_id ON sentry_organizationmember (user_id)",
    "CREATE INDEX sentry_team_organization_id ON sentry_team (organization_id)",
    // One statement split over two lines (parenthesized: the concatenation is meant).
    ("CREATE INDEX sentry_organizationmember_teams_member ON "
     "sentry_organizationmember_teams (organizationmember_id)"),
    "CREATE INDEX sentry_userrole_users_user_id ON sentry_userrole_users (user_id)",
    "CREATE INDEX auth_user_email ON auth_user (email)",
    "CREATE INDEX auth_user_date_joined ON auth_user (date_joined, id)",
    "CREATE INDEX auth_user_last_login ON auth_user (last_login, id)",
    // The users browser sorts and filters case-insensitively and pages by (sort key, id).
    "CREATE INDEX auth_user_email_nocase ON auth_user (email COLLATE NOCASE, id)",
    "CREATE INDEX auth_user_first_name_nocase ON auth_user (first_name COLLATE NOCASE, id)",
    "CREATE INDEX auth_user_is_superuser ON auth_user (is_superuser, id)",
    "CREATE INDEX auth_user_is_staff ON auth_user (is_staff, id)",
    "CREATE INDEX auth_user_is_active ON auth_user (is_active, id)",
    "CREATE TABLE useradmin_meta (key text NOT NULL PRIMARY KEY, value text NOT NULL)",
};

// Version 2: the tables a hybrid-cloud Sentry (23.x and later) also reads, in their newest layout
// (docs/sentry-schema.md), with the indexes the account doctor needs at a million users.
const char *const schemaVersion2[] = {
    R"(CREATE TABLE sentry_useremail (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        user_id bigint NOT NULL REFERENCES auth_user (id) ON DELETE CASCADE,
        email varchar(200) NOT NULL,
        validation_hash varchar(32) NOT NULL,
        date_hash_added datetime NOT NULL,
        is_verified bool NOT NULL,
        UNIQUE (user_id, email)))",
    R"(CREATE TABLE sentry_organizationmapping (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        organization_id bigint NOT NULL UNIQUE,
        slug varchar(50) NOT NULL UNIQUE,
        name varchar(64) NOT NULL,
        date_created datetime NOT NULL,
        customer_id varchar(255) NULL,
        verified bool NOT NULL,
        idempotency_key varchar(48) NOT NULL,
        region_name varchar(48) NOT NULL,
        status bigint NULL,
        allow_joinleave bool NOT NULL DEFAULT 0,
        enhanced_privacy bool NOT NULL DEFAULT 0,
        require_2fa bool NOT NULL DEFAULT 0,
        early_adopter bool NOT NULL DEFAULT 0,
        disable_shared_issues bool NOT NULL DEFAULT 0,
        disable_new_visibility_features bool NOT NULL DEFAULT 0,
        require_email_verification bool NOT NULL DEFAULT 0,
        disable_member_project_creation bool NOT NULL DEFAULT 0,
        prevent_superuser_access bool NOT NULL DEFAULT 0,
        disable_member_invite bool NOT NULL DEFAULT 0,
        date_updated datetime NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))))",
    R"(CREATE TABLE sentry_organizationmembermapping (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        organization_id bigint NOT NULL,
        organizationmember_id bigint NULL,
        date_added datetime NOT NULL,
        role varchar(32) NOT NULL,
        email varchar(75) NULL,
        invite_status smallint NULL,
        inviter_id bigint NULL REFERENCES auth_user (id) ON DELETE SET NULL,
        user_id bigint NULL REFERENCES auth_user (id) ON DELETE CASCADE,
        UNIQUE (organization_id, organizationmember_id)))",
    R"(CREATE TABLE sentry_organizationmember_teamsreplica (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        team_id bigint NOT NULL,
        organization_id bigint NOT NULL,
        organizationmember_id bigint NOT NULL,
        organizationmemberteam_id bigint NOT NULL,
        is_active bool NOT NULL DEFAULT 1,
        role varchar(32) NULL,
        date_added datetime NOT NULL,
        UNIQUE (team_id, organizationmember_id, organization_id)))",
    "CREATE INDEX sentry_organizationmembermapping_member ON sentry_organizationmembermapping "
    "(organizationmember_id)",
    "CREATE INDEX sentry_organizationmembermapping_user ON sentry_organizationmembermapping "
    "(organization_id, user_id)",
    "CREATE INDEX sentry_organizationmembermapping_user_id ON sentry_organizationmembermapping "
    "(user_id)",
    "CREATE INDEX sentry_organizationmember_teamsreplica_member_team ON "
    "sentry_organizationmember_teamsreplica (organizationmemberteam_id)",
    "CREATE INDEX sentry_organizationmember_teamsreplica_member ON "
    "sentry_organizationmember_teamsreplica (organizationmember_id)",
    // Organizations as Sentry maps them in a single-server install: the flags' first bit is
    // allow_joinleave, the rest of the organization flags are off in a fresh install.
    "INSERT INTO sentry_organizationmapping (organization_id, slug, name, date_created, verified, "
    "idempotency_key, region_name, status, allow_joinleave) SELECT id, slug, name, date_added, 0, "
    "'', '--monolith--', status, flags & 1 FROM sentry_organization",
};

// Version 3: Sentry's two-factor methods, one row per user and method (recovery codes, TOTP,
// SMS, U2F), as the Authenticator model lays them out (docs/sentry-schema.md).
const char *const schemaVersion3[] = {
    R"(CREATE TABLE auth_authenticator (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        user_id bigint NOT NULL REFERENCES auth_user (id),
        created_at datetime NOT NULL,
        last_used_at datetime NULL,
        type integer unsigned NOT NULL CHECK (type >= 0),
        config text NOT NULL,
        UNIQUE (user_id, type)))",
    "CREATE INDEX auth_authenticator_user_id ON auth_authenticator (user_id)",
};

// Version 4: the audit trail of useradmin's own writes (issue #11 item 5), one row per command
// or batch; the emails are a JSON array. No column holds a secret.
const char *const schemaVersion4[] = {
    R"(CREATE TABLE useradmin_audit (
        id integer NOT NULL PRIMARY KEY AUTOINCREMENT,
        happened_at text NOT NULL,
        operator text NOT NULL,
        database text NOT NULL,
        action text NOT NULL,
        emails text NOT NULL,
        outcome text NOT NULL))",
};

// Version 5: the browser's case-insensitive email and name indexes also carry the other of the
// two, so that a search walking either in order tests "email or name starts with" from the index
// alone, without reading the row (UserPager's walk of a broad search).
const char *const schemaVersion5[] = {
    "DROP INDEX auth_user_email_nocase",
    "DROP INDEX auth_user_first_name_nocase",
    "CREATE INDEX auth_user_email_search ON auth_user (email COLLATE NOCASE, id, first_name "
    "COLLATE NOCASE)",
    "CREATE INDEX auth_user_first_name_search ON auth_user (first_name COLLATE NOCASE, id, email "
    "COLLATE NOCASE)",
};

// Version 6: the same for the sorts whose first rows are often a long run of users that are not
// searched for (never logged in, inactive): their indexes carry email and name too, so that the
// walk passes over that run in the index alone. New users are active and never logged in, so
// each insert adds to the end of one run of each (the other sorts' indexes stay narrow).
const char *const schemaVersion6[] = {
    "DROP INDEX auth_user_last_login",
    "DROP INDEX auth_user_is_active",
    "CREATE INDEX auth_user_last_login_search ON auth_user (last_login, id, email COLLATE NOCASE, "
    "first_name COLLATE NOCASE)",
    "CREATE INDEX auth_user_is_active_search ON auth_user (is_active, id, email COLLATE NOCASE, "
    "first_name COLLATE NOCASE)",
};

void exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw StorageError(
            QCoreApplication::translate("EmbeddedSchema", "Cannot prepare the database: %1")
                .arg(query.lastError().text()));
}

// A fresh self-hosted install: organization 1 "sentry" with its single team, and Super Admin.
void seed(QSqlDatabase db)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery organization(db);
    organization.prepare(QStringLiteral(
        "INSERT INTO sentry_organization (id, name, slug, status, date_added, default_role, "
        "is_test, flags) VALUES (1, ?, ?, 0, ?, ?, ?, 1)"));
    organization.addBindValue(QStringLiteral("Sentry"));
    organization.addBindValue(QStringLiteral("sentry"));
    organization.addBindValue(now);
    organization.addBindValue(QStringLiteral("member"));
    organization.addBindValue(false);
    execOrThrow(organization, QStringLiteral("sentry_organization"));

    QSqlQuery team(db);
    team.prepare(QStringLiteral("INSERT INTO sentry_team (id, organization_id, slug, name, status, "
                                "idp_provisioned, date_added) VALUES (1, 1, ?, ?, 0, ?, ?)"));
    team.addBindValue(QStringLiteral("sentry"));
    team.addBindValue(QStringLiteral("Sentry"));
    team.addBindValue(false);
    team.addBindValue(now);
    execOrThrow(team, QStringLiteral("sentry_team"));

    // Sentry's SENTRY_USER_PERMISSIONS, which self-hosted grants to Super Admin.
    QSqlQuery role(db);
    role.prepare(QStringLiteral("INSERT INTO sentry_userrole (name, permissions, date_added, "
                                "date_updated) VALUES (?, ?, ?, ?)"));
    role.addBindValue(QStringLiteral("Super Admin"));
    role.addBindValue(QStringLiteral(R"(["broadcasts.admin", "users.admin", "options.admin"])"));
    role.addBindValue(now);
    role.addBindValue(now);
    execOrThrow(role, QStringLiteral("sentry_userrole"));
}

// Runs, for every user, the repairs a forced update runs for one: member mappings, the members'
// copies of their user, useremail rows and team replicas.
void backfill(QSqlDatabase db)
{
    const SentryLayout layout = SentryLayoutReader::read(db, false);
    const InstanceSettings settings;
    const SentryRows::Values values = AccountChecks::values(
        settings, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    for (const AccountCheck &check : AccountChecks::forLayout(layout, false, settings)) {
        if (!check.followsUser)
            continue;
        for (const CheckStatement &statement : check.repairs) {
            QSqlQuery query(db);
            query.prepare(statement.forUser(false));
            SentryRows::bind(query, statement.params, values);
            execOrThrow(query, check.key);
        }
    }
}

void storeVersion(QSqlDatabase db, int version)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO useradmin_meta (key, value) VALUES (?, ?)"));
    query.addBindValue(QStringLiteral("schema_version"));
    query.addBindValue(QString::number(version));
    execOrThrow(query, EmbeddedSchema::MetadataTable);
}
} // namespace

const QList<std::pair<QString, QStringList>> &EmbeddedSchema::requiredColumns()
{
    static const QList<std::pair<QString, QStringList>> columns{
        {QStringLiteral("auth_user"),
         {QStringLiteral("id"), QStringLiteral("password"), QStringLiteral("last_login"),
          QStringLiteral("username"), QStringLiteral("first_name"), QStringLiteral("email"),
          QStringLiteral("is_staff"), QStringLiteral("is_active"), QStringLiteral("is_superuser"),
          QStringLiteral("is_managed"), QStringLiteral("is_password_expired"),
          QStringLiteral("is_unclaimed"), QStringLiteral("last_password_change"),
          QStringLiteral("flags"), QStringLiteral("date_joined"), QStringLiteral("last_active"),
          QStringLiteral("avatar_type")}},
        {QStringLiteral("sentry_organization"),
         {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("slug"),
          QStringLiteral("status"), QStringLiteral("default_role")}},
        {QStringLiteral("sentry_organizationmember"),
         {QStringLiteral("id"), QStringLiteral("organization_id"), QStringLiteral("user_id"),
          QStringLiteral("role"), QStringLiteral("flags"), QStringLiteral("date_added"),
          QStringLiteral("has_global_access"), QStringLiteral("invite_status"),
          QStringLiteral("type"), QStringLiteral("user_is_active")}},
        {QStringLiteral("sentry_team"),
         {QStringLiteral("id"), QStringLiteral("organization_id"), QStringLiteral("slug"),
          QStringLiteral("name"), QStringLiteral("status")}},
        {QStringLiteral("sentry_organizationmember_teams"),
         {QStringLiteral("id"), QStringLiteral("organizationmember_id"), QStringLiteral("team_id"),
          QStringLiteral("is_active"), QStringLiteral("role")}},
        {QStringLiteral("sentry_userrole"), {QStringLiteral("id"), QStringLiteral("name")}},
        {QStringLiteral("sentry_userrole_users"),
         {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("role_id"),
          QStringLiteral("date_added"), QStringLiteral("date_updated")}},
    };
    return columns;
}

const QList<std::pair<QString, QStringList>> &EmbeddedSchema::columnsWhereTablesExist()
{
    using namespace SentryTables;
    static const QList<std::pair<QString, QStringList>> columns{
        {UserEmails,
         {QStringLiteral("user_id"), QStringLiteral("email"), QStringLiteral("validation_hash"),
          QStringLiteral("is_verified")}},
        {MemberMappings,
         {QStringLiteral("organization_id"), QStringLiteral("user_id"), QStringLiteral("role")}},
        {TeamMemberReplicas,
         {QStringLiteral("team_id"), QStringLiteral("organization_id"),
          QStringLiteral("organizationmember_id"), QStringLiteral("organizationmemberteam_id")}},
        {OrganizationMappings, {QStringLiteral("organization_id"), QStringLiteral("status")}},
        {Authenticators, {QStringLiteral("user_id"), QStringLiteral("type")}},
    };
    return columns;
}

int EmbeddedSchema::storedVersion(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT value FROM useradmin_meta WHERE key = ?"));
    query.addBindValue(QStringLiteral("schema_version"));
    execOrThrow(query, EmbeddedSchema::MetadataTable);
    return query.next() ? query.value(0).toInt() : 0;
}

void EmbeddedSchema::createOrMigrate(QSqlDatabase db)
{
    // A current database is only read: opening it takes no write lock, and never waits behind
    // a batch another process is writing.
    if (db.tables().contains(MetadataTable) && storedVersion(db) == CurrentVersion)
        return;
    exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    try {
        const bool fresh = !db.tables().contains(MetadataTable);
        const int version = fresh ? 0 : storedVersion(db);
        if (version > CurrentVersion)
            throw StorageError(QCoreApplication::translate(
                                   "EmbeddedSchema",
                                   "This database was written by a newer version of useradmin "
                                   "(schema %1; this version knows up to %2).")
                                   .arg(version)
                                   .arg(CurrentVersion));
        if (version < 1) {
            for (const char *statement : schemaVersion1)
                exec(db, QString::fromLatin1(statement));
            seed(db);
        }
        if (version < 2) {
            for (const char *statement : schemaVersion2)
                exec(db, QString::fromLatin1(statement));
            // The rows Sentry would have written for the users of version 1, by the account
            // doctor's own repairs.
            backfill(db);
        }
        if (version < 3)
            for (const char *statement : schemaVersion3)
                exec(db, QString::fromLatin1(statement));
        if (version < 4)
            for (const char *statement : schemaVersion4)
                exec(db, QString::fromLatin1(statement));
        if (version < 5)
            for (const char *statement : schemaVersion5)
                exec(db, QString::fromLatin1(statement));
        if (version < 6)
            for (const char *statement : schemaVersion6)
                exec(db, QString::fromLatin1(statement));
        // Later versions migrate here, one step at a time, inside this same transaction.
        if (version != CurrentVersion)
            storeVersion(db, CurrentVersion);
        exec(db, QStringLiteral("COMMIT"));
    } catch (...) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        throw;
    }
}
