package dk.samskabelse.journal.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table of V20__api_tokens.sql. */
@Repository
class ApiTokenStore {

    /** A token row with what checking a call needs of its owner, read in one lookup by primary key. */
    record Check(
            String id,
            String username,
            String secretHash,
            Instant expiresAt,
            Instant revokedAt,
            Instant lastUsedAt,
            UserRole role,
            boolean enabled) {}

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(
            String id,
            String username,
            String name,
            String secretHash,
            Instant createdAt,
            String createdBy,
            Instant expiresAt) {
        jdbc.update(
                "INSERT INTO api_token (id, username, name, secret_hash, created_at, created_by, expires_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                id,
                username,
                name,
                secretHash,
                Timestamp.from(createdAt),
                createdBy,
                Timestamp.from(expiresAt));
    }

    Optional<Check> check(String id) {
        return jdbc
                .query(
                        "SELECT t.id, t.username, t.secret_hash, t.expires_at, t.revoked_at, t.last_used_at, "
                                + "u.role, u.enabled FROM api_token t JOIN journal_user u ON u.username = t.username "
                                + "WHERE t.id = ?",
                        (rs, row) -> new Check(
                                rs.getString("id"),
                                rs.getString("username"),
                                rs.getString("secret_hash"),
                                instant(rs, "expires_at"),
                                instant(rs, "revoked_at"),
                                instant(rs, "last_used_at"),
                                UserRole.valueOf(rs.getString("role")),
                                rs.getBoolean("enabled")),
                        id)
                .stream()
                .findFirst();
    }

    /** The user's tokens, newest first. */
    List<ApiToken> of(String username, Instant now) {
        return jdbc.query(
                "SELECT * FROM api_token WHERE username = ? ORDER BY created_at DESC, id",
                (rs, row) -> token(rs, now),
                username);
    }

    Optional<ApiToken> find(String username, String id, Instant now) {
        return jdbc
                .query(
                        "SELECT * FROM api_token WHERE username = ? AND id = ?",
                        (rs, row) -> token(rs, now),
                        username,
                        id)
                .stream()
                .findFirst();
    }

    /** Revokes a token not yet revoked; false when there is none such. */
    boolean revoke(String username, String id, Instant at, String by) {
        return jdbc.update(
                        "UPDATE api_token SET revoked_at = ?, revoked_by = ? "
                                + "WHERE username = ? AND id = ? AND revoked_at IS NULL",
                        Timestamp.from(at),
                        by,
                        username,
                        id)
                == 1;
    }

    /** Notes a use, at most once per the given interval, so that a busy script does not write the row per call. */
    void used(String id, Instant at, Instant notSince) {
        jdbc.update(
                "UPDATE api_token SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                Timestamp.from(at),
                id,
                Timestamp.from(notSince));
    }

    private static ApiToken token(ResultSet rs, Instant now) throws SQLException {
        Instant expiresAt = instant(rs, "expires_at");
        Instant revokedAt = instant(rs, "revoked_at");
        return new ApiToken(
                rs.getString("id"),
                rs.getString("username"),
                rs.getString("name"),
                instant(rs, "created_at"),
                rs.getString("created_by"),
                expiresAt,
                revokedAt,
                rs.getString("revoked_by"),
                instant(rs, "last_used_at"),
                ApiToken.stateAt(now, expiresAt, revokedAt));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
