package dk.samskabelse.journal.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes refused requests to the access log as {@link AccessKind#DENIED} (review 2026-12-04, 7a: "probing for other
 * projects leaves no trace"): the user, the project named in the address when there is one, and the method, path
 * and the status the caller got. The caller's answer stays exactly what it was (a hidden project still looks like
 * an unknown one). A failure to write the log line is logged and does not change the answer.
 */
@Component
public class DeniedAccessLog {

    private static final Logger log = LoggerFactory.getLogger(DeniedAccessLog.class);
    /** The project id in the journal's project addresses: API, research API, admin API and pages. */
    private static final Pattern PROJECT = Pattern.compile(
            "^/(?:api/(?:research/|admin/)?projects|projekter|admin/personoplysninger)/([0-9a-fA-F-]{36})(?:[/;.]|$)");

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AccessLog accessLog;

    DeniedAccessLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** The project id an address of the journal names (API, research API, admin API, pages), lower case. */
    public static Optional<String> projectIn(String path) {
        Matcher project = PROJECT.matcher(path);
        return project.find() ? Optional.of(project.group(1).toLowerCase()) : Optional.empty();
    }

    /** A request answered with this status because the signed-in user may not make it. */
    public void record(HttpServletRequest request, int answeredStatus) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !TRUST.isAuthenticated(authentication)) {
            // Refusals before sign-in (a form without its CSRF token) are not written: anyone could fill the
            // log with them, and there is no user to attribute them to.
            return;
        }
        try {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            accessLog.record(
                    authentication.getName(),
                    AccessKind.DENIED,
                    projectIn(path).orElse(null),
                    request.getMethod() + " " + path + " answered " + answeredStatus);
        } catch (RuntimeException e) {
            log.warn("Cannot write a refused request to the access log: {}", e.toString());
        }
    }
}
