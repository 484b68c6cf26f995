#!/bin/sh
# docker-compose.yml mounts this into the postgres image's /docker-entrypoint-initdb.d/: it runs once, when the
# data volume is new, as the image's superuser (POSTGRES_USER). It makes the journal's owner role
# (JOURNAL_DB_OWNER), its application role (JOURNAL_DB_USER) and hands them the database POSTGRES_DB, with
# scripts/postgres-roles.sql (mounted at /journal/postgres-roles.sql; not into initdb.d, which would run it without
# its variables).
set -eu
psql -X -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner="$JOURNAL_DB_OWNER" -v owner_password="$JOURNAL_DB_OWNER_PASSWORD" \
  -v app="$JOURNAL_DB_USER" -v app_password="$JOURNAL_DB_PASSWORD" \
  -v database="$POSTGRES_DB" \
  -f /journal/postgres-roles.sql
