-- The journal's runtime role (the application role, ${appRole}: spring.flyway.placeholders.appRole, by default
-- the datasource user JOURNAL_DB_USER) gets what the journal needs on the tables made by the migrating role (the
-- owner, who runs Flyway as JOURNAL_DB_OWNER), and no more: it owns nothing, so it can neither drop nor alter a
-- table, nor disable the access log's triggers (V6). On the access log it may only read and append.
--
-- Nothing is created here: the roles are made beforehand (scripts/postgres-roles.sql, the docker-compose init
-- script, .ci/run). With one user for both (a local run, the single-user test setup) the application role is the
-- owner and this migration grants nothing. A named application role that does not exist stops the migration.
-- PostgreSQL only; the embedded H2 database has a single user and needs no counterpart (db/vendor/h2 has none).
DO
$$
DECLARE
    app    text := '${appRole}';
    schema text := current_schema();
    seq    text := pg_get_serial_sequence('access_log', 'id');
BEGIN
    IF app = '' OR app = current_user THEN
        RAISE NOTICE 'The application role is the migrating role (%): no grants', current_user;
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RAISE EXCEPTION 'The application role "%" does not exist: create it first (scripts/postgres-roles.sql)', app;
    END IF;

    IF NOT has_schema_privilege(app, schema, 'USAGE') THEN
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
    END IF;

    -- Every table and sequence of the journal: read models, event store, tokens, dead letters, users, keys, nodes.
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app);

    -- The access log: append and read only (its id sequence only for the inserts).
    EXECUTE format('REVOKE ALL ON TABLE access_log FROM %I', app);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE access_log TO %I', app);
    EXECUTE format('REVOKE ALL ON SEQUENCE %s FROM %I', seq, app);
    EXECUTE format('GRANT USAGE ON SEQUENCE %s TO %I', seq, app);

    -- Flyway's history: readable (a start as the application role alone finds nothing pending), not writable.
    EXECUTE format('REVOKE ALL ON TABLE %I FROM %I', '${flyway:table}', app);
    EXECUTE format('GRANT SELECT ON TABLE %I TO %I', '${flyway:table}', app);

    -- Tables and sequences that later migrations create (run by this same owner) get the same grants by
    -- themselves. A later append-only table must revoke UPDATE and DELETE again, as above.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE '
                       || 'ON TABLES TO %I', current_user, schema, app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT, UPDATE '
                       || 'ON SEQUENCES TO %I', current_user, schema, app);
END
$$;
