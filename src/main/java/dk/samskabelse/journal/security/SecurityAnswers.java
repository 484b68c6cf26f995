package dk.samskabelse.journal.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * How the security filters answer. On the JSON API the refusals go through the MVC exception resolver, so the
 * API's problem handler writes them as the same RFC 7807 problem JSON as every other error (401 with
 * WWW-Authenticate, 403, and for a hidden project exactly the 404 UNKNOWN_PROJECT of an unknown one). On the
 * pages a hidden project gets the same 404 page as an unknown project, a hidden address that of an unknown
 * address, and a forbidden page the 403 page.
 */
@Component
class SecurityAnswers {

    static final String REALM = "Samskabelsesjournal";
    /** The message the 404 page shows for an unknown project (as web.PageAdvice does). */
    static final String UNKNOWN_PROJECT_MESSAGE = "error.project.unknown";

    private final HandlerExceptionResolver resolver;
    private final LocaleResolver locales;

    SecurityAnswers(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, LocaleResolver locales) {
        this.resolver = resolver;
        this.locales = locales;
    }

    AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, failure) -> {
            if (!(failure instanceof LoginThrottledException)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
            resolve(request, response, failure);
        };
    }

    AccessDeniedHandler apiDenied() {
        return (request, response, denied) -> resolve(request, response,
                ProjectAuthorization.hidden(denied)
                        .map(hidden -> hidden == ProjectAuthorization.Hidden.ADDRESS ? unknownAddress(request)
                                : (Exception) new HiddenProjectException())
                        .orElse(denied));
    }

    AccessDeniedHandler webDenied() {
        return (request, response, denied) -> {
            var hidden = ProjectAuthorization.hidden(denied);
            if (hidden.isEmpty()) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (hidden.get() == ProjectAuthorization.Hidden.PROJECT) {
                request.setAttribute("messageKey", UNKNOWN_PROJECT_MESSAGE);
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                resolve(request, response, unknownAddress(request));
            }
        };
    }

    /**
     * Outside the DispatcherServlet the journal's language choice (cookie, Accept-Language, else Danish) has not
     * been made yet, so it is made here before the answer is written.
     */
    private void resolve(HttpServletRequest request, HttpServletResponse response, Exception failure) {
        LocaleContextHolder.setLocale(locales.resolveLocale(request));
        resolver.resolveException(request, response, null, failure);
    }

    /** What Spring MVC raises for an address it has no handler for, so the answer is the very same. */
    private static NoResourceFoundException unknownAddress(HttpServletRequest request) {
        Object path = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        return new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()),
                path != null ? path.toString() : request.getRequestURI());
    }
}
