package dk.samskabelse.journal.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Addresses that reach no page go through the servlet container's error handling: a signed-in browser gets the
 * journal's HTML error page in Danish, while the JSON API keeps answering with problem JSON. Without signing in,
 * a browser is sent to the login page and an API client gets 401, whatever the address.
 */
@JournalIntegrationTest
class WebErrorPagesIT {

    @LocalServerPort
    int port;

    @Test
    void aBrowserOnAnUnknownAddressGetsTheDanish404Page() {
        Browser browser = signedInBrowser();
        HttpResponse<String> response = browser.get("/findes-ikke");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"da\"")
                .contains("Siden findes ikke")
                .contains("Adressen findes ikke i journalen.")
                .doesNotContain("Whitelabel");
    }

    @Test
    void aBrowserUsingTheWrongMethodOnAPageGetsTheHtmlErrorPage() {
        Browser browser = signedInBrowser();
        String token = browser.csrfToken("/projekter/ny");

        HttpResponse<String> response = browser.post("/", Map.of("_csrf", token));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("Der skete en fejl").doesNotContain("problem");
    }

    @Test
    void withoutSigningInABrowserIsSentToTheLoginPage() {
        for (String path : new String[] {"/", "/findes-ikke", "/projekter/ny"}) {
            HttpResponse<String> response = new Browser(port).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(path)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
        }
        HttpResponse<String> login = new Browser(port).get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Log ind").contains("name=\"_csrf\"");
    }

    @Test
    void theApiKeepsProblemJsonForUnknownAddresses() {
        JsonHttp.Response signedIn = TestUsers.projectLeader(port).get("/api/findes-ikke");
        JsonHttp.Response anonymous = new JsonHttp(port).get("/api/findes-ikke");

        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.text("code")).isEqualTo("UNAUTHENTICATED");
    }

    private Browser signedInBrowser() {
        TestUsers.projectLeader(port);
        Browser browser = new Browser(port);
        assertThat(browser.login(TestUsers.LEADER, TestUsers.PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }
}
