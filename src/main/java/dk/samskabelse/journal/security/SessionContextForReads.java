package dk.samskabelse.journal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who calls the JSON API: on GET and HEAD the signed-in user of the browser's session, if there is one, so that the
 * journal's own pages can read the API without a second password (the rebuild page's progress poll, the replay's
 * event export: issue 18); otherwise, and on every other method, only what the call itself carries (HTTP Basic or
 * a personal API token). Nothing is ever saved into a session here.
 * <p>
 * Reading with the session cookie needs no CSRF token: a read changes nothing, and another site cannot read the
 * answer (no CORS; JSON with nosniff). A write with only the cookie stays unauthenticated (401), so a cross-site
 * form can never act on the API as the signed-in user.
 */
final class SessionContextForReads implements SecurityContextRepository {

    private static final Set<String> READS = Set.of("GET", "HEAD");

    private final SecurityContextRepository session = new HttpSessionSecurityContextRepository();
    private final SecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();

    static boolean isRead(HttpServletRequest request) {
        return READS.contains(request.getMethod());
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return isRead(request) ? session.loadDeferredContext(request) : perRequest.loadDeferredContext(request);
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return isRead(holder.getRequest()) ? session.loadContext(holder) : perRequest.loadContext(holder);
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        perRequest.saveContext(context, request, response);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return isRead(request) ? session.containsContext(request) : perRequest.containsContext(request);
    }
}
