package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The web journal's session and forms over real HTTP: the session id changes at login, the session cookie is
 * HttpOnly and SameSite=Lax, every page carries the security headers, a form sent without its CSRF token is
 * refused and stores nothing, and logout needs the token too.
 */
@JournalIntegrationTest
class SessionAndCsrfIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loginChangesTheSessionIdAndSetsASafeCookie() {
        TestUsers.projectLeader(port);
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> login = browser.login(TestUsers.LEADER, TestUsers.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/"));
        List<String> cookies = login.headers().allValues("Set-Cookie");
        assertThat(cookies)
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
        assertThat(browser.sessionId()).isPresent().get().isNotEqualTo(before);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        for (HttpResponse<String> page :
                List.of(new Browser(port).get("/login"), signedIn().get("/"))) {
            assertThat(page.headers().firstValue("Content-Security-Policy"))
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(page.headers().firstValue("Permissions-Policy")).isPresent();
            // The pages satisfy the policy: no inline script, handler or style.
            assertThat(page.body())
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)")
                    .doesNotContainPattern("\\son[a-z]+=")
                    .doesNotContain("style=")
                    .doesNotContain("<style");
        }
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedAndStoresNothing() {
        Browser browser = signedIn();
        String projectId = startProject(browser);
        int events = events(projectId);
        Map<String, String> insight = new LinkedHashMap<>();
        insight.put("entryId", java.util.UUID.randomUUID().toString());
        insight.put("effectiveOn", "2020-02-01");
        insight.put("focus", "PROCES");
        insight.put("text", "Uden token");

        HttpResponse<String> withoutToken = browser.post("/projekter/" + projectId + "/erkendelse", insight);
        insight.put("_csrf", "forkert-token");
        HttpResponse<String> wrongToken = browser.post("/projekter/" + projectId + "/erkendelse", insight);

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("Ingen adgang");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(events(projectId)).isEqualTo(events);

        insight.put("_csrf", browser.csrfToken("/projekter/" + projectId + "/erkendelse"));
        HttpResponse<String> withToken = browser.post("/projekter/" + projectId + "/erkendelse", insight);
        assertThat(withToken.statusCode()).isEqualTo(302);
        assertThat(events(projectId)).isEqualTo(events + 1);
    }

    @Test
    void logoutNeedsTheTokenAndEndsTheSession() {
        Browser browser = signedIn();

        assertThat(browser.post("/logout", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(200);

        HttpResponse<String> logout = browser.post("/logout", Map.of("_csrf", browser.csrfToken("/")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?logget-ud"));
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void theApiUsesNoSessionAndNeedsNoToken() {
        JsonHttp leader = TestUsers.projectLeader(port);
        JsonHttp.Response started = leader.post(
                "/api/projects",
                JsonHttp.json(Map.of(
                        "name",
                        "API uden session",
                        "municipality",
                        "Lejre",
                        "area",
                        "SUNDHED",
                        "startedOn",
                        "2020-01-01")));

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.contentType()).doesNotContain("html");
        assertThat(leader.get("/api/projects/" + started.text("projectId") + "/events")
                        .body())
                .contains("API uden session");
    }

    private Browser signedIn() {
        TestUsers.projectLeader(port);
        Browser browser = new Browser(port);
        assertThat(browser.login(TestUsers.LEADER, TestUsers.PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private String startProject(Browser browser) {
        String form = browser.get("/projekter/ny").body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", hidden(form, "_csrf"));
        fields.put("projectId", hidden(form, "projectId"));
        fields.put("entryId", hidden(form, "entryId"));
        fields.put("name", "Token-projekt");
        fields.put("municipality", "Lejre");
        fields.put("area", "SUNDHED");
        fields.put("startedOn", "2020-01-01");
        HttpResponse<String> started = browser.post("/projekter/ny", fields);
        assertThat(started.statusCode()).isEqualTo(302);
        // The form's hidden projectId is a nonce; the project's id is derived from it and leads the redirect.
        String location = started.headers().firstValue("Location").orElseThrow();
        java.util.regex.Matcher id =
                java.util.regex.Pattern.compile("/projekter/([0-9a-f-]{36})").matcher(location);
        assertThat(id.find()).as(location).isTrue();
        return id.group(1);
    }

    private static String hidden(String page, String name) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "name=\"" + name + "\"[^>]*value=\"([^\"]*)\"")
                .matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }

    private int events(String projectId) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Integer.class, projectId);
    }
}
