package dk.samskabelse.journal.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The tables of V4__users_and_access.sql: users, their project assignments and the projects released for research. */
@Repository
class UserStore {

    private static final RowMapper<StoredUser> USER = (rs, row) -> new StoredUser(
            rs.getString("username"),
            rs.getString("password_hash"),
            UserRole.valueOf(rs.getString("role")),
            rs.getBoolean("enabled"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getLong("credentials_version"));

    private final JdbcTemplate jdbc;

    UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredUser> find(String username) {
        return jdbc.query("SELECT * FROM journal_user WHERE username = ?", USER, username).stream()
                .findFirst();
    }

    List<StoredUser> all() {
        return jdbc.query("SELECT * FROM journal_user ORDER BY username", USER);
    }

    boolean anyEnabled(UserRole role) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM journal_user WHERE role = ? AND enabled", Boolean.class, role.name()));
    }

    void insert(StoredUser user) {
        jdbc.update(
                "INSERT INTO journal_user (username, password_hash, role, enabled, created_at) VALUES (?, ?, ?, ?, ?)",
                user.username(),
                user.passwordHash(),
                user.role().name(),
                user.enabled(),
                Timestamp.from(user.createdAt()));
    }

    /** A new password: the user's sessions end (the credentials version is raised). */
    boolean updatePassword(String username, String passwordHash) {
        return jdbc.update(
                        "UPDATE journal_user SET password_hash = ?, credentials_version = credentials_version + 1 "
                                + "WHERE username = ?",
                        passwordHash,
                        username)
                == 1;
    }

    /** The same password hashed anew (another algorithm or cost): the user's sessions go on. */
    boolean rehash(String username, String passwordHash) {
        return jdbc.update("UPDATE journal_user SET password_hash = ? WHERE username = ?", passwordHash, username) == 1;
    }

    /** Disabled or enabled: when that changes its state, the user's sessions end (the version is raised). */
    boolean updateEnabled(String username, boolean enabled) {
        return jdbc.update(
                        "UPDATE journal_user SET credentials_version = credentials_version "
                                + "+ CASE WHEN enabled = ? THEN 0 ELSE 1 END, enabled = ? WHERE username = ?",
                        enabled,
                        enabled,
                        username)
                == 1;
    }

    /** The credentials version of an enabled user; empty when the user is disabled or gone. */
    Optional<Long> enabledCredentialsVersion(String username) {
        return jdbc
                .queryForList(
                        "SELECT credentials_version FROM journal_user WHERE username = ? AND enabled",
                        Long.class,
                        username)
                .stream()
                .findFirst();
    }

    boolean isAssigned(String username, String projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM project_assignment WHERE username = ? AND project_id = ?",
                Boolean.class,
                username,
                projectId));
    }

    Set<String> projectsOf(String username) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT project_id FROM project_assignment WHERE username = ?", String.class, username));
    }

    List<String> usersOf(String projectId) {
        return jdbc.queryForList(
                "SELECT username FROM project_assignment WHERE project_id = ? ORDER BY username",
                String.class,
                projectId);
    }

    void assign(String username, String projectId, Instant at) {
        jdbc.update(
                "INSERT INTO project_assignment (username, project_id, assigned_at) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM project_assignment WHERE username = ? AND project_id = ?)",
                username,
                projectId,
                Timestamp.from(at),
                username,
                projectId);
    }

    void unassign(String username, String projectId) {
        jdbc.update("DELETE FROM project_assignment WHERE username = ? AND project_id = ?", username, projectId);
    }

    boolean isReleased(String projectId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT count(*) > 0 FROM research_release WHERE project_id = ?", Boolean.class, projectId));
    }

    Set<String> releasedProjects() {
        return new HashSet<>(jdbc.queryForList("SELECT project_id FROM research_release", String.class));
    }

    void release(String projectId, String by, Instant at) {
        jdbc.update(
                "INSERT INTO research_release (project_id, released_by, released_at) SELECT ?, ?, ? "
                        + "WHERE NOT EXISTS (SELECT 1 FROM research_release WHERE project_id = ?)",
                projectId,
                by,
                Timestamp.from(at),
                projectId);
    }

    void withdrawRelease(String projectId) {
        jdbc.update("DELETE FROM research_release WHERE project_id = ?", projectId);
    }
}
