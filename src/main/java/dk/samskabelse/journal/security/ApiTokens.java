package dk.samskabelse.journal.security;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.config.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts: a user (on the account page or with POST /api/tokens) or an administrator (for
 * any user) creates one; its text is shown once and only its SHA-256 is kept (ApiTokenSecret). A call with
 * "Authorization: Bearer …" on the JSON API is the owner's, with the owner's current role and projects, as long as
 * the token is neither expired nor revoked and the owner is enabled. Creation, revocation and every use are
 * written to the access log.
 */
@Service
public class ApiTokens {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;
    public static final int MAX_NAME = 100;
    /** The last use is written at most this often per token: a script of 1,000 calls writes it a few times. */
    static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);

    /** A token just made, with its text: the only time the text is known. */
    public record Created(ApiToken token, String secret) {

        @Override
        public String toString() {
            return "Created[" + token + "]";
        }
    }

    /** A call's token as checked: the owner and role it signs in. */
    record Caller(String tokenId, String username, UserRole role, Instant lastUsedAt) {}

    private final ApiTokenStore store;
    private final UserStore users;
    private final AccessLog accessLog;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokens(ApiTokenStore store, UserStore users, AccessLog accessLog, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.users = users;
        this.accessLog = accessLog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A new token for the user, made by the signed-in user (the user or an administrator), valid for the given
     * number of days (1 to {@link #MAX_DAYS}).
     */
    @Transactional
    public Created create(String username, String name, int days) {
        String owner = UserAccounts.normalise(username);
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > MAX_NAME || days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException(
                    "A token needs a name of 1 to " + MAX_NAME + " characters and 1 to " + MAX_DAYS + " days");
        }
        if (users.find(owner).isEmpty()) {
            throw new AccountException(AccountException.Problem.UNKNOWN_USER);
        }
        Instant now = now();
        Instant expiresAt = now.plus(Duration.ofDays(days));
        ApiTokenSecret secret = ApiTokenSecret.generate();
        String by = currentUser.name();
        store.insert(secret.id(), owner, label, secret.hash(), now, by, expiresAt);
        accessLog.record(
                by,
                AccessKind.TOKEN_CREATED,
                null,
                "token " + secret.id() + " of " + owner + ", expires " + expiresAt.truncatedTo(ChronoUnit.SECONDS));
        ApiToken token =
                new ApiToken(secret.id(), owner, label, now, by, expiresAt, null, null, null, ApiToken.State.ACTIVE);
        return new Created(token, secret.text());
    }

    /** The user's tokens, newest first, revoked and expired ones included. */
    @Transactional(readOnly = true)
    public List<ApiToken> of(String username) {
        return store.of(UserAccounts.normalise(username), now());
    }

    /**
     * Revokes one of the user's tokens, by the signed-in user; a revoked one stays revoked. False when the user
     * has no token with this id.
     */
    @Transactional
    public boolean revoke(String username, String tokenId) {
        String owner = UserAccounts.normalise(username);
        if (tokenId == null || store.find(owner, tokenId, now()).isEmpty()) {
            return false;
        }
        String by = currentUser.name();
        if (store.revoke(owner, tokenId, now(), by)) {
            accessLog.record(by, AccessKind.TOKEN_REVOKED, null, "token " + tokenId + " of " + owner);
        }
        return true;
    }

    /**
     * The caller a bearer credential signs in: empty when it is not a token of the journal's format, unknown,
     * wrong, revoked or expired, or its owner disabled. One lookup by primary key and one SHA-256, no password hash.
     */
    Optional<Caller> check(String credential) {
        return ApiTokenSecret.parse(credential)
                .flatMap(secret -> store.check(secret.id())
                        .filter(row -> secret.matches(row.secretHash()))
                        .filter(row -> row.enabled()
                                && ApiToken.stateAt(now(), row.expiresAt(), row.revokedAt()) == ApiToken.State.ACTIVE)
                        .map(row -> new Caller(row.id(), row.username(), row.role(), row.lastUsedAt())));
    }

    /** A call made with the token: one access log row, and the token's last use at most once a minute. */
    void used(Caller caller, String projectId, String detail) {
        Instant now = now();
        accessLog.record(
                caller.username(), AccessKind.TOKEN_USED, projectId, "token " + caller.tokenId() + ": " + detail);
        Instant notSince = now.minus(LAST_USE_RESOLUTION);
        if (caller.lastUsedAt() == null || caller.lastUsedAt().isBefore(notSince)) {
            store.used(caller.tokenId(), now, notSince);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
