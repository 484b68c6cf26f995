-- Issue 11: an entry or actor id is unique only within its project (the command side checks repeats there), so
-- every read-model row keyed by such an id is keyed by (project_id, id). An id that also occurs in another
-- project can then never collide with that project's rows. The ids a row holds of other rows (current, previous,
-- ending, withdrawal and retraction entry ids) always mean rows of the same project.
-- Existing rows are unique by their id alone, hence by (project_id, id) too: the new keys take them as they are.
-- The single-column project_id indexes go: the new primary keys begin with project_id.
-- The same SQL suits PostgreSQL and H2.

ALTER TABLE proj_actor DROP CONSTRAINT proj_actor_pk;
ALTER TABLE proj_actor ADD CONSTRAINT proj_actor_pk PRIMARY KEY (project_id, actor_id);
DROP INDEX proj_actor_project_idx;

ALTER TABLE proj_role_interval DROP CONSTRAINT proj_role_interval_pk;
ALTER TABLE proj_role_interval ADD CONSTRAINT proj_role_interval_pk PRIMARY KEY (project_id, entry_id);
DROP INDEX proj_role_interval_project_idx;

ALTER TABLE proj_phase_interval DROP CONSTRAINT proj_phase_interval_pk;
ALTER TABLE proj_phase_interval ADD CONSTRAINT proj_phase_interval_pk PRIMARY KEY (project_id, entry_id);
DROP INDEX proj_phase_interval_project_idx;

ALTER TABLE proj_engagement DROP CONSTRAINT proj_engagement_pk;
ALTER TABLE proj_engagement ADD CONSTRAINT proj_engagement_pk PRIMARY KEY (project_id, entry_id);

ALTER TABLE proj_timeline_entry DROP CONSTRAINT proj_timeline_entry_pk;
ALTER TABLE proj_timeline_entry ADD CONSTRAINT proj_timeline_entry_pk PRIMARY KEY (project_id, entry_id);

ALTER TABLE proj_declared_placement DROP CONSTRAINT proj_declared_placement_pk;
ALTER TABLE proj_declared_placement ADD CONSTRAINT proj_declared_placement_pk PRIMARY KEY (project_id, entry_id);
DROP INDEX proj_declared_placement_project_idx;
