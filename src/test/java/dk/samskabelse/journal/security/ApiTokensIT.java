package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14, point 5: personal API tokens for scripts. A token made with the password (or on the account page with
 * the session) signs JSON API calls in as its owner, with the owner's current role, projects and state; a wrong,
 * revoked or expired token, or one of a disabled user, gets the same 401 problem JSON; a token never makes tokens
 * nor signs in a page; creation, revocation and every use are in the access log.
 */
@JournalIntegrationTest
class ApiTokensIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHOWN_TOKEN = Pattern.compile("sj_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aTokenMadeWithThePasswordReadsAsItsOwnerAndEachUseIsLogged() throws Exception {
        JsonHttp basic = TestUsers.user(port, "tok-leder", "PROJEKTLEDER");
        String project = new JournalApi(basic).startProject("Nøgleprojekt", "2020-01-01");

        JsonHttp.Response made = basic.post("/api/tokens", JsonHttp.json(Map.of("name", "statistik-script")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String token = made.json().get("token").asText();
        String id = made.json().get("id").asText();
        assertThat(token).matches(SHOWN_TOKEN).startsWith("sj_" + id + "_");
        assertThat(Duration.between(
                        Instant.parse(made.json().get("createdAt").asText()),
                        Instant.parse(made.json().get("expiresAt").asText())))
                .isEqualTo(Duration.ofDays(90));

        HttpResponse<String> events = bearer("GET", "/api/projects/" + project + "/events", token, null);
        HttpResponse<String> list = bearer("GET", "/api/projects", token, null);

        assertThat(events.statusCode()).as(events.body()).isEqualTo(200);
        assertThat(events.body()).contains("ProjectStarted");
        assertThat(list.statusCode()).isEqualTo(200);
        List<Map<String, Object>> log = jdbc.queryForList(
                "SELECT username, project_id, what, detail FROM access_log WHERE detail LIKE ? ORDER BY id",
                "%token " + id + "%");
        assertThat(log).extracting(row -> row.get("what")).containsExactly("TOKEN_CREATED", "TOKEN_USED", "TOKEN_USED");
        assertThat(log.get(1))
                .containsEntry("username", "tok-leder")
                .containsEntry("project_id", project)
                .containsEntry("detail", "token " + id + ": GET /api/projects/" + project + "/events answered 200");
        assertThat(log.get(2).get("detail")).isEqualTo("token " + id + ": GET /api/projects answered 200");
        assertThat(log.toString()).doesNotContain(token.substring(20));

        JsonHttp.Response mine = basic.get("/api/tokens");
        JsonNode listed = mine.json().get(0);
        assertThat(listed.get("id").asText()).isEqualTo(id);
        assertThat(listed.get("name").asText()).isEqualTo("statistik-script");
        assertThat(listed.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(listed.get("lastUsedAt").isNull())
                .as("the last use is shown")
                .isFalse();
        assertThat(mine.body())
                .doesNotContain(token.substring(20))
                .doesNotContain(
                        jdbc.queryForObject("SELECT secret_hash FROM api_token WHERE id = ?", String.class, id));
    }

    @Test
    void aWrongRevokedOrExpiredTokenIsAnsweredTheSame401AndLeaksNothing() throws Exception {
        JsonHttp basic = TestUsers.user(port, "tok-ugyldig", "PROJEKTLEDER");
        String revoked = newToken(basic, "tilbagekaldes");
        String expired = newToken(basic, "udløber");
        String good = newToken(basic, "god");
        String wrongSecret = good.substring(0, 20) + (good.charAt(20) == 'A' ? 'B' : 'A') + good.substring(21);
        String unknownId = "sj_0000000000000000_" + good.substring(20);

        String revokedId = idOf(revoked);
        assertThat(basic.send("DELETE", "/api/tokens/" + revokedId, null, null).status())
                .isEqualTo(204);
        assertThat(basic.send("DELETE", "/api/tokens/" + revokedId, null, null).status())
                .as("again")
                .isEqualTo(204);
        jdbc.update(
                "UPDATE api_token SET created_at = ?, expires_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(2))),
                Timestamp.from(Instant.now().minus(Duration.ofSeconds(1))),
                idOf(expired));

        for (String token : List.of(revoked, expired, wrongSecret, unknownId, "sj_nonsense", "Zm9vOmJhcg==")) {
            HttpResponse<String> answer = bearer("GET", "/api/projects", token, null);
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(challenge ->
                            assertThat(challenge).startsWith("Bearer ").contains("invalid_token"));
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("code").asText()).isEqualTo("INVALID_TOKEN");
            assertThat(problem.get("detail").asText())
                    .isEqualTo("API-nøglen er ukendt, udløbet eller tilbagekaldt, eller dens bruger er spærret.");
            assertThat(answer.body()).doesNotContain("tok-ugyldig").doesNotContain(token);
        }
        HttpResponse<String> english = send(HttpRequest.newBuilder(uri("/api/projects"))
                .header("Authorization", "Bearer " + revoked)
                .header("Accept-Language", "en")
                .GET());
        assertThat(JSON.readTree(english.body()).get("detail").asText())
                .isEqualTo("The API token is unknown, expired or revoked, or its user is disabled.");
        assertThat(bearer("GET", "/api/projects", good, null).statusCode())
                .as("the good one still works")
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE detail LIKE ? ORDER BY id",
                        String.class,
                        "token " + revokedId + " of tok-ugyldig%"))
                .containsExactly("TOKEN_CREATED", "TOKEN_REVOKED");

        JsonNode states = basic.get("/api/tokens").json();
        assertThat(states.findValuesAsText("state")).containsExactlyInAnyOrder("ACTIVE", "EXPIRED", "REVOKED");
    }

    @Test
    void aTokenMakesNoTokenAndSetsNoPassword() throws Exception {
        JsonHttp basic = TestUsers.user(port, "tok-ingen-nye", "PROJEKTLEDER");
        String token = newToken(basic, "script");
        String adminToken = newToken(TestUsers.admin(port), "admin-script");

        HttpResponse<String> mint = bearer("POST", "/api/tokens", token, "{\"name\":\"endnu en\"}");
        HttpResponse<String> revoke = bearer("DELETE", "/api/tokens/" + idOf(token), token, null);
        HttpResponse<String> list = bearer("GET", "/api/tokens", token, null);
        HttpResponse<String> adminMint =
                bearer("POST", "/api/admin/users/tok-ingen-nye/tokens", adminToken, "{\"name\":\"bagvej\"}");
        HttpResponse<String> adminPassword = bearer(
                "PUT", "/api/admin/users/tok-ingen-nye/password", adminToken, "{\"password\":\"en helt anden kode\"}");

        for (HttpResponse<String> refused : List.of(mint, revoke, list, adminMint, adminPassword)) {
            assertThat(refused.statusCode()).as(refused.uri().toString()).isEqualTo(403);
            assertThat(JSON.readTree(refused.body()).get("code").asText()).isEqualTo("TOKEN_NOT_ACCEPTED");
        }
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM api_token WHERE username = 'tok-ingen-nye'", Integer.class))
                .isEqualTo(1);
        assertThat(bearer("GET", "/api/projects", token, null).statusCode())
                .as("not revoked")
                .isEqualTo(200);
        assertThat(basic.get("/api/projects").status())
                .as("the password is unchanged")
                .isEqualTo(200);
        assertThat(bearer("GET", "/api/admin/users", adminToken, null).statusCode())
                .as("an administrator's token reads the administration API")
                .isEqualTo(200);
    }

    @Test
    void aTokenHasItsOwnersAccessAndStopsWhileTheOwnerIsDisabled() throws Exception {
        JsonHttp otherLeader = TestUsers.user(port, "tok-anden", "PROJEKTLEDER");
        String othersProject = new JournalApi(otherLeader).startProject("Andens projekt", "2020-01-01");
        JsonHttp basic = TestUsers.user(port, "tok-adgang", "PROJEKTLEDER");
        String token = newToken(basic, "script");
        JsonHttp researcher = TestUsers.user(port, "tok-forsker", "FORSKER");
        String researcherToken = newToken(researcher, "analyse");
        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/projects/" + othersProject + "/research-release", null, null)
                        .status())
                .isEqualTo(204);

        HttpResponse<String> hidden = bearer("GET", "/api/projects/" + othersProject + "/events", token, null);
        JsonHttp.Response hiddenWithPassword = basic.get("/api/projects/" + othersProject + "/events");
        assertThat(hidden.statusCode()).isEqualTo(404).isEqualTo(hiddenWithPassword.status());
        assertThat(JSON.readTree(hidden.body()).get("code").asText()).isEqualTo("UNKNOWN_PROJECT");

        String insight = "{\"focus\":\"PROCES\",\"text\":\"Et indblik\"}";
        HttpResponse<String> forbidden =
                bearer("POST", "/api/projects/" + othersProject + "/insights", researcherToken, insight);
        assertThat(forbidden.statusCode())
                .isEqualTo(403)
                .isEqualTo(researcher
                        .post("/api/projects/" + othersProject + "/insights", insight)
                        .status());
        assertThat(bearer("GET", "/api/research/projects/" + othersProject + "/events", researcherToken, null)
                        .statusCode())
                .as("a researcher's token reads a released project")
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT what FROM access_log WHERE username = 'tok-adgang' AND project_id = ?",
                        String.class,
                        othersProject))
                .contains("DENIED", "TOKEN_USED");

        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/users/tok-adgang/enabled", "{\"enabled\":false}", "application/json")
                        .status())
                .isEqualTo(204);
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(401);
        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/users/tok-adgang/enabled", "{\"enabled\":true}", "application/json")
                        .status())
                .isEqualTo(204);
        assertThat(bearer("GET", "/api/projects", token, null).statusCode())
                .as("enabled again")
                .isEqualTo(200);
    }

    @Test
    void noPageAndNotTheOpenApiDocumentTakesAToken() throws Exception {
        String token = newToken(TestUsers.user(port, "tok-sider", "PROJEKTLEDER"), "script");

        HttpResponse<String> page = bearer("GET", "/projekter", token, null);
        HttpResponse<String> account = bearer("GET", "/konto", token, null);
        HttpResponse<String> docs = bearer("GET", "/v3/api-docs", token, null);

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(docs.statusCode()).isEqualTo(401);
    }

    @Test
    void badRequestsForATokenAreRefusedWithFieldErrors() {
        JsonHttp basic = TestUsers.user(port, "tok-felter", "PROJEKTLEDER");

        assertThat(basic.post("/api/tokens", "{\"name\":\"  \"}").status()).isEqualTo(400);
        assertThat(basic.post("/api/tokens", "{\"name\":\"a\",\"days\":366}").status())
                .isEqualTo(400);
        assertThat(basic.post("/api/tokens", "{\"name\":\"a\",\"days\":0}").status())
                .isEqualTo(400);
        assertThat(basic.post("/api/tokens", JsonHttp.json(Map.of("name", "x".repeat(101))))
                        .status())
                .isEqualTo(400);
        assertThat(basic.post("/api/tokens", JsonHttp.json(Map.of("name", "<b>script</b>")))
                        .status())
                .isEqualTo(400);
        JsonHttp.Response year = basic.post("/api/tokens", "{\"name\":\"et år\",\"days\":365}");
        assertThat(year.status()).isEqualTo(201);
        assertThat(basic.send("DELETE", "/api/tokens/0000000000000000", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM api_token WHERE username = 'tok-felter'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void anAdministratorMakesListsAndRevokesAUsersTokensThroughTheApi() throws Exception {
        TestUsers.user(port, "tok-admin-api", "CHEF");
        JsonHttp admin = TestUsers.admin(port);

        JsonHttp.Response made =
                admin.post("/api/admin/users/tok-admin-api/tokens", "{\"name\":\"til chefen\",\"days\":30}");
        assertThat(made.status()).isEqualTo(201);
        String token = made.json().get("token").asText();
        HttpResponse<String> asUser = bearer("GET", "/api/tokens", token, null);
        JsonNode listed = admin.get("/api/admin/users/tok-admin-api/tokens").json();

        assertThat(asUser.statusCode())
                .as("still no token management with a token")
                .isEqualTo(403);
        assertThat(listed.get(0).get("createdBy").asText()).isEqualTo("admin");
        assertThat(listed.get(0).get("username").asText()).isEqualTo("tok-admin-api");
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/admin/users/tok-admin-api/tokens/" + idOf(token), null, null)
                        .status())
                .isEqualTo(204);
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(401);
        assertThat(admin.get("/api/admin/users/ingen-saadan/tokens").status()).isEqualTo(404);
        assertThat(TestUsers.user(port, "tok-admin-api", "CHEF")
                        .post("/api/admin/users/tok-admin-api/tokens", "{\"name\":\"selv\"}")
                        .status())
                .as("not an administrator")
                .isEqualTo(403);
    }

    @Test
    void theOpenApiDocumentDescribesTheTokensAndTheirScheme() {
        JsonHttp.Response doc = TestUsers.admin(port).get("/v3/api-docs");

        assertThat(doc.status()).isEqualTo(200);
        JsonNode paths = doc.json().path("paths");
        assertThat(paths.path("/api/tokens").has("post")).isTrue();
        assertThat(paths.path("/api/tokens/{tokenId}").has("delete")).isTrue();
        assertThat(paths.path("/api/admin/users/{username}/tokens").has("get")).isTrue();
        assertThat(doc.json()
                        .path("components")
                        .path("securitySchemes")
                        .path("apiToken")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
    }

    /** The account page: signed in once, a token is made, shown once, used and revoked, with no second password. */
    @Test
    void theAccountPageMakesShowsOnceAndRevokesATokenWithTheSession() throws Exception {
        TestUsers.user(port, "tok-side", "PROJEKTLEDER");
        Browser browser = new Browser(port);
        assertThat(browser.login("tok-side", TestUsers.PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> account = browser.get("/konto");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("API-nøgler").contains("Der er ingen API-nøgler.");
        HttpResponse<String> empty = browser.post(
                "/konto/api-noegler", Map.of("_csrf", browser.csrfToken("/konto"), "name", "", "days", "90"));
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Skriv et navn.");

        HttpResponse<String> made = browser.post(
                "/konto/api-noegler", Map.of("_csrf", browser.csrfToken("/konto"), "name", "mit script", "days", "30"));
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.body()).contains("Kopiér nøglen nu");
        Matcher shown = SHOWN_TOKEN.matcher(made.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group();
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(200);

        HttpResponse<String> again = browser.get("/konto");
        assertThat(again.body())
                .as("shown once")
                .doesNotContain(token.substring(20))
                .contains("mit script")
                .contains(idOf(token))
                .contains("Aktiv");
        HttpResponse<String> revoked = browser.post(
                "/konto/api-noegler/" + idOf(token) + "/tilbagekald", Map.of("_csrf", browser.csrfToken("/konto")));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/konto"));
        HttpResponse<String> after = browser.get("/konto");
        assertThat(after.statusCode()).as("still signed in").isEqualTo(200);
        assertThat(after.body())
                .contains("er tilbagekaldt")
                .contains("Tilbagekaldt")
                .contains("tilbagekaldt af tok-side");
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(401);

        HttpResponse<String> othersToken = browser.post(
                "/konto/api-noegler/" + idOf(newToken(TestUsers.user(port, "tok-side-anden", "PROJEKTLEDER"), "andens"))
                        + "/tilbagekald",
                Map.of("_csrf", browser.csrfToken("/konto")));
        assertThat(othersToken.statusCode()).as("another user's token").isEqualTo(404);
    }

    @Test
    void theAdministratorMakesAndRevokesAUsersTokenOnTheUserPage() throws Exception {
        TestUsers.user(port, "tok-admin-side", "CHEF");
        Browser admin = new Browser(port);
        assertThat(admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD).statusCode())
                .isEqualTo(302);

        HttpResponse<String> made = admin.post(
                "/admin/brugere/tok-admin-side/api-noegler",
                Map.of("_csrf", admin.csrfToken("/admin/brugere/tok-admin-side"), "name", "udleveret", "days", "90"));
        assertThat(made.statusCode()).isEqualTo(200);
        Matcher shown = SHOWN_TOKEN.matcher(made.body());
        assertThat(shown.find()).isTrue();
        String token = shown.group();
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT username FROM access_log WHERE what = 'TOKEN_USED' AND detail LIKE ?",
                        String.class,
                        "token " + idOf(token) + ":%"))
                .as("used as its owner")
                .isEqualTo("tok-admin-side");

        HttpResponse<String> page = admin.get("/admin/brugere/tok-admin-side");
        assertThat(page.body()).contains("udleveret").contains("(af admin)").doesNotContain(token.substring(20));
        HttpResponse<String> revoked = admin.post(
                "/admin/brugere/tok-admin-side/api-noegler/" + idOf(token) + "/tilbagekald",
                Map.of("_csrf", admin.csrfToken("/admin/brugere/tok-admin-side")));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(bearer("GET", "/api/projects", token, null).statusCode()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT revoked_by FROM api_token WHERE id = ?", String.class, idOf(token)))
                .isEqualTo("admin");
    }

    private String newToken(JsonHttp basic, String name) {
        JsonHttp.Response made = basic.post("/api/tokens", JsonHttp.json(Map.of("name", name)));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.json().get("token").asText();
    }

    private static String idOf(String token) {
        return token.substring(3, 19);
    }

    private HttpResponse<String> bearer(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
