package dk.samskabelse.journal.security;

import dk.samskabelse.journal.audit.DeniedAccessLog;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
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
    private final ViewResolver views;
    private final DeniedAccessLog deniedLog;

    SecurityAnswers(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
            LocaleResolver locales,
            @Qualifier("thymeleafViewResolver") ViewResolver views,
            DeniedAccessLog deniedLog) {
        this.deniedLog = deniedLog;
        this.resolver = resolver;
        this.locales = locales;
        this.views = views;
    }

    AuthenticationEntryPoint apiEntryPoint() {
        return (request, response, failure) -> {
            // No challenge when the user store could not be read (answered 503 or 500): the credentials may
            // well be right.
            if (failure instanceof InvalidApiTokenException) {
                response.setHeader(
                        HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"");
            } else if (!(failure instanceof LoginThrottledException)
                    && !(failure instanceof InternalAuthenticationServiceException)
                    && !fromSignedOutPage(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
            }
            resolve(request, response, failure);
        };
    }

    /**
     * A call with no credentials of its own from a browser that had a session (it has expired or was ended): the
     * journal's own page reading the API. It gets the 401 without a Basic challenge, which would make the browser
     * ask for a password; the page says to sign in again instead (issue 18).
     */
    private static boolean fromSignedOutPage(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }

    AccessDeniedHandler apiDenied() {
        return (request, response, denied) -> {
            logDenied(request, denied);
            resolve(
                    request,
                    response,
                    ProjectAuthorization.hidden(denied)
                            .map(hidden -> hidden == ProjectAuthorization.Hidden.ADDRESS
                                    ? unknownAddress(request)
                                    : (Exception) new HiddenProjectException())
                            .orElse(denied));
        };
    }

    AccessDeniedHandler webDenied() {
        return (request, response, denied) -> {
            logDenied(request, denied);
            var hidden = ProjectAuthorization.hidden(denied);
            if (hidden.isEmpty()) {
                errorPage(request, response, HttpStatus.FORBIDDEN, null);
            } else if (hidden.get() == ProjectAuthorization.Hidden.PROJECT) {
                errorPage(request, response, HttpStatus.NOT_FOUND, UNKNOWN_PROJECT_MESSAGE);
            } else {
                resolve(request, response, unknownAddress(request));
            }
        };
    }

    /** A hidden project (answered 404) or a forbidden area (403) goes to the access log; an unknown address not. */
    private void logDenied(HttpServletRequest request, AccessDeniedException denied) {
        var hidden = ProjectAuthorization.hidden(denied);
        if (hidden.isEmpty()) {
            deniedLog.record(request, HttpStatus.FORBIDDEN.value());
        } else if (hidden.get() == ProjectAuthorization.Hidden.PROJECT) {
            deniedLog.record(request, HttpStatus.NOT_FOUND.value());
        }
    }

    /** The journal's error page (templates/error.html), in the user's language, rendered right here. */
    private void errorPage(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey)
            throws IOException {
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        LocaleContextHolder.setLocale(locale);
        response.setStatus(status.value());
        try {
            View page = views.resolveViewName("error", locale);
            if (page == null) {
                response.sendError(status.value());
                return;
            }
            Map<String, Object> model = new HashMap<>();
            model.put("status", status.value());
            model.put("messageKey", messageKey);
            page.render(model, request, response);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot render the error page", e);
        }
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
        return new NoResourceFoundException(
                HttpMethod.valueOf(request.getMethod()), path != null ? path.toString() : request.getRequestURI());
    }
}
