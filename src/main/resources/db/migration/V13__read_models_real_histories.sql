-- Issue 12 "real histories": concurrent roles, absences, back-dated role and phase facts, reopening, joint
-- initiatives. The role projection keeps each actor's dated role facts (and its absences) on the actor row and
-- recomputes that actor's intervals from them; the phase projection keeps a project's phase facts on its phase
-- cursor. A rejoining with several roles begins one interval per role (id entryId/ROLE), hence the wider key.
-- No table is made, so the application role keeps its grants (V10). The same SQL suits PostgreSQL and H2.

ALTER TABLE proj_actor ADD COLUMN commercial_supplier BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE proj_actor ADD COLUMN role_facts VARCHAR(100000);
ALTER TABLE proj_actor ADD COLUMN absences VARCHAR(100000);
ALTER TABLE proj_actor ADD COLUMN interval_ids VARCHAR(100000);
ALTER TABLE proj_actor ALTER COLUMN current_interval_id SET DATA TYPE VARCHAR(80);

ALTER TABLE proj_role_interval ALTER COLUMN entry_id SET DATA TYPE VARCHAR(80);
ALTER TABLE proj_role_interval ALTER COLUMN previous_entry_id SET DATA TYPE VARCHAR(80);

ALTER TABLE proj_phase_cursor ADD COLUMN phase_facts VARCHAR(100000);
ALTER TABLE proj_phase_cursor ADD COLUMN interval_ids VARCHAR(100000);

ALTER TABLE proj_engagement ADD COLUMN co_initiators VARCHAR(100000);
ALTER TABLE proj_engagement ADD COLUMN attendance VARCHAR(100000);

ALTER TABLE proj_project_summary ADD COLUMN continues_project_id VARCHAR(36);
ALTER TABLE proj_project_summary ADD COLUMN reopened_on DATE;

-- The rows built before this version lack the facts the projectors now recompute from: empty the changed
-- projections and forget their processors' tokens, so each processor replays the event store from the start
-- (through the upcasters) into empty tables when the journal starts.
DELETE FROM proj_role_interval;
DELETE FROM proj_actor;
DELETE FROM proj_phase_interval;
DELETE FROM proj_phase_cursor;
DELETE FROM proj_engagement;
DELETE FROM proj_project_summary;
DELETE FROM token_entry WHERE processor_name IN ('roles', 'phases', 'engagements', 'portfolio');
