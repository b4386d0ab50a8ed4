-- The generation before hybrid cloud: the core Sentry tables useradmin reads and writes, without
-- the member and organization mappings or the team replica (sentry_schema_hybrid.sql adds them),
-- as Django 5.2 creates them on PostgreSQL for Sentry's models (squashed migration; the member's
-- user_is_active/user_email columns are kept, to show that the tool writes whatever columns it
-- finds): bigserial ids (Sentry's
-- BoundedBigAutoField; serial for the member-team link), CHECKs of positive integer fields,
-- varchar_pattern_ops indexes of unique varchar columns, foreign keys DEFERRABLE INITIALLY
-- DEFERRED, and no column defaults (Django keeps defaults in Python). Seeded like a fresh
-- self-hosted install: organization 1 "sentry" with its single team, and the Super Admin role.
-- Test fixture only: useradmin itself never creates anything in a Sentry database.
\set ON_ERROR_STOP on
BEGIN;

CREATE TABLE "auth_user" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp with time zone NULL,
    "username" varchar(128) NOT NULL UNIQUE,
    "first_name" varchar(200) NOT NULL,
    "email" varchar(200) NOT NULL,
    "email_unique" varchar(200) NULL UNIQUE,
    "is_staff" boolean NOT NULL,
    "is_active" boolean NOT NULL,
    "is_superuser" boolean NOT NULL,
    "is_managed" boolean NOT NULL,
    "is_sentry_app" boolean NULL,
    "is_password_expired" boolean NOT NULL,
    "is_unclaimed" boolean NOT NULL,
    "is_suspended" boolean NOT NULL,
    "last_password_change" timestamp with time zone NULL,
    "flags" bigint NOT NULL,
    "session_nonce" varchar(12) NULL,
    "date_joined" timestamp with time zone NOT NULL,
    "last_active" timestamp with time zone NULL,
    "avatar_type" smallint NOT NULL CHECK ("avatar_type" >= 0),
    "avatar_url" varchar(120) NULL
);
CREATE INDEX "auth_user_username_6821ab7c_like" ON "auth_user" ("username" varchar_pattern_ops);
CREATE INDEX "auth_user_email_unique_7f1b2a4e_like" ON "auth_user" ("email_unique" varchar_pattern_ops);

CREATE TABLE "sentry_organization" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "name" varchar(64) NOT NULL,
    "slug" varchar(50) NOT NULL UNIQUE,
    "status" integer NOT NULL CHECK ("status" >= 0),
    "date_added" timestamp with time zone NOT NULL,
    "default_role" varchar(32) NOT NULL,
    "is_test" boolean NOT NULL,
    "flags" bigint NOT NULL
);
CREATE INDEX "sentry_organization_slug_b36f4a6d_like" ON "sentry_organization" ("slug" varchar_pattern_ops);

CREATE TABLE "sentry_organizationmember" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "organization_id" bigint NOT NULL,
    "user_id" bigint NULL,
    "email" varchar(75) NULL,
    "role" varchar(32) NOT NULL,
    "flags" bigint NOT NULL,
    "token" varchar(64) NULL UNIQUE,
    "date_added" timestamp with time zone NOT NULL,
    "token_expires_at" timestamp with time zone NULL,
    "has_global_access" boolean NOT NULL,
    "inviter_id" bigint NULL,
    "invite_status" smallint NULL CHECK ("invite_status" >= 0),
    "type" integer NOT NULL CHECK ("type" >= 0),
    "user_is_active" boolean NOT NULL,
    "user_email" varchar(200) NULL
);
ALTER TABLE "sentry_organizationmember"
    ADD CONSTRAINT "sentry_organizationmember_organization_id_user_id_0f0b8c3a_uniq"
    UNIQUE ("organization_id", "user_id");
ALTER TABLE "sentry_organizationmember"
    ADD CONSTRAINT "sentry_organizationmember_organization_id_email_e5e2d2a3_uniq"
    UNIQUE ("organization_id", "email");
ALTER TABLE "sentry_organizationmember"
    ADD CONSTRAINT "sentry_organizationm_organization_id_42dc8e8f_fk_sentry_or"
    FOREIGN KEY ("organization_id") REFERENCES "sentry_organization" ("id")
    DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_organizationmember_organization_id_42dc8e8f" ON "sentry_organizationmember" ("organization_id");
CREATE INDEX "sentry_organizationmember_user_id_a0e0b4cf" ON "sentry_organizationmember" ("user_id");
CREATE INDEX "sentry_organizationmember_inviter_id_cf6a4c8f" ON "sentry_organizationmember" ("inviter_id");
CREATE INDEX "sentry_organizationmember_token_6fcae4e1_like" ON "sentry_organizationmember" ("token" varchar_pattern_ops);

