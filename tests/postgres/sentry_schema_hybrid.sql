-- The Sentry tables useradmin reads and writes on a hybrid-cloud Sentry (23.x and later), in the
-- newest layout (squashed migration 0001_squashed_1118, Django 5.2; docs/sentry-schema.md
-- section 1), as Django creates them on PostgreSQL: bigserial ids (serial for the member-team link
-- and its replica), CHECKs of positive integer fields, varchar_pattern_ops indexes of unique and
-- indexed varchar columns, foreign keys DEFERRABLE INITIALLY DEFERRED. Column defaults only where
-- Sentry declares a db_default: auth_user.is_suspended, sentry_organizationmember.user_is_active,
-- the flag columns and date_updated of sentry_organizationmapping, and is_active of the team
-- replica; every other NOT NULL column must be written. Besides the tables of sentry_schema.sql it
-- has the hybrid-cloud copies (organization and member mappings, the team-membership replica),
-- sentry_useremail, the two-factor methods (auth_authenticator), the team access requests and the
-- RPC cache versions.
-- Seeded like a fresh self-hosted install:
-- organization 1 "sentry" with its single team and its mapping row (region "--monolith--"), and
-- the Super Admin role.
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
    "is_suspended" boolean NOT NULL DEFAULT false,
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
    "user_is_active" boolean NOT NULL DEFAULT true,
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

-- A member's requests to join teams (model OrganizationAccessRequest,
-- src/sentry/models/organizationaccessrequest.py): its foreign key to the member refuses the
-- member's deletion at commit while a request is left.
CREATE TABLE "sentry_organizationaccessrequest" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "member_id" bigint NOT NULL,
    "team_id" bigint NOT NULL,
    "requester_id" bigint NULL
);
ALTER TABLE "sentry_organizationaccessrequest"
    ADD CONSTRAINT "sentry_organizationaccessrequest_team_id_member_id_6b9a4e1d_uniq"
    UNIQUE ("team_id", "member_id");
ALTER TABLE "sentry_organizationaccessrequest"
    ADD CONSTRAINT "sentry_organizationa_member_id_3a0d2b7c_fk_sentry_or"
    FOREIGN KEY ("member_id") REFERENCES "sentry_organizationmember" ("id")
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_organizationaccessrequest"
    ADD CONSTRAINT "sentry_organizationa_team_id_5f1c8e2a_fk_sentry_te"
    FOREIGN KEY ("team_id") REFERENCES "sentry_team" ("id")
    DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_organizationaccessrequest"
    ADD CONSTRAINT "sentry_organizationa_requester_id_9c4e7f3b_fk_auth_user"
    FOREIGN KEY ("requester_id") REFERENCES "auth_user" ("id")
    DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_organizationaccessrequest_member_id_3a0d2b7c" ON "sentry_organizationaccessrequest" ("member_id");
CREATE INDEX "sentry_organizationaccessrequest_team_id_5f1c8e2a" ON "sentry_organizationaccessrequest" ("team_id");
CREATE INDEX "sentry_organizationaccessrequest_requester_id_9c4e7f3b" ON "sentry_organizationaccessrequest" ("requester_id");

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

-- Two-factor methods, one row per user and method (Authenticator model,
-- src/sentry/users/models/authenticator.py): a 32-bit id (BoundedAutoField), type a
-- BoundedPositiveIntegerField (0 recovery codes, 1 TOTP, 2 SMS, 3 U2F), config the pickled and
-- encrypted settings as text. No column default.
CREATE TABLE "auth_authenticator" (
    "id" serial NOT NULL PRIMARY KEY,
    "user_id" bigint NOT NULL,
    "created_at" timestamp with time zone NOT NULL,
    "last_used_at" timestamp with time zone NULL,
    "type" integer NOT NULL CHECK ("type" >= 0),
    "config" text NOT NULL
);
ALTER TABLE "auth_authenticator"
    ADD CONSTRAINT "auth_authenticator_user_id_type_0b0aa5d4_uniq" UNIQUE ("user_id", "type");
ALTER TABLE "auth_authenticator"
    ADD CONSTRAINT "auth_authenticator_user_id_0b0aa5d4_fk_auth_user_id"
    FOREIGN KEY ("user_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "auth_authenticator_user_id_0b0aa5d4" ON "auth_authenticator" ("user_id");

-- Hybrid-cloud copy of each organization, which Sentry's own code writes when an organization
-- changes. region_name is the column of the Python field cell_name.
CREATE TABLE "sentry_organizationmapping" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "organization_id" bigint NOT NULL UNIQUE,
    "slug" varchar(50) NOT NULL UNIQUE,
    "name" varchar(64) NOT NULL,
    "date_created" timestamp with time zone NOT NULL,
    "customer_id" varchar(255) NULL,
    "verified" boolean NOT NULL,
    "idempotency_key" varchar(48) NOT NULL,
    "region_name" varchar(48) NOT NULL,
    "status" bigint NULL,
    "allow_joinleave" boolean NOT NULL DEFAULT false,
    "enhanced_privacy" boolean NOT NULL DEFAULT false,
    "require_2fa" boolean NOT NULL DEFAULT false,
    "early_adopter" boolean NOT NULL DEFAULT false,
    "disable_shared_issues" boolean NOT NULL DEFAULT false,
    "disable_new_visibility_features" boolean NOT NULL DEFAULT false,
    "require_email_verification" boolean NOT NULL DEFAULT false,
    "disable_member_project_creation" boolean NOT NULL DEFAULT false,
    "prevent_superuser_access" boolean NOT NULL DEFAULT false,
    "disable_member_invite" boolean NOT NULL DEFAULT false,
    "date_updated" timestamp with time zone NOT NULL DEFAULT now()
);
CREATE INDEX "sentry_organizationmapping_slug_6b8871c6_like" ON "sentry_organizationmapping" ("slug" varchar_pattern_ops);
CREATE INDEX "sentry_organizationmapping_customer_id_857927ca" ON "sentry_organizationmapping" ("customer_id");
CREATE INDEX "sentry_organizationmapping_customer_id_857927ca_like" ON "sentry_organizationmapping" ("customer_id" varchar_pattern_ops);

