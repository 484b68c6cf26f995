package dk.samskabelse.journal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A project whose actors carry unique marker strings in name, organisation and contact, and whose entries carry
 * marked free texts: "SKJULT-…" where the entry is not shareable, "DELT-…" where it is. Tests search their
 * outputs (research views, database dumps, logs) for the markers.
 */
public final class PrivacyScenario {

    /** One actor's markers: every one of them is personal data that must not leak. */
    public record Actor(String actorId, String name, String organisation, String contact) {

        public List<String> markers() {
            return List.of(name, organisation, contact);
        }
    }

    private final JsonHttp http;
    public final String projectId;
    public final Actor citizen;
    public final Actor staff;
    public final List<String> hiddenTexts;
    public final List<String> sharedTexts;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private PrivacyScenario(JsonHttp http, String projectName) {
        this.http = http;
        projectId = new JournalApi(http).startProject(projectName, "2020-01-01");
        citizen = actor("BORGER", "MEDDESIGNER", "2020-01-02", "borger");
        staff = actor("MEDARBEJDER", "FACILITATOR", "2020-01-01", "medarbejder");
        post("/clarifications", Map.of("successCriteria", List.of(hidden("kriterie")), "effectiveOn", "2020-01-03"));
        post(
                "/typology-declarations",
                Map.of(
                        "openness",
                        0.4,
                        "centrality",
                        -0.2,
                        "rationale",
                        hidden("rationale"),
                        "effectiveOn",
                        "2020-01-03"));
        post(
                "/actors/" + citizen.actorId() + "/role-shifts",
                Map.of("role", "INNOVATOR", "effectiveOn", "2020-02-01", "reason", hidden("rolleskift")));
        post(
                "/actors/" + citizen.actorId() + "/role-shifts",
                Map.of(
                        "role",
                        "MEDPRODUCENT",
                        "effectiveOn",
                        "2020-03-01",
                        "reason",
                        shared("rolleskift"),
                        "shareable",
                        true));
        post("/engagements", engagement(hidden("titel"), hidden("note"), false, "2020-02-10"));
        post("/engagements", engagement(shared("titel"), shared("note"), true, "2020-03-10"));
        post("/phase-changes", Map.of("phase", "PLANLAEGNING", "effectiveOn", "2020-02-15", "note", hidden("fase")));
        post(
                "/course-corrections",
                Map.of("decision", hidden("beslutning"), "reason", hidden("kurs"), "effectiveOn", "2020-03-15"));
        post(
                "/insights",
                Map.of("focus", "PROCES", "text", shared("indsigt"), "effectiveOn", "2020-03-20", "shareable", true));
        post(
                "/actors/" + citizen.actorId() + "/withdrawal",
                Map.of("effectiveOn", "2020-04-01", "reason", hidden("udtraeden")));
        hiddenTexts = List.of(
                hidden("kriterie"),
                hidden("rationale"),
                hidden("rolleskift"),
                hidden("titel"),
                hidden("note"),
                hidden("fase"),
                hidden("beslutning"),
                hidden("kurs"),
                hidden("udtraeden"));
        sharedTexts = List.of(shared("rolleskift"), shared("titel"), shared("note"), shared("indsigt"));
    }

    public static PrivacyScenario create(JsonHttp http, String projectName) {
        return new PrivacyScenario(http, projectName);
    }

    public String path(String suffix) {
        return "/api/projects/" + projectId + suffix;
    }

    private Actor actor(String kind, String role, String joinedOn, String what) {
        String name = "Navn-" + what + "-" + tag;
        String organisation = "Org-" + what + "-" + tag;
        String contact = what + "-" + tag + "@example.dk";
        Map<String, Object> body = new LinkedHashMap<>(Map.of(
                "kind",
                kind,
                "name",
                name,
                "role",
                role,
                "joinedOn",
                joinedOn,
                "organisation",
                organisation,
                "contact",
                contact));
        JsonHttp.Response response = http.post(path("/actors"), JsonHttp.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new Actor(response.text("actorId"), name, organisation, contact);
    }

    private Map<String, Object> engagement(String title, String notes, boolean shareable, String on) {
        return Map.of(
                "kind",
                "WORKSHOP",
                "title",
                title,
                "occurredOn",
                on,
                "initiatedBy",
                citizen.actorId(),
                "participants",
                List.of(
                        Map.of("actorId", citizen.actorId(), "influence", "MEDBESTEMMENDE"),
                        Map.of("actorId", staff.actorId(), "influence", "INDDRAGET")),
                "contributions",
                List.of(Map.of("actorId", citizen.actorId(), "type", "VIDEN")),
                "notes",
                notes,
                "shareable",
                shareable);
    }

    private void post(String suffix, Map<String, Object> body) {
        JsonHttp.Response response = http.post(path(suffix), JsonHttp.json(body));
        assertThat(response.status()).as(suffix + ": " + response.body()).isEqualTo(201);
    }

    private String hidden(String what) {
        return "SKJULT-" + what + "-" + tag;
    }

    private String shared(String what) {
        return "DELT-" + what + "-" + tag;
    }
}
