-- Issue 14: the version of a project's read-model rows, bumped by every event of the project the read side applies
-- (query/summary/PortfolioProjector). Views computed from the rows are kept in memory per (project, version), and a
-- request checks only this column (query/project/ProjectVersions). The rows built so far have seen entry_count
-- events each, the same count the projector keeps, so a rebuild ends at the same versions.
ALTER TABLE proj_project_summary ADD COLUMN projection_version BIGINT DEFAULT 0 NOT NULL;
UPDATE proj_project_summary SET projection_version = entry_count;
