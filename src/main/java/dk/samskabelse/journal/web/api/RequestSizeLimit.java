package dk.samskabelse.journal.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses API request bodies over the limit with 413 before anything parses them: at once when Content-Length
 * says so, and while reading when a chunked body grows past it. One journal entry is a few kilobytes; a body
 * of megabytes is a mistake or an attack and must not be buffered or parsed.
 */
@Component
// The command-line rebuild runs without a web server, and then without the exception resolvers.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestSizeLimit extends OncePerRequestFilter {

    /** Raised when a body is over the limit; answered 413 by ApiProblemHandler. */
    static final class BodyTooLargeException extends IOException {

        private final long limitBytes;

        BodyTooLargeException(long limitBytes) {
            super("Request body over " + limitBytes + " bytes");
            this.limitBytes = limitBytes;
        }

        long limitBytes() {
            return limitBytes;
        }
    }

    private final long limitBytes;
    private final HandlerExceptionResolver problems;

    RequestSizeLimit(ApiProperties settings, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.limitBytes = settings.maxRequestBytes();
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limitBytes) {
            // Tomcat would otherwise try to swallow the unread body; closing is cheaper than reading megabytes.
            response.setHeader("Connection", "close");
            problems.resolveException(request, response, null, new BodyTooLargeException(limitBytes));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limitBytes), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limitBytes;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limitBytes) {
            super(request);
            this.limitBytes = limitBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), limitBytes);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8;
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limitBytes;
        private long read;

        LimitedStream(ServletInputStream delegate, long limitBytes) {
            this.delegate = delegate;
            this.limitBytes = limitBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > limitBytes) {
                throw new BodyTooLargeException(limitBytes);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
