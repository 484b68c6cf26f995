package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A browser session ends with its account (review finding 4g): once the administrator disables the user, gives it
 * a new password or the user is removed, the session's next page redirects to the login and its next form is
 * refused the same way, storing nothing. A change of the user's project assignments keeps the session, as does an
 * administrator's new password for themself set on the admin page. The admin pages refuse a guessable password.
 */
@JournalIntegrationTest
class AccountSessionsIT {

    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void disablingAUserEndsItsSessionOnTheNextRequestAndItsFormStoresNothing() {
        Signed leader = signedInLeader("sess-spaerret");
        Map<String, String> insight = insightForm(leader);

        assertThat(TestUsers.admin(port)
                        .send(
                                "PUT",
                                "/api/admin/users/sess-spaerret/enabled",
                                "{\"enabled\":false}",
                                "application/json")
                        .status())
                .isEqualTo(204);

        assertRefusedFromNowOn(leader, insight);
    }

    @Test
    void aNewPasswordEndsTheUsersSessionsAndTheNewPasswordSignsIn() {
        Signed leader = signedInLeader("sess-ny-kode");
        Map<String, String> insight = insightForm(leader);

        assertThat(TestUsers.admin(port)
                        .send(
                                "PUT",
                                "/api/admin/users/sess-ny-kode/password",
                                JsonHttp.json(Map.of("password", "en helt anden kode")),
                                "application/json")
                        .status())
                .isEqualTo(204);

        assertRefusedFromNowOn(leader, insight);
        assertThat(new Browser(port)
                        .login("sess-ny-kode", "en helt anden kode")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
    }

    @Test
    void removingAUserEndsItsSession() {
        Signed leader = signedInLeader("sess-fjernet");
        Map<String, String> insight = insightForm(leader);

        // The journal has no removal of users yet; one removed in the database ends its sessions all the same.
        assertThat(jdbc.update("DELETE FROM journal_user WHERE username = 'sess-fjernet'"))
                .isEqualTo(1);

        assertRefusedFromNowOn(leader, insight);
    }

    @Test
    void aChangeOfAssignmentsKeepsTheSessionAndTakesEffectAtOnce() {
        Signed leader = signedInLeader("sess-tilknyttet");

        assertThat(TestUsers.admin(port)
                        .send("DELETE", "/api/admin/users/sess-tilknyttet/projects/" + leader.project(), null, null)
                        .status())
                .isEqualTo(204);

        assertThat(leader.browser().get("/projekter/" + leader.project()).statusCode())
                .isEqualTo(404);
        assertThat(leader.browser().get("/").statusCode()).isEqualTo(200);
        assertThat(TestUsers.admin(port)
                        .send(
                                "PUT",
                                "/api/admin/users/sess-tilknyttet/enabled",
                                "{\"enabled\":true}",
                                "application/json")
                        .status())
                .as("enabling an enabled user changes nothing")
                .isEqualTo(204);
        assertThat(leader.browser().get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdministratorWhoSetsTheirOwnPasswordOnTheAdminPageStaysSignedIn() {
        TestUsers.user(port, "sess-admin", "ADMIN");
        Browser admin = new Browser(port);
        assertThat(admin.login("sess-admin", TestUsers.PASSWORD).statusCode()).isEqualTo(302);
        Browser otherSession = new Browser(port);
        assertThat(otherSession.login("sess-admin", TestUsers.PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> changed = admin.post(
                "/admin/brugere/sess-admin/adgangskode",
                Map.of("_csrf", admin.csrfToken("/admin/brugere/sess-admin"), "password", "mit eget nye kodeord"));

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/brugere").statusCode())
                .as("the session that set it")
                .isEqualTo(200);
        assertThat(otherSession.get("/admin/brugere").headers().firstValue("Location"))
                .as("another session")
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void theAdminPagesRefuseAGuessablePasswordInDanish() {
        TestUsers.user(port, "sess-svag", "CHEF");
        Browser admin = new Browser(port);
        assertThat(admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> reset = admin.post(
                "/admin/brugere/sess-svag/adgangskode",
                Map.of("_csrf", admin.csrfToken("/admin/brugere/sess-svag"), "password", "password1234"));
        HttpResponse<String> created = admin.post(
                "/admin/brugere",
                Map.of(
                        "_csrf",
                        admin.csrfToken("/admin/brugere"),
                        "username",
                        "sess-ny",
                        "role",
                        "CHEF",
                        "password",
                        "samskabelse1"));

        assertThat(reset.statusCode()).isEqualTo(200);
        assertThat(reset.body()).contains("Adgangskoden er for let at gætte");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.body()).contains("Adgangskoden er for let at gætte");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM journal_user WHERE username = 'sess-ny'", Integer.class))
                .isZero();
    }

    private record Signed(Browser browser, String project) {}

    /** A project leader signed in through the login form, with a project of its own open. */
    private Signed signedInLeader(String username) {
        JsonHttp api = TestUsers.user(port, username, "PROJEKTLEDER");
        JsonHttp.Response started = api.post(
                "/api/projects",
                JsonHttp.json(Map.of(
                        "name",
                        "Projekt for " + username,
                        "municipality",
                        "Lejre",
                        "area",
                        "SUNDHED",
                        "startedOn",
                        "2020-01-01")));
        assertThat(started.status()).isEqualTo(201);
        Browser browser = new Browser(port);
        assertThat(browser.login(username, TestUsers.PASSWORD).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        String project = started.text("projectId");
        // The project page reads the projections, which follow the event store a moment later.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (browser.get("/projekter/" + project).statusCode() != 200 && System.nanoTime() < deadline) {
            sleep();
        }
        assertThat(browser.get("/projekter/" + project).statusCode()).isEqualTo(200);
        return new Signed(browser, project);
    }

    /** The insight form as the signed-in session got it (its CSRF token and hidden fields), filled in. */
    private Map<String, String> insightForm(Signed leader) {
        String page = leader.browser()
                .get("/projekter/" + leader.project() + "/erkendelse")
                .body();
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(page);
        while (input.find()) {
            String tag = input.group();
            Matcher name = NAME.matcher(tag);
            Matcher value = VALUE.matcher(tag);
            if (tag.contains("type=\"hidden\"") && name.find() && value.find()) {
                fields.put(name.group(1), value.group(1));
            }
        }
        assertThat(fields).containsKey("_csrf");
        fields.put("effectiveOn", "2020-02-01");
        fields.put("focus", "PROCES");
        fields.put("text", "Skrevet efter spærringen");
        return fields;
    }

    private void assertRefusedFromNowOn(Signed leader, Map<String, String> insight) {
        int events = events(leader.project());

        HttpResponse<String> form = leader.browser().post("/projekter/" + leader.project() + "/erkendelse", insight);
        HttpResponse<String> page = leader.browser().get("/projekter/" + leader.project());

        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(events(leader.project())).as("nothing stored").isEqualTo(events);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(leader.browser().get("/").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private int events(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, projectId);
    }
}
