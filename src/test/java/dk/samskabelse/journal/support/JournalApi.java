package dk.samskabelse.journal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The journal's write API in the words of a test scenario; each call asserts it was accepted. */
public final class JournalApi {

    private final JsonHttp http;

    public JournalApi(JsonHttp http) {
        this.http = http;
    }

    public JsonHttp http() {
        return http;
    }

    public String startProject(String name, String startedOn) {
        return accepted(
                http.post(
                        "/api/projects",
                        JsonHttp.json(Map.of(
                                "name",
                                name,
                                "municipality",
                                "Næstved",
                                "area",
                                "SUNDHED",
                                "purpose",
                                "Fællesskab i naturen",
                                "startedOn",
                                startedOn))),
                "projectId");
    }

    public String registerActor(
            String projectId, String kind, String name, String role, String joinedOn, String contact) {
        Map<String, Object> body =
                new LinkedHashMap<>(Map.of("kind", kind, "name", name, "role", role, "joinedOn", joinedOn));
        if (contact != null) {
            body.put("contact", contact);
        }
        return accepted(http.post("/api/projects/" + projectId + "/actors", JsonHttp.json(body)), "actorId");
    }

    public String shiftRole(String projectId, String actorId, String role, String effectiveOn, String reason) {
        return accepted(
                http.post(
                        "/api/projects/" + projectId + "/actors/" + actorId + "/role-shifts",
                        JsonHttp.json(Map.of("role", role, "effectiveOn", effectiveOn, "reason", reason))),
                "entryId");
    }

    public String recordEngagement(
            String projectId,
            String kind,
            String title,
            String occurredOn,
            String initiatedBy,
            Map<String, String> influenceByActor) {
        List<Map<String, String>> participants = influenceByActor.entrySet().stream()
                .map(e -> Map.of("actorId", e.getKey(), "influence", e.getValue()))
                .toList();
        return accepted(
                http.post(
                        "/api/projects/" + projectId + "/engagements",
                        JsonHttp.json(Map.of(
                                "kind",
                                kind,
                                "title",
                                title,
                                "occurredOn",
                                occurredOn,
                                "initiatedBy",
                                initiatedBy,
                                "participants",
                                participants))),
                "engagementId");
    }

    public String changePhase(String projectId, String phase, String effectiveOn) {
        return accepted(
                http.post(
                        "/api/projects/" + projectId + "/phase-changes",
                        JsonHttp.json(Map.of("phase", phase, "effectiveOn", effectiveOn))),
                "entryId");
    }

    public String retract(String projectId, String entryId, String reason) {
        return accepted(
                http.post(
                        "/api/projects/" + projectId + "/retractions",
                        JsonHttp.json(Map.of("entryId", entryId, "reason", reason))),
                "entryId");
    }

    private static String accepted(JsonHttp.Response response, String idField) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.text(idField);
        assertThat(id).isNotBlank();
        return id;
    }
}
