package dk.samskabelse.journal.security;

import java.util.List;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Where a personal API token is never accepted: making and revoking tokens, and setting passwords. Written once,
 * for ApiTokenFilter, which refuses a token there, and for the OpenAPI document, which says so (web/api).
 */
public final class PasswordOnlyAddresses {

    /** Path patterns of the JSON API, as Spring MVC writes them. */
    public static final List<String> PATTERNS = List.of(
            "/api/tokens",
            "/api/tokens/**",
            "/api/admin/users/{username}/tokens",
            "/api/admin/users/{username}/tokens/**",
            "/api/admin/users/{username}/password");

    private PasswordOnlyAddresses() {}

    static RequestMatcher matcher() {
        return new OrRequestMatcher(PATTERNS.stream()
                .map(pattern -> (RequestMatcher)
                        PathPatternRequestMatcher.withDefaults().matcher(pattern))
                .toList());
    }
}
