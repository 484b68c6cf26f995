package dk.samskabelse.journal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a browser session on its next request once its user has been disabled, removed or given a new password:
 * every request of a signed-in session reads the user's stored credentials version (one lookup by primary key) and
 * compares it with the one the session signed in with (JournalUser). Since the check reads the database, it holds on
 * every journal instance that shares it. A session that fails it is invalidated and the request goes on as
 * anonymous: a page redirects to the login, a form is refused the same way and stores nothing.
 * Not a bean: SecurityConfig puts it into the filter chains of the pages, so that the servlet container does not
 * run it a second time.
 */
class SessionStillValidFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStillValidFilter.class);

    private final UserStore store;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    SessionStillValidFilter(UserStore store) {
        this.store = store;
    }

    /**
     * The style sheets and scripts carry nothing of a user and every page load fetches several of them: they skip
     * the lookup, and the page request itself ends the session.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof JournalUser user
                && !store.enabledCredentialsVersion(user.getUsername())
                        .map(version -> version == user.credentialsVersion())
                        .orElse(false)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            contexts.clearContext();
            log.info(
                    "Ended a session of the user '{}': the user was disabled, removed or given a new password",
                    user.getUsername());
        }
        chain.doFilter(request, response);
    }
}
