package dk.samskabelse.journal.security;

import dk.samskabelse.journal.audit.DeniedAccessLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a JSON API call in with a personal API token ("Authorization: Bearer sj_…"): one lookup by the token's id
 * and one SHA-256 instead of a bcrypt hash per call. A bearer credential that signs nobody in is answered 401 at
 * once (no fall-back to anything else). The addresses that manage tokens and passwords take the password or the
 * session only: a token there is refused with 403. Each call made with a token is written to the access log with
 * the token's id and the answer. Not a bean: SecurityConfig puts it into the API's filter chain only, so the pages
 * and the OpenAPI document never accept a token.
 */
class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final String BEARER = "Bearer ";

    /** Where a token is never accepted: making and revoking tokens, and setting passwords. */
    static final RequestMatcher PASSWORD_ONLY = PasswordOnlyAddresses.matcher();

    private final ApiTokens tokens;
    private final AuthenticationEntryPoint entryPoint;
    private final AccessDeniedHandler denied;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, AccessDeniedHandler denied) {
        this.tokens = tokens;
        this.entryPoint = entryPoint;
        this.denied = denied;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.Caller> caller;
        try {
            caller = tokens.check(header.substring(BEARER.length()).strip());
        } catch (RuntimeException e) {
            // The token store could not be read: an error of the journal (503 or 500), not a failed sign-in.
            contexts.clearContext();
            entryPoint.commence(request, response, new InternalAuthenticationServiceException(e.getMessage(), e));
            return;
        }
        if (caller.isEmpty()) {
            contexts.clearContext();
            entryPoint.commence(request, response, new InvalidApiTokenException());
            return;
        }
        ApiTokens.Caller signedIn = caller.get();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(signedIn.username(), signedIn.role(), signedIn.tokenId()));
        contexts.setContext(context);
        try {
            if (PASSWORD_ONLY.matches(request)) {
                denied.handle(request, response, new ApiTokenNotAcceptedException());
            } else {
                chain.doFilter(request, response);
            }
        } finally {
            recordUse(request, response, signedIn);
        }
    }

    private void recordUse(HttpServletRequest request, HttpServletResponse response, ApiTokens.Caller caller) {
        try {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            tokens.used(
                    caller,
                    DeniedAccessLog.projectIn(path).orElse(null),
                    request.getMethod() + " " + path + " answered " + response.getStatus());
        } catch (RuntimeException e) {
            log.warn("Cannot write a call with an API token to the access log: {}", e.toString());
        }
    }
}
