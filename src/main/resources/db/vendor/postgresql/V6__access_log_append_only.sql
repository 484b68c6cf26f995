-- The access log is append-only for the application: rows can be inserted and read, never changed or removed
-- (not even by a bug or an injected statement running as the journal's database user). PostgreSQL only; the
-- embedded H2 database gets the same rule from db/vendor/h2/V6__access_log_append_only.sql.
CREATE FUNCTION access_log_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'access_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER access_log_no_update_or_delete
    BEFORE UPDATE OR DELETE ON access_log
    FOR EACH ROW EXECUTE FUNCTION access_log_refuse_change();

CREATE TRIGGER access_log_no_truncate
    BEFORE TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_refuse_change();
