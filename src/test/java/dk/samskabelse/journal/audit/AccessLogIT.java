package dk.samskabelse.journal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.support.Browser;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log records reads of timelines and exports (user, time, project, what) and is append-only for the
 * application: the repository can only insert and read, and the database refuses UPDATE and DELETE. The reads
 * are a project leader's, so the log names that leader; the administrator reads the log.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessLogIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccessLog accessLog;

    @Autowired
    ProjectionProcessors processors;

    /** The project leader who starts the project and reads it. */
    JsonHttp http;

    String projectId;
    String actorId;

    @BeforeAll
    void aProject() {
        http = TestUsers.projectLeader(port);
        JournalApi api = new JournalApi(http);
        projectId = api.startProject("Adgangslog", "2020-01-01");
        actorId = api.registerActor(projectId, "BORGER", "Logget L.", "MEDDESIGNER", "2020-01-02", "logget@example.dk");
        assertThat(processors.awaitCaughtUp(Duration.ofSeconds(30)))
                .as(() -> "projections caught up: " + processors.progress())
                .isTrue();
    }

    @Test
    void reads_of_timelines_and_exports_are_logged_with_user_project_and_what() throws Exception {
        long before = count();
        ok("/api/projects/" + projectId + "/timeline");
        ok("/api/projects/" + projectId + "/roles?asOf=2020-01-05");
        ok("/api/projects/" + projectId + "/events?format=csv");
        ok("/api/projects/" + projectId + "/events");
        ok("/api/projects/" + projectId + "/typology?model=typology-model-hearings");
        page("/projekter/" + projectId);

        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT username, project_id, what, detail, at "
                        + "FROM access_log WHERE project_id = ? ORDER BY id DESC LIMIT 6",
                projectId);
        assertThat(count()).isEqualTo(before + 6);
        assertThat(rows)
                .extracting(r -> r.get("what") + " " + r.get("detail"))
                .containsExactly(
                        "TIMELINE journal page",
                        "REPLAY typology model=typology-model-hearings",
                        "EXPORT_NDJSON events",
                        "EXPORT_CSV events",
                        "REPLAY roles asOf=2020-01-05",
                        "TIMELINE timeline");
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("username")).isEqualTo(TestUsers.LEADER);
            assertThat(row.get("at")).isNotNull();
        });
        assertThat(jdbc.queryForList("SELECT detail FROM access_log", String.class))
                .noneMatch(detail -> detail != null && detail.contains("Logget"));
    }

    @Test
    void a_read_of_an_unknown_project_is_logged_as_denied_and_answered_as_before() {
        String unknown = "00000000-0000-0000-0000-000000000000";
        JsonHttp.Response answer = http.get("/api/projects/" + unknown + "/timeline");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("UNKNOWN_PROJECT");
        assertThat(last())
                .containsEntry("username", TestUsers.LEADER)
                .containsEntry("project_id", unknown)
                .containsEntry("what", "DENIED")
                .containsEntry("detail", "GET /api/projects/" + unknown + "/timeline answered 404");
    }

    /** Review 2026-12-04, 7a: probing another user's project left no trace. */
    @Test
    void a_read_of_a_project_the_user_may_not_read_is_logged_as_denied_answered_like_an_unknown_one() {
        JsonHttp other = TestUsers.user(port, "adgangslog-anden-leder", "PROJEKTLEDER");
        JsonHttp.Response hidden = other.get("/api/projects/" + projectId + "/timeline");
        JsonHttp.Response unknown = other.get("/api/projects/00000000-0000-0000-0000-000000000001/timeline");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).isEqualTo(unknown.body().replace("00000000-0000-0000-0000-000000000001", projectId));
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT username, what, detail FROM access_log "
                        + "WHERE project_id = ? AND what = 'DENIED' ORDER BY id DESC",
                projectId);
        assertThat(rows).first().satisfies(row -> {
            assertThat(row.get("username")).isEqualTo("adgangslog-anden-leder");
            assertThat(row.get("detail")).isEqualTo("GET /api/projects/" + projectId + "/timeline answered 404");
        });

        Browser browser = new Browser(port);
        browser.login("adgangslog-anden-leder", TestUsers.PASSWORD);
        assertThat(browser.get("/projekter/" + projectId).statusCode()).isEqualTo(404);
        assertThat(last())
                .containsEntry("username", "adgangslog-anden-leder")
                .containsEntry("project_id", projectId)
                .containsEntry("what", "DENIED")
                .containsEntry("detail", "GET /projekter/" + projectId + " answered 404");
    }

    @Test
    void a_refused_admin_read_is_logged_as_denied() {
        JsonHttp researcher = TestUsers.user(port, "adgangslog-forsker", "FORSKER");
        assertThat(researcher
                        .get("/api/admin/projects/" + projectId + "/actors")
                        .status())
                .isEqualTo(403);
        assertThat(last())
                .containsEntry("username", "adgangslog-forsker")
                .containsEntry("project_id", projectId)
                .containsEntry("what", "DENIED")
                .containsEntry("detail", "GET /api/admin/projects/" + projectId + "/actors answered 403");

        Browser browser = new Browser(port);
        browser.login("adgangslog-forsker", TestUsers.PASSWORD);
        assertThat(browser.get("/admin/personoplysninger").statusCode()).isEqualTo(403);
        assertThat(last())
                .containsEntry("username", "adgangslog-forsker")
                .containsEntry("what", "DENIED")
                .containsEntry("detail", "GET /admin/personoplysninger answered 403");
    }

    /** Review 2026-12-04, 7a: the administrator's reads of names and contacts were not logged. */
    @Test
    void an_administrators_reads_of_personal_data_are_logged() {
        JsonHttp.Response actors = TestUsers.admin(port).get("/api/admin/projects/" + projectId + "/actors");
        assertThat(actors.status()).isEqualTo(200);
        assertThat(actors.body()).contains("Logget L.");
        assertThat(last())
                .containsEntry("username", TestUsers.ADMIN)
                .containsEntry("project_id", projectId)
                .containsEntry("what", "PERSONAL_DATA")
                .containsEntry("detail", "actors (API)");

        Browser browser = new Browser(port);
        browser.login(TestUsers.ADMIN, TestUsers.ADMIN_PASSWORD);
        assertThat(browser.get("/admin/personoplysninger?projekt=" + projectId).statusCode())
                .isEqualTo(200);
        assertThat(last())
                .containsEntry("username", TestUsers.ADMIN)
                .containsEntry("project_id", projectId)
                .containsEntry("what", "PERSONAL_DATA")
                .containsEntry("detail", "actors (page)");
        assertThat(browser.get("/admin/personoplysninger/" + projectId + "/" + actorId + "/sletning")
                        .statusCode())
                .isEqualTo(200);
        assertThat(last())
                .containsEntry("username", TestUsers.ADMIN)
                .containsEntry("project_id", projectId)
                .containsEntry("what", "PERSONAL_DATA")
                .containsEntry("detail", "erasure confirmation, actor " + actorId + " (page)");
    }

    Map<String, Object> last() {
        return jdbc.queryForMap("SELECT username, project_id, what, detail FROM access_log ORDER BY id DESC LIMIT 1");
    }

    @Test
    void the_evaluation_report_can_be_logged_through_the_service() {
        accessLog.record(AccessKind.EVALUATION, projectId, "evaluation");
        assertThat(accessLog.recent(projectId, "system", 1))
                .singleElement()
                .satisfies(entry -> assertThat(entry.getWhat()).isEqualTo(AccessKind.EVALUATION));
    }

    @Test
    void the_administrator_reads_the_log_newest_first() {
        ok("/api/projects/" + projectId + "/phases");
        JsonNode log = TestUsers.admin(port)
                .get("/api/admin/access-log?projectId=" + projectId + "&limit=2")
                .json();
        assertThat(log).hasSize(2);
        assertThat(log.get(0).path("id").asLong())
                .isGreaterThan(log.get(1).path("id").asLong());
        assertThat(log.get(0).path("detail").asText()).isEqualTo("phases");
        assertThat(log.get(0).path("username").asText()).isEqualTo(TestUsers.LEADER);
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_log_entry() {
        ok("/api/projects/" + projectId + "/timeline");
        long before = count();

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET username = 'someone else'"))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining(refusal());
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE project_id = ?", projectId))
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining(refusal());
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM access_log WHERE username = 'someone else'", Long.class))
                .isZero();
    }

    @Test
    void the_repository_offers_insert_and_read_only() {
        assertThat(CrudRepository.class.isAssignableFrom(AccessLogRepository.class))
                .isFalse();
        assertThat(Arrays.stream(AccessLogRepository.class.getMethods()).map(Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find") || name.equals("count"));
    }

    /** What the database answers an UPDATE or DELETE of the log with: the trigger's refusal on H2. */
    String refusal() {
        return "append-only";
    }

    long count() {
        return jdbc.queryForObject("SELECT count(*) FROM access_log", Long.class);
    }

    void ok(String path) {
        JsonHttp.Response response = http.get(path);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
    }

    /** A page of the web journal, read by the project leader signed in through the login form. */
    void page(String path) {
        Browser browser = new Browser(port);
        browser.login(TestUsers.LEADER, TestUsers.PASSWORD);
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
    }
}
