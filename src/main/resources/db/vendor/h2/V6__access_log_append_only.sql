-- The embedded H2 counterpart of db/vendor/postgresql/V6__access_log_append_only.sql: H2 triggers are Java
-- classes, so audit.AppendOnlyH2Trigger refuses every UPDATE and DELETE of the access log.
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log FOR EACH ROW
    CALL 'dk.samskabelse.journal.audit.AppendOnlyH2Trigger';
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log FOR EACH ROW
    CALL 'dk.samskabelse.journal.audit.AppendOnlyH2Trigger';
