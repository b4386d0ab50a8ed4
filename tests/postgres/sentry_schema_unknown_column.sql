-- Applied after sentry_schema_hybrid.sql: a NOT NULL column without a default that no Sentry has,
-- standing for a column a future Sentry may add to a table useradmin writes. The tool cannot know
-- what Sentry would put there, so it must refuse to write the table rather than guess a value.
-- Test fixture only.
\set ON_ERROR_STOP on
BEGIN;
ALTER TABLE "sentry_organizationmembermapping" ADD COLUMN "cell_tier" varchar(16) NOT NULL;
COMMIT;
