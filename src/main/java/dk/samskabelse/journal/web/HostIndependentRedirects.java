package dk.samskabelse.journal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No Location header names the host the client asked for: Spring Security's redirect to the login page and
 * ServletUriComponentsBuilder (the 201 answers' Location) build absolute addresses from the request's Host header,
 * which the client chooses (review 2026-12-04, 5: "Location: http://evil.example/login"). Every absolute Location
 * on the request's own host is written as the path alone; together with server.tomcat.use-relative-redirects
 * (Tomcat would otherwise make it absolute again from the Host header) browsers resolve it against the address
 * they used. Locations on other hosts are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HostIndependentRedirects extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new RelativeLocations(request, response));
    }

    /** The location as a path when it is an absolute address on the request's own host, else unchanged. */
    static String relative(String location, String requestHost) {
        if (location == null || requestHost == null) {
            return location;
        }
        try {
            URI uri = new URI(location);
            if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(requestHost)) {
                return location;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        } catch (URISyntaxException e) {
            return location;
        }
    }

    private static final class RelativeLocations extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        RelativeLocations(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(relative(location, request.getServerName()));
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, isLocation(name) ? relative(value, request.getServerName()) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, isLocation(name) ? relative(value, request.getServerName()) : value);
        }

        private static boolean isLocation(String name) {
            return HttpHeaders.LOCATION.equalsIgnoreCase(name);
        }
    }
}
