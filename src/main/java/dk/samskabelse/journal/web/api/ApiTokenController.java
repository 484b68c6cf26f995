package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.security.AccountException;
import dk.samskabelse.journal.security.ApiToken;
import dk.samskabelse.journal.security.ApiTokens;
import dk.samskabelse.journal.security.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Personal API tokens for scripts: a script sends "Authorization: Bearer sj_…" instead of HTTP Basic and is
 * signed in as the token's owner without a password hash per call. These addresses take the password (HTTP
 * Basic) only: a token cannot make or revoke tokens (403 TOKEN_NOT_ACCEPTED).
 */
@RestController
@Tag(
        name = "API tokens",
        description = "Personal tokens for scripts: \"Authorization: Bearer sj_…\" on /api/**. "
                + "Managed with HTTP Basic only; a token is never accepted here.")
class ApiTokenController {

    record NewTokenRequest(
            @NotBlank
            @Size(max = ApiTokens.MAX_NAME)
            @CleanText
            @Schema(description = "What the token is for, e.g. the script's name")
            String name,

            @Min(1)
            @Max(ApiTokens.MAX_DAYS)
            @Schema(description = "Days until it expires, 1 to 365; default 90", defaultValue = "90")
            Integer days) {}

    @Schema(description = "A new token: its text is shown in this answer only and cannot be read again")
    record CreatedToken(
            String id,
            String username,
            String name,
            Instant createdAt,
            Instant expiresAt,

            @Schema(description = "The token: send it as \"Authorization: Bearer <token>\"")
            String token) {}

    private final ApiTokens tokens;
    private final UserAccounts accounts;
    private final CurrentUser currentUser;

    ApiTokenController(ApiTokens tokens, UserAccounts accounts, CurrentUser currentUser) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/tokens")
    @Operation(summary = "The caller's own tokens, newest first, with state and last use (never their text)")
    List<ApiToken> own() {
        return tokens.of(currentUser.name());
    }

    @PostMapping("/api/tokens")
    @Operation(summary = "Make a token for the caller (201); its text is in this answer only")
    ResponseEntity<CreatedToken> createOwn(@Valid @RequestBody NewTokenRequest body) {
        return created(currentUser.name(), body);
    }

    @DeleteMapping("/api/tokens/{tokenId}")
    @Operation(
            summary = "Revoke one of the caller's tokens (204; again 204 once revoked); 404 UNKNOWN_TOKEN when "
                    + "the caller has no such token")
    ResponseEntity<Void> revokeOwn(@PathVariable String tokenId) {
        return revoked(currentUser.name(), tokenId);
    }

    @GetMapping("/api/admin/users/{username}/tokens")
    @Operation(summary = "A user's tokens (administrator)")
    List<ApiToken> ofUser(@PathVariable String username) {
        if (accounts.user(username).isEmpty()) {
            throw new AccountException(AccountException.Problem.UNKNOWN_USER);
        }
        return tokens.of(username);
    }

    @PostMapping("/api/admin/users/{username}/tokens")
    @Operation(summary = "Make a token for a user (administrator, 201); its text is in this answer only")
    ResponseEntity<CreatedToken> createForUser(
            @PathVariable String username, @Valid @RequestBody NewTokenRequest body) {
        return created(username, body);
    }

    @DeleteMapping("/api/admin/users/{username}/tokens/{tokenId}")
    @Operation(
            summary = "Revoke a user's token (administrator, 204); 404 UNKNOWN_TOKEN when the user has no such "
                    + "token")
    ResponseEntity<Void> revokeForUser(@PathVariable String username, @PathVariable String tokenId) {
        return revoked(username, tokenId);
    }

    private ResponseEntity<CreatedToken> created(String username, NewTokenRequest body) {
        ApiTokens.Created made =
                tokens.create(username, body.name(), body.days() == null ? ApiTokens.DEFAULT_DAYS : body.days());
        ApiToken token = made.token();
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedToken(
                        token.id(),
                        token.username(),
                        token.name(),
                        token.createdAt(),
                        token.expiresAt(),
                        made.secret()));
    }

    private ResponseEntity<Void> revoked(String username, String tokenId) {
        if (!tokens.revoke(username, tokenId)) {
            throw new UnknownResourceException(UnknownResourceException.What.TOKEN);
        }
        return ResponseEntity.noContent().build();
    }
}
