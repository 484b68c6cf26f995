package dk.samskabelse.journal.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A plain HTTP client for API tests: sends exactly the bytes and headers a test gives, like curl would, signed in
 * with HTTP Basic when it has credentials (see TestUsers).
 */
public final class JsonHttp {

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public String text(String field) {
            return json().path(field).asText();
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String base;
    private final String language;
    private final String authorization;

    /** An anonymous client. */
    public JsonHttp(int port) {
        this(port, null, null);
    }

    private JsonHttp(int port, String language, String authorization) {
        this.port = port;
        this.base = "http://127.0.0.1:" + port;
        this.language = language;
        this.authorization = authorization;
    }

    /** A client that signs every request in with HTTP Basic. */
    public static JsonHttp signedIn(int port, String username, String password) {
        return new JsonHttp(
                port,
                null,
                "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The same client asking for answers in the given language (Accept-Language). */
    public JsonHttp inLanguage(String language) {
        return new JsonHttp(port, language, authorization);
    }

    public Response post(String path, String body) {
        return send("POST", path, body, "application/json");
    }

    public Response post(String path, String body, String contentType) {
        return send("POST", path, body, contentType);
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response send(String method, String path, String body, String contentType) {
        return send(method, path, body, contentType, Map.of());
    }

    /** A JSON POST with extra request headers (such as Idempotency-Key). */
    public Response post(String path, String body, Map<String, String> headers) {
        return send("POST", path, body, "application/json", headers);
    }

    public Response send(String method, String path, String body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new AssertionError("HTTP " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
