package dk.samskabelse.journal.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18, items 1 and 2: the journal's own pages read the JSON API with the signed-in session, never asking for
 * the password again: the rebuild page's progress poll (GET /api/admin/projections) and the replay's event export
 * links (GET /api/projects/{id}/events, saved as a file). A write with only the session's cookie is refused
 * (SessionContextForReads), a session's reads end with its user, and a browser whose session ended gets its 401
 * without the Basic challenge that would open the browser's password dialog. Scripts keep Basic and tokens.
 */
@JournalIntegrationTest
class BrowserSessionApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ProjectionProcessors processors;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRebuildPagesPollReadsTheProgressWithTheAdministratorsSession() {
        Browser admin = new Browser(port);
        admin.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);

        HttpResponse<String> progress = admin.fetchJson("GET", "/api/admin/projections", null);

        assertThat(progress.statusCode()).as(progress.body()).isEqualTo(200);
        assertThat(progress.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(progress.body()).contains("\"running\"", "\"processors\"");
        assertThat(admin.get("/admin/genopbygning").body())
                .contains(
                        "data-poll=\"/api/admin/projections\"", "data-text-signed-out=\"Du er ikke længere logget ind");
    }

    @Test
    void theEventExportLinksDownloadAFileWithTheSignedInSession() {
        JsonHttp leaderApi = TestUsers.projectLeader(port);
        String project = new JournalApi(leaderApi).startProject("Eksport med sessionen", "2024-01-08");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30))).isTrue();
        Browser leader = new Browser(port);
        leader.login(TestUsers.LEADER, TestUsers.PASSWORD);

        for (String query : new String[] {"", "?format=csv", "?format=csv&asOf=2024-02-01"}) {
            HttpResponse<String> export = leader.fetchJson("GET", "/api/projects/" + project + "/events" + query, null);
            assertThat(export.statusCode()).as(query + ": " + export.body()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Disposition"))
                    .as(query)
                    .hasValueSatisfying(disposition -> assertThat(disposition)
                            .startsWith("attachment")
                            .contains("filename=")
                            .contains(query.contains("csv") ? ".csv" : ".ndjson"));
            assertThat(export.body()).as(query).contains("ProjectStarted");
        }
    }

    @Test
    void aWriteWithOnlyTheSessionsCookieIsRefusedAndStoresNothing() {
        Browser leader = new Browser(port);
        leader.login(TestUsers.LEADER, TestUsers.PASSWORD);
        Integer before = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);

        HttpResponse<String> started = leader.fetchJson(
                "POST",
                "/api/projects",
                "{\"name\":\"Kun med cookie\",\"startedOn\":\"2024-01-08\",\"municipality\":\"Lejre\","
                        + "\"area\":\"KULTUR_OG_FRITID\",\"purpose\":\"Formål\"}");

        assertThat(started.statusCode()).as(started.body()).isEqualTo(401);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void anEndedSessionReadsNothingAndIsNotAskedForAPassword() {
        TestUsers.user(port, "session-api-leder", "PROJEKTLEDER");
        Browser leader = new Browser(port);
        leader.login("session-api-leder", TestUsers.PASSWORD);
        assertThat(leader.fetchJson("GET", "/api/projects", null).statusCode()).isEqualTo(200);

        assertThat(TestUsers.admin(port)
                        .send(
                                "PUT",
                                "/api/admin/users/session-api-leder/enabled",
                                "{\"enabled\":false}",
                                "application/json")
                        .status())
                .isEqualTo(204);

        HttpResponse<String> after = leader.fetchJson("GET", "/api/projects", null);
        assertThat(after.statusCode()).isEqualTo(401);
        assertThat(after.headers().firstValue("WWW-Authenticate"))
                .as("no password dialog")
                .isEmpty();
        assertThat(after.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
    }

    @Test
    void aScriptWithoutCredentialsIsStillChallengedForThem() {
        HttpResponse<String> anonymous = new Browser(port).fetchJson("GET", "/api/projects", null);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
    }
}
