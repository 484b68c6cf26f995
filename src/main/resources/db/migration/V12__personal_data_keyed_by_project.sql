-- Issue 11 (follow-up): an actor id is unique only within its project. Before issue 11 the actor id of a keyed API
-- request was UUIDv3("actor:" + key), the same for the same key in every project, so a register keyed by the actor
-- id alone let one project's row stand for another project's actor (after an erasure in one project, a
-- registration with that id in another showed the other person's name for the erased actor). The register row
-- is now one project's actor: (project_id, actor_id), like the read models since V9.
-- Existing rows are unique by actor_id alone, hence by (project_id, actor_id) too: the new key takes them as they
-- are. The project_id index goes: the new primary key begins with project_id. No table is made, so the
-- application role keeps its grants on this one (V10). The same SQL suits PostgreSQL and H2.

ALTER TABLE actor_personal_data DROP CONSTRAINT actor_personal_data_pk;
ALTER TABLE actor_personal_data ADD CONSTRAINT actor_personal_data_pk PRIMARY KEY (project_id, actor_id);
DROP INDEX actor_personal_data_project_idx;
-- The one lookup by actor id alone: which project a report asked for without one belongs to (ActorReports).
CREATE INDEX actor_personal_data_actor_idx ON actor_personal_data (actor_id);
