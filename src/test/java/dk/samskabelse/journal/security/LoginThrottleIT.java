package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Repeated failed logins lock an account for the address they come from, then that address for the names that have
 * not signed in from it, over real HTTP; the same user signs in from another address, and the administrator, who
 * has signed in from this address before, is not locked out (review finding 4c). A known and an unknown user name
 * get exactly the same answers all the way, on the login form and on the API. Another address is simulated with
 * X-Forwarded-For, as a reverse proxy sends it (server.forward-headers-strategy=native).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:login-throttle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1",
            "server.forward-headers-strategy=native",
            "journal.login.account-failures=5",
            "journal.login.account-total-failures=50",
            "journal.login.address-failures=11"
        })
class LoginThrottleIT {

    @LocalServerPort
    int port;

    @Test
    void failedLoginsLockTheAccountThenTheAddressButNeitherElsewhereNorForTheAdministrator() {
        TestUsers.user(port, "laas-kendt", "PROJEKTLEDER");
        TestUsers.user(port, "laas-frisk", "CHEF");

        List<String> known = attempts("laas-kendt");
        List<String> unknown = attempts("laas-ukendt");

        // Five wrong passwords are refused as such; then even the right one is refused, as locked.
        assertThat(known)
                .containsExactly(
                        "/login?fejl", "/login?fejl", "/login?fejl", "/login?fejl", "/login?fejl", "/login?spaerret");
        assertThat(unknown).isEqualTo(known);

        JsonHttp.Response knownApi =
                JsonHttp.signedIn(port, "laas-kendt", TestUsers.PASSWORD).get("/api/projects");
        JsonHttp.Response unknownApi =
                JsonHttp.signedIn(port, "laas-ukendt", TestUsers.PASSWORD).get("/api/projects");
        assertThat(knownApi.status()).isEqualTo(429);
        assertThat(knownApi.text("code")).isEqualTo("LOGIN_THROTTLED");
        assertThat(unknownApi.status()).isEqualTo(knownApi.status());
        assertThat(unknownApi.text("code")).isEqualTo(knownApi.text("code"));
        assertThat(from("10.20.30.40", "laas-kendt", TestUsers.PASSWORD).status())
                .as("the user signs in from another address")
                .isEqualTo(200);

        // The eleventh failure from this address locks it for the names that have not signed in from it.
        assertThat(login("laas-frisk", "forkert-adgangskode")).isEqualTo("/login?fejl");
        assertThat(login("laas-frisk", TestUsers.PASSWORD)).isEqualTo("/login?spaerret");
        assertThat(JsonHttp.signedIn(port, "laas-frisk", TestUsers.PASSWORD)
                        .get("/api/projects")
                        .status())
                .isEqualTo(429);
        assertThat(new Browser(port).get("/login?spaerret").body()).contains("For mange mislykkede forsøg");

        // Not for the administrator, who signed in from it before (the review got 429 here), nor from elsewhere.
        assertThat(TestUsers.admin(port).get("/api/admin/users").status()).isEqualTo(200);
        assertThat(from("10.20.30.41", "laas-frisk", TestUsers.PASSWORD).status())
                .isEqualTo(200);
        assertThat(from("10.20.30.42", TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD)
                        .status())
                .isEqualTo(200);
    }

    private JsonHttp.Response from(String address, String username, String password) {
        return JsonHttp.signedIn(port, username, password)
                .send("GET", "/api/projects", null, null, Map.of("X-Forwarded-For", address));
    }

    private List<String> attempts(String username) {
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            answers.add(login(username, "forkert-" + i));
        }
        answers.add(login(username, TestUsers.PASSWORD));
        return answers;
    }

    private String login(String username, String password) {
        HttpResponse<String> answer = new Browser(port).login(username, password);
        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        return location.substring(location.indexOf("/login"));
    }
}
