-- A user's credentials version, raised whenever the user is disabled or enabled or given a new password (security/).
-- A browser session remembers the version it signed in with and ends on its next request once the stored one differs
-- or the user is gone (SessionStillValidFilter), on every journal instance that shares this database.
ALTER TABLE journal_user ADD COLUMN credentials_version BIGINT DEFAULT 0 NOT NULL;
