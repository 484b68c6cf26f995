package dk.samskabelse.journal.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Addresses that reach no page go through the servlet container's error handling: a browser gets the
 * journal's HTML error page in Danish, while the JSON API keeps answering with problem JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:web-errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class WebErrorPagesIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrowserOnAnUnknownAddressGetsTheDanish404Page() throws Exception {
        HttpResponse<String> response = get("/findes-ikke", "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<html lang=\"da\"").contains("Siden findes ikke")
                .contains("Adressen findes ikke i journalen.").doesNotContain("Whitelabel");
    }

    @Test
    void aBrowserUsingTheWrongMethodOnAPageGetsTheHtmlErrorPage() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/projekter/ny"))
                .header("Accept", "text/html").DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Der skete en fejl").doesNotContain("problem");
    }

    @Test
    void theApiKeepsProblemJsonForUnknownAddresses() throws Exception {
        HttpResponse<String> api = get("/api/findes-ikke", "text/html");
        HttpResponse<String> script = get("/findes-ikke", "application/json");

        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(script.statusCode()).isEqualTo(404);
        assertThat(script.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
