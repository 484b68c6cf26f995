-- The journal's two PostgreSQL roles and its database (docs/operations.md "PostgreSQL"). Run as a superuser with psql:
--
--   psql -U postgres -v owner=journal_owner -v owner_password=... -v app=journal_app -v app_password=... \
--        -v database=journal -f scripts/postgres-roles.sql
--
-- * owner (journal_owner): owns the database, its schema public and every table; Flyway migrates as it
--   (JOURNAL_DB_OWNER). Not a superuser.
-- * app (journal_app): the journal's runtime connections (JOURNAL_DB_USER). Not a superuser, creates no databases
--   or roles, owns nothing; migration V10 gives it SELECT/INSERT/UPDATE/DELETE on the tables, but only SELECT and
--   INSERT on the access log, so it can neither change nor remove a logged read, nor disable the log's triggers.
--
-- Safe to run again: existing roles keep their name and get the attributes and passwords given here; an existing
-- database stays. Tables made before the owner existed (a database that ran with one user) are handed to the
-- owner, and the application role gets on the tables already there the same rights as V10 gives (V10 may have
-- run with one user and granted nothing), and on the owner's future tables through default privileges.
-- Used by the docker-compose init script (scripts/docker-initdb/10-journal-roles.sh) and by .ci/run.
\set ON_ERROR_STOP on

SELECT format('CREATE ROLE %I', :'owner') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'owner', :'owner_password') \gexec

SELECT format('CREATE ROLE %I', :'app') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'app') \gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L',
              :'app', :'app_password') \gexec

SELECT format('CREATE DATABASE %I OWNER %I', :'database', :'owner')
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'database') \gexec
SELECT format('ALTER DATABASE %I OWNER TO %I', :'database', :'owner') \gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'database', :'app') \gexec

\connect :"database"
SELECT format('ALTER SCHEMA public OWNER TO %I', :'owner') \gexec
-- Only the owner creates objects in the journal's schema (PostgreSQL before 15 lets every role create in public).
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SELECT format('GRANT USAGE ON SCHEMA public TO %I', :'app') \gexec

-- Objects in public that someone else made (a database that ran with one user) go to the owner: tables first
-- (their identity sequences follow), then the remaining sequences and the functions.
SELECT format('ALTER TABLE public.%I OWNER TO %I', c.relname, :'owner')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND pg_get_userbyid(c.relowner) <> :'owner' \gexec
SELECT format('ALTER SEQUENCE public.%I OWNER TO %I', c.relname, :'owner')
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'public' AND c.relkind = 'S' AND pg_get_userbyid(c.relowner) <> :'owner' \gexec
SELECT format('ALTER FUNCTION public.%I(%s) OWNER TO %I', p.proname, pg_get_function_identity_arguments(p.oid),
              :'owner')
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> :'owner' \gexec

-- The application role's rights, as in db/vendor/postgresql/V10__application_role.sql.
SELECT format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', :'app') \gexec
SELECT format('REVOKE ALL ON TABLE public.access_log FROM %I', :'app'),
       format('GRANT SELECT, INSERT ON TABLE public.access_log TO %I', :'app'),
       format('REVOKE ALL ON SEQUENCE %s FROM %I', pg_get_serial_sequence('public.access_log', 'id'), :'app'),
       format('GRANT USAGE ON SEQUENCE %s TO %I', pg_get_serial_sequence('public.access_log', 'id'), :'app')
WHERE to_regclass('public.access_log') IS NOT NULL \gexec
SELECT format('REVOKE ALL ON TABLE public.flyway_schema_history FROM %I', :'app'),
       format('GRANT SELECT ON TABLE public.flyway_schema_history TO %I', :'app')
WHERE to_regclass('public.flyway_schema_history') IS NOT NULL \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES '
              || 'TO %I', :'owner', :'app') \gexec
SELECT format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
              :'owner', :'app') \gexec
