package dk.samskabelse.journal.web;

import dk.samskabelse.journal.support.DatabaseFailures;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The database can also fail before a request reaches a controller: signing in looks the user up, and the
 * authorization rules read project access. Such a failure escapes the security filters, and the servlet
 * container would answer it 500. This filter, outside the security filters, answers it like the controllers
 * do: 503 problem JSON for the API (through the API's problem handler), the journal's 503 page otherwise.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private final HandlerExceptionResolver problems;

    DatabaseUnavailableFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseFailures.isTransient(failure) || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                Exception cause =
                        failure instanceof ServletException && failure.getCause() instanceof Exception e ? e : failure;
                problems.resolveException(request, response, null, cause);
            } else {
                log.warn("Database unavailable, page answered 503: {}", failure.toString());
                response.setHeader("Retry-After", "5");
                response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
            }
        }
    }
}
