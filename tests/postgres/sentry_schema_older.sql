-- Applied after sentry_schema.sql: an older Sentry, whose auth_user.email was varchar(75) and which
-- had no is_suspended column, and whose sentry_useremail.email was varchar(75) too (every Sentry
-- generation has that table). Test fixture only.
\set ON_ERROR_STOP on
BEGIN;
ALTER TABLE "auth_user" DROP COLUMN "is_suspended";
ALTER TABLE "auth_user" ALTER COLUMN "email" TYPE varchar(75);
ALTER TABLE "sentry_useremail" ALTER COLUMN "email" TYPE varchar(75);
COMMIT;