-- One row per organization member; organization_id has no foreign key (HybridCloudForeignKey).
CREATE TABLE "sentry_organizationmembermapping" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "organization_id" bigint NOT NULL,
    "organizationmember_id" bigint NULL,
    "date_added" timestamp with time zone NOT NULL,
    "role" varchar(32) NOT NULL,
    "email" varchar(75) NULL,
    "invite_status" smallint NULL CHECK ("invite_status" >= 0),
    "inviter_id" bigint NULL,
    "user_id" bigint NULL
);
ALTER TABLE "sentry_organizationmembermapping"
    ADD CONSTRAINT "sentry_organizationmembe_organization_id_organiza_1597515e_uniq"
    UNIQUE ("organization_id", "organizationmember_id");
ALTER TABLE "sentry_organizationmembermapping"
    ADD CONSTRAINT "sentry_organizationm_inviter_id_c1dbf818_fk_auth_user"
    FOREIGN KEY ("inviter_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE "sentry_organizationmembermapping"
    ADD CONSTRAINT "sentry_organizationm_user_id_3f7be018_fk_auth_user"
    FOREIGN KEY ("user_id") REFERENCES "auth_user" ("id") DEFERRABLE INITIALLY DEFERRED;
CREATE INDEX "sentry_organizationmembermapping_organizationmember_id_f878dba6" ON "sentry_organizationmembermapping" ("organizationmember_id");
CREATE INDEX "sentry_organizationmembermapping_inviter_id_c1dbf818" ON "sentry_organizationmembermapping" ("inviter_id");
CREATE INDEX "sentry_organizationmembermapping_user_id_3f7be018" ON "sentry_organizationmembermapping" ("user_id");
CREATE INDEX "sentry_orga_organiz_ae9fe7_idx" ON "sentry_organizationmembermapping" ("organization_id", "user_id");
CREATE INDEX "sentry_orga_organiz_7de26b_idx" ON "sentry_organizationmembermapping" ("organization_id", "email");

-- One row per team membership (sentry_organizationmember_teams row), without foreign keys. Sentry
-- stopped writing it in July 2026 and will drop it.
CREATE TABLE "sentry_organizationmember_teamsreplica" (
    "id" serial NOT NULL PRIMARY KEY,
    "team_id" bigint NOT NULL,
    "organization_id" bigint NOT NULL,
    "organizationmember_id" bigint NOT NULL,
    "organizationmemberteam_id" bigint NOT NULL,
    "is_active" boolean NOT NULL DEFAULT true,
    "role" varchar(32) NULL,
    "date_added" timestamp with time zone NOT NULL
);
ALTER TABLE "sentry_organizationmember_teamsreplica"
    ADD CONSTRAINT "sentry_organizationmembe_team_id_organizationmemb_c5998bfe_uniq"
    UNIQUE ("team_id", "organizationmember_id", "organization_id");
CREATE INDEX "sentry_organizationmember__organizationmember_id_3f1f3587" ON "sentry_organizationmember_teamsreplica" ("organizationmember_id");
CREATE INDEX "sentry_organizationmember__organizationmemberteam_id_9b6df5e1" ON "sentry_organizationmember_teamsreplica" ("organizationmemberteam_id");

-- Versions of Sentry's RPC cache keys (user_service.get_user:<id>...); a missing row is version 0.
CREATE TABLE "hybridcloud_regioncacheversion" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "keyname" varchar(200) NOT NULL UNIQUE,
    "version" bigint NOT NULL
);
CREATE INDEX "hybridcloud_regioncacheversion_keyname_63a25dca_like" ON "hybridcloud_regioncacheversion" ("keyname" varchar_pattern_ops);

-- A fresh self-hosted install (its first-run setup creates these).
INSERT INTO "sentry_organization" ("name", "slug", "status", "date_added", "default_role", "is_test", "flags")
    VALUES ('Sentry', 'sentry', 0, now(), 'member', false, 1);
INSERT INTO "sentry_team" ("organization_id", "slug", "name", "status", "idp_provisioned", "date_added")
    VALUES (1, 'sentry', 'Sentry', 0, false, now());
INSERT INTO "sentry_userrole" ("date_updated", "date_added", "name", "permissions")
    VALUES (now(), now(), 'Super Admin', ARRAY['broadcasts.admin', 'users.admin', 'options.admin']);
-- Organization 1's mapping as Sentry writes it (docs/sentry-schema.md section 6): flags 1 is
-- allow_joinleave only.
INSERT INTO "sentry_organizationmapping" ("organization_id", "slug", "name", "date_created",
        "customer_id", "verified", "idempotency_key", "region_name", "status", "allow_joinleave",
        "enhanced_privacy", "require_2fa", "early_adopter", "disable_shared_issues",
        "disable_new_visibility_features", "require_email_verification",
        "disable_member_project_creation", "prevent_superuser_access", "disable_member_invite",
        "date_updated")
    VALUES (1, 'sentry', 'Sentry', now(), NULL, false, '', '--monolith--', 0, true,
            false, false, false, false, false, false, false, false, false, now());

COMMIT;