CREATE TABLE "sentry_team" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "organization_id" bigint NOT NULL,
    "slug" varchar(50) NOT NULL,
    "name" varchar(64) NOT NULL,
    "status" integer NOT NULL CHECK ("status" >= 0),
    "idp_provisioned" boolean NOT NULL,
    "date_added" timestamp with time zone NULL
);
ALTER TABLE "sentry_team"
    ADD CONSTRAINT "sentry_team_organization_id_slug_e1c3f4b2_uniq" UNIQUE ("organization_id", "slug");
ALTER TABLE "sentry_team"
    ADD CONSTRAINT "sentry_team_organization_id_1b4aac2c_fk_sentry_organization_id"
    FOREIGN KEY ("organization_id") REFERENCES "sentry_organization" ("id")
    DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_team_organization_id_1b4aac2c" ON "sentry_team" ("organization_id");
CREATE INDEX "sentry_team_slug_6d3c7a42" ON "sentry_team" ("slug");
CREATE INDEX "sentry_team_slug_6d3c7a42_like" ON "sentry_team" ("slug" varchar_pattern_ops);

CREATE TABLE "sentry_organizationmember_teams" (
    "id" serial NOT NULL PRIMARY KEY,
    "organizationmember_id" bigint NOT NULL,
    "team_id" bigint NOT NULL,
    "is_active" boolean NOT NULL,
    "role" varchar(32) NULL
);
ALTER TABLE "sentry_organizationmember_teams"
    ADD CONSTRAINT "sentry_organizationmemb_team_id_organizationmem_5d5a2e9f_uniq"
    UNIQUE ("team_id", "organizationmember_id");
ALTER TABLE "sentry_organizationmember_teams"
    ADD CONSTRAINT "sentry_organizationm_organizationmember_i_0a8f4e1c_fk_sentry_or"
    FOREIGN KEY ("organizationmember_id") REFERENCES "sentry_organizationmember" ("id")
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_organizationmember_teams"
    ADD CONSTRAINT "sentry_organizationm_team_id_d4fa4e24_fk_sentry_te"
    FOREIGN KEY ("team_id") REFERENCES "sentry_team" ("id")
    DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_organizationmember_teams_organizationmember_id_0a8f4e1c" ON "sentry_organizationmember_teams" ("organizationmember_id");
CREATE INDEX "sentry_organizationmember_teams_team_id_d4fa4e24" ON "sentry_organizationmember_teams" ("team_id");

CREATE TABLE "sentry_userrole" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "date_updated" timestamp with time zone NOT NULL,
    "date_added" timestamp with time zone NULL,
    "name" varchar(32) NOT NULL UNIQUE,
    "permissions" text[] NOT NULL
);
CREATE INDEX "sentry_userrole_name_3b1b8c21_like" ON "sentry_userrole" ("name" varchar_pattern_ops);

CREATE TABLE "sentry_userrole_users" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "date_updated" timestamp with time zone NOT NULL,
    "date_added" timestamp with time zone NULL,
    "role_id" bigint NOT NULL,
    "user_id" bigint NOT NULL
);
ALTER TABLE "sentry_userrole_users"
    ADD CONSTRAINT "sentry_userrole_users_role_id_0c1b7e5e_fk_sentry_userrole_id"
    FOREIGN KEY ("role_id") REFERENCES "sentry_userrole" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_userrole_users"
    ADD CONSTRAINT "sentry_userrole_users_user_id_7c2b5a8d_fk_auth_user_id"
    FOREIGN KEY ("user_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_userrole_users_role_id_0c1b7e5e" ON "sentry_userrole_users" ("role_id");
CREATE INDEX "sentry_userrole_users_user_id_7c2b5a8d" ON "sentry_userrole_users" ("user_id");

CREATE TABLE "sentry_useremail" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "user_id" bigint NOT NULL,
    "email" varchar(200) NOT NULL,
    "validation_hash" varchar(32) NOT NULL,
    "date_hash_added" timestamp with time zone NOT NULL,
    "is_verified" boolean NOT NULL
);
ALTER TABLE "sentry_useremail"
    ADD CONSTRAINT "sentry_useremail_user_id_email_ade975f1_uniq" UNIQUE ("user_id", "email");
ALTER TABLE "sentry_useremail"
    ADD CONSTRAINT "sentry_useremail_user_id_4f1e0087_fk_auth_user_id"
    FOREIGN KEY ("user_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_useremail_user_id_4f1e0087" ON "sentry_useremail" ("user_id");

-- A fresh self-hosted install (its first-run setup creates these).
INSERT INTO "sentry_organization" ("name", "slug", "status", "date_added", "default_role", "is_test", "flags")
    VALUES ('Sentry', 'sentry', 0, now(), 'member', false, 1);
INSERT INTO "sentry_team" ("organization_id", "slug", "name", "status", "idp_provisioned", "date_added")
    VALUES (1, 'sentry', 'Sentry', 0, false, now());
INSERT INTO "sentry_userrole" ("date_updated", "date_added", "name", "permissions")
    VALUES (now(), now(), 'Super Admin', ARRAY['broadcasts.admin', 'users.admin', 'options.admin']);

COMMIT;
