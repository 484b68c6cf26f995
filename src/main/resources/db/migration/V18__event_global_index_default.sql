-- global_index is taken from domain_event_entry_seq by the insert itself (the column's default), and the journal
-- reads it back from that insert (META-INF/orm.xml maps it as an identity): one round trip per event instead of a
-- nextval and an insert. Still one sequence value per event, so global_index stays gap-free in normal operation;
-- inserts that name global_index themselves (imports, tests) keep working.
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_seq');
