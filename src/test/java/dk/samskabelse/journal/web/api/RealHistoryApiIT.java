package dk.samskabelse.journal.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.samskabelse.journal.support.JournalApi;
import dk.samskabelse.journal.support.JournalIntegrationTest;
import dk.samskabelse.journal.support.JsonHttp;
import dk.samskabelse.journal.support.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12 through the JSON API: the endpoints of the new commands and the new fields of the existing ones, each
 * accepted (201) and refused with its RFC 7807 problem JSON, field paths and Danish detail. Refusals made by
 * bean validation or by the web layer (an unknown continued project) store nothing.
 */
@JournalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealHistoryApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    JsonHttp http;
    JournalApi api;
    String project;
    String citizen;
    String association;

    @BeforeAll
    void aProjectWithACitizenAndAnAssociation() {
        http = TestUsers.projectLeader(port);
        api = new JournalApi(http);
        project = api.startProject("Virkelige forløb", "2020-01-01");
        citizen = api.registerActor(project, "BORGER", "Rikke R.", "MEDDESIGNER", "2020-01-02", null);
        association = api.registerActor(project, "FORENING", "Cykelklubben", "MEDINITIATIVTAGER", "2020-01-02", null);
    }

    private String path(String tail) {
        return "/api/projects/" + project + tail;
    }

    private int events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Integer.class);
    }

    private String lastEventType(String projectId) {
        String type = jdbc.queryForObject(
                "SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number DESC LIMIT 1",
                String.class,
                projectId);
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A 400 with one field error: its path, its code, a part of its Danish message; nothing stored. */
    private JsonNode assertFieldProblem(String path, Object body, String field, String code, String messagePart) {
        int before = events();
        JsonHttp.Response response = http.post(path, JsonHttp.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        JsonNode error = null;
        for (JsonNode candidate : problem.path("errors")) {
            if (field.equals(candidate.path("field").asText())) {
                error = candidate;
            }
        }
        assertThat(error).as("error on " + field + " in " + response.body()).isNotNull();
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("message").asText()).contains(messagePart);
        assertThat(events()).isEqualTo(before);
        return problem;
    }

    private JsonHttp.Response assertCreated(String path, Object body) {
        JsonHttp.Response response = http.post(path, JsonHttp.json(body));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.text("entryId")).isNotBlank();
        return response;
    }

    // --- refusals that need no aggregate rule ---

    @Test
    void anAddedRoleWithoutARoleIsAFieldError() {
        assertFieldProblem(
                path("/actors/" + citizen + "/roles"),
                Map.of("effectiveOn", "2020-02-01"),
                "role",
                "NotNull",
                "Vælg en rolle.");
    }

    @Test
    void aRejoinWithAnUnknownRoleListsTheAllowedRoles() {
        JsonHttp.Response response = http.post(
                path("/actors/" + citizen + "/rejoining"),
                JsonHttp.json(Map.of("roles", List.of("TRYLLEKUNSTNER"), "effectiveOn", "2020-03-01")));
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("roles[0]");
        assertThat(error.path("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(error.path("message").asText()).contains("MEDDESIGNER");
    }

    @Test
    void aLeadershipActionNeedsADirectionAndWhatWasDone() {
        assertFieldProblem(
                path("/leadership-actions"),
                Map.of("action", "Orienterede direktionen"),
                "direction",
                "NotNull",
                "Vælg en ledelsesretning");
        assertFieldProblem(
                path("/leadership-actions"),
                Map.of("direction", "OP", "action", " "),
                "action",
                "NotBlank",
                "Beskriv, hvad der blev gjort");
    }

    @Test
    void anUnknownLeadershipDirectionListsTheFour() {
        JsonHttp.Response response = http.post(
                path("/leadership-actions"), JsonHttp.json(Map.of("direction", "SIDELAENS", "action", "Noget")));
        assertThat(response.status()).isEqualTo(400);
        JsonNode error = response.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("direction");
        assertThat(error.path("message").asText()).contains("OP, NED, PAA_TVAERS, UD");
    }

    @Test
    void aReflectionNeedsItsText() {
        assertFieldProblem(path("/leadership-reflections"), Map.of("text", ""), "text", "NotBlank", "Skriv teksten.");
    }

    @Test
    void aReopeningNeedsAReason() {
        assertFieldProblem(
                path("/reopening"), Map.of("effectiveOn", "2020-06-01"), "reason", "NotBlank", "Skriv en begrundelse.");
    }

    @Test
    void aPlanningWithAnUnknownInfluenceListsTheAllowedValues() {
        JsonHttp.Response response = http.post(
                path("/plannings"), JsonHttp.json(Map.of("fixedFrame", "Budgettet", "intendedInfluence", "ALT")));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asText()).isEqualTo("intendedInfluence");
        assertThat(response.json().path("errors").get(0).path("message").asText())
                .contains("MEDBESTEMMENDE");
    }

    @Test
    void aNegativeAttendanceIsAFieldErrorOnItsRow() {
        assertFieldProblem(
                path("/engagements"),
                Map.of(
                        "kind",
                        "AKTIVITET",
                        "title",
                        "Aktivitetsdag",
                        "occurredOn",
                        "2020-05-01",
                        "initiatedBy",
                        association,
                        "participants",
                        List.of(Map.of("actorId", association, "influence", "INDDRAGET")),
                        "attendance",
                        List.of(Map.of("kind", "BORGER", "count", -1))),
                "attendance[0].count",
                "Min",
                "mindst 0");
    }

    @Test
    void aTargetGroupWithoutAStatusIsAFieldErrorOnItsRow() {
        assertFieldProblem(
                path("/clarifications"),
                Map.of(
                        "successCriteria",
                        List.of("50 deltagere"),
                        "targetGroups",
                        List.of(Map.of("name", "Unge mellem 15 og 25"))),
                "targetGroups[0].status",
                "NotNull",
                "Feltet skal udfyldes");
    }

    @Test
    void aContinuationOfAnUnknownProjectIsRefusedOnItsField() {
        JsonNode problem = assertFieldProblem(
                "/api/projects",
                Map.of(
                        "name",
                        "Afsæt",
                        "municipality",
                        "Næstved",
                        "area",
                        "SUNDHED",
                        "startedOn",
                        "2021-01-01",
                        "continuesProjectId",
                        "00000000-0000-0000-0000-00000000abcd"),
                "continuesProjectId",
                "UNKNOWN_PROJECT",
                "Projektet, som dette viderefører, findes ikke");
        assertThat(problem.path("code").asText()).isEqualTo("UNKNOWN_PROJECT");
        assertThat(problem.path("type").asText()).endsWith("/invalid-request");
    }

    /** A project of another leader is answered exactly like one that does not exist: ids cannot be probed. */
    @Test
    void aContinuationOfAProjectTheUserMayNotReadIsRefusedLikeAnUnknownOne() {
        String hidden = new JournalApi(TestUsers.user(port, "anden-leder-12", "PROJEKTLEDER"))
                .startProject("Andens projekt", "2020-01-01");
        assertFieldProblem(
                "/api/projects",
                Map.of(
                        "name",
                        "Afsæt",
                        "municipality",
                        "Næstved",
                        "area",
                        "SUNDHED",
                        "startedOn",
                        "2021-01-01",
                        "continuesProjectId",
                        hidden),
                "continuesProjectId",
                "UNKNOWN_PROJECT",
                "Projektet, som dette viderefører, findes ikke");
    }

    @Test
    void aContinuationOfAReadableProjectStartsTheProject() {
        JsonHttp.Response response = http.post(
                "/api/projects",
                JsonHttp.json(Map.of(
                        "name",
                        "Næste skridt",
                        "municipality",
                        "Næstved",
                        "area",
                        "SUNDHED",
                        "startedOn",
                        "2021-01-01",
                        "continuesProjectId",
                        project)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(lastEventType(response.text("projectId"))).isEqualTo("ProjectStarted");
    }

    @Test
    void theNewEndpointsAreDocumentedInOpenApi() {
        JsonHttp.Response docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        JsonNode paths = docs.json().path("paths");
        for (String endpoint : List.of(
                "/actors/{actorId}/roles",
                "/actors/{actorId}/role-endings",
                "/actors/{actorId}/rejoining",
                "/reopening",
                "/plannings",
                "/leadership-actions",
                "/leadership-reflections")) {
            JsonNode post = paths.path("/api/projects/{projectId}" + endpoint).path("post");
            assertThat(post.path("summary").asText()).as(endpoint).isNotBlank();
        }
        JsonNode schemas = docs.json().path("components").path("schemas");
        assertThat(schemas.path("StartProjectRequest").path("properties").has("continuesProjectId"))
                .isTrue();
        assertThat(schemas.path("ClarificationRequest").path("properties").has("taskOrigin"))
                .isTrue();
        assertThat(schemas.path("EngagementRequest").path("properties").has("attendance"))
                .isTrue();
        assertThat(schemas.path("RoleShiftRequest").path("properties").has("fromRole"))
                .isTrue();
        assertThat(schemas.path("RegisterActorRequest").path("properties").has("commercialSupplier"))
                .isTrue();
    }

    // --- what the aggregate records and refuses ---

    @Test
    void anActorHoldsTwoRolesAndEndsOneButNotItsLast() {
        String actor = api.registerActor(project, "BORGER", "Dobbelt D.", "MEDDESIGNER", "2020-01-05", null);
        assertCreated(
                path("/actors/" + actor + "/roles"),
                Map.of("role", "MEDPRODUCENT", "effectiveOn", "2020-02-01", "reason", "Dobbeltrolle (seed 001)"));
        assertThat(lastEventType(project)).isEqualTo("RoleAdded");
        // A shift of an actor holding two roles must say which one it replaces.
        JsonHttp.Response ambiguous = http.post(
                path("/actors/" + actor + "/role-shifts"),
                JsonHttp.json(Map.of("role", "BRUGER", "effectiveOn", "2020-03-01")));
        assertThat(ambiguous.status()).as(ambiguous.body()).isEqualTo(400);
        assertThat(ambiguous.json().path("code").asText()).isEqualTo("FROM_ROLE_REQUIRED");
        assertCreated(
                path("/actors/" + actor + "/role-shifts"),
                Map.of("role", "BRUGER", "fromRole", "MEDDESIGNER", "effectiveOn", "2020-03-01"));
        assertCreated(
                path("/actors/" + actor + "/role-endings"), Map.of("role", "BRUGER", "effectiveOn", "2020-04-01"));
        assertThat(lastEventType(project)).isEqualTo("RoleEnded");
        JsonHttp.Response last = http.post(
                path("/actors/" + actor + "/role-endings"),
                JsonHttp.json(Map.of("role", "MEDPRODUCENT", "effectiveOn", "2020-05-01")));
        assertThat(last.status()).as(last.body()).isEqualTo(409);
        assertThat(last.json().path("code").asText()).isEqualTo("LAST_ROLE");
        assertThat(last.json().path("detail").asText()).contains("eneste rolle");
    }

    @Test
    void anActorWithdrawsAndRejoinsButOnlyAfterWithdrawing() {
        String actor = api.registerActor(project, "BORGER", "Kommer Igen", "BRUGER", "2020-01-05", null);
        JsonHttp.Response notWithdrawn =
                http.post(path("/actors/" + actor + "/rejoining"), JsonHttp.json(Map.of("effectiveOn", "2020-02-01")));
        assertThat(notWithdrawn.status()).as(notWithdrawn.body()).isEqualTo(409);
        assertThat(notWithdrawn.json().path("code").asText()).isEqualTo("ACTOR_NOT_WITHDRAWN");
        assertThat(http.post(
                                path("/actors/" + actor + "/withdrawal"),
                                JsonHttp.json(Map.of("effectiveOn", "2020-02-01")))
                        .status())
                .isEqualTo(201);
        assertCreated(
                path("/actors/" + actor + "/rejoining"),
                Map.of(
                        "roles",
                        List.of("MEDPRODUCENT"),
                        "effectiveOn",
                        "2020-04-01",
                        "reason",
                        "Fleksibel inddragelse (seed 000)"));
        assertThat(lastEventType(project)).isEqualTo("ActorRejoined");
    }

    @Test
    void aJointInitiativeWithAttendanceIsRecordedAndADuplicateInitiatorRefused() {
        Map<String, Object> engagement = Map.of(
                "kind",
                "AKTIVITET",
                "title",
                "Aktivitetsdag i parken",
                "occurredOn",
                "2020-05-01",
                "initiatedBy",
                association,
                "coInitiators",
                List.of(citizen),
                "participants",
                List.of(Map.of("actorId", association, "influence", "BESTEMMENDE")),
                "attendance",
                List.of(Map.of("kind", "BORGER", "count", 150), Map.of("count", 12)));
        JsonHttp.Response created = http.post(path("/engagements"), JsonHttp.json(engagement));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(lastEventType(project)).isEqualTo("EngagementRecorded");
        JsonHttp.Response duplicate = http.post(
                path("/engagements"),
                JsonHttp.json(Map.of(
                        "kind",
                        "MOEDE",
                        "title",
                        "Møde",
                        "occurredOn",
                        "2020-05-02",
                        "initiatedBy",
                        association,
                        "coInitiators",
                        List.of(association),
                        "participants",
                        List.of(Map.of("actorId", association, "influence", "HOERT")))));
        assertThat(duplicate.status()).as(duplicate.body()).isEqualTo(400);
        assertThat(duplicate.json().path("code").asText()).isEqualTo("DUPLICATE_INITIATOR");
    }

    @Test
    void aClosedProjectTakesAReflectionAndAnInsightRefusesAPlanningAndIsReopened() {
        String closing = api.startProject("Lukket og genåbnet", "2020-01-01");
        JsonHttp.Response notClosed = http.post(
                "/api/projects/" + closing + "/reopening",
                JsonHttp.json(Map.of("effectiveOn", "2020-06-01", "reason", "Fejl")));
        assertThat(notClosed.status()).as(notClosed.body()).isEqualTo(409);
        assertThat(notClosed.json().path("code").asText()).isEqualTo("NOT_CLOSED");
        assertThat(http.post(
                                "/api/projects/" + closing + "/closure",
                                JsonHttp.json(Map.of("effectiveOn", "2020-06-01")))
                        .status())
                .isEqualTo(201);

        assertCreated(
                "/api/projects/" + closing + "/leadership-reflections",
                Map.of("text", "Jeg skulle have inddraget direktionen tidligere", "effectiveOn", "2020-07-01"));
        assertCreated(
                "/api/projects/" + closing + "/insights",
                Map.of("focus", "FORANKRING", "text", "Børneskoven lever videre", "effectiveOn", "2020-08-01"));
        JsonHttp.Response planning = http.post(
                "/api/projects/" + closing + "/plannings",
                JsonHttp.json(Map.of("fixedFrame", "Budgettet", "effectiveOn", "2020-07-01")));
        assertThat(planning.status()).as(planning.body()).isEqualTo(409);
        assertThat(planning.json().path("code").asText()).isEqualTo("PROJECT_CLOSED");

        JsonHttp.Response early = http.post(
                "/api/projects/" + closing + "/reopening",
                JsonHttp.json(Map.of("effectiveOn", "2020-05-01", "reason", "Lukket ved en fejl")));
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().path("code").asText()).isEqualTo("DATE_BEFORE_CLOSURE");
        assertCreated(
                "/api/projects/" + closing + "/reopening",
                Map.of("effectiveOn", "2020-09-01", "reason", "Lukket ved en fejl"));
        assertThat(lastEventType(closing)).isEqualTo("ProjectReopened");
        assertCreated(
                "/api/projects/" + closing + "/plannings",
                Map.of("fixedFrame", "Budgettet", "intendedInfluence", "MEDBESTEMMENDE", "effectiveOn", "2020-09-02"));
        assertThat(lastEventType(closing)).isEqualTo("PlanningRecorded");
    }

    /** Must-show 3 of issue 12: an insert that would make a later entry impossible, named in Danish. */
    @Test
    void aBackDatedShiftThatContradictsALaterOneIsRefusedNamingIt() {
        String actor = api.registerActor(project, "BORGER", "Senere S.", "MEDDESIGNER", "2020-01-05", null);
        String later = api.shiftRole(project, actor, "MEDPRODUCENT", "2020-04-01", "Står for aktivitetsdagen");
        int before = events();

        JsonHttp.Response refused = http.post(
                path("/actors/" + actor + "/role-shifts"),
                JsonHttp.json(Map.of("role", "MEDPRODUCENT", "effectiveOn", "2020-03-01")));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("CONTRADICTS_LATER_ENTRY");
        assertThat(refused.json().path("detail").asText())
                .isEqualTo("Indførslen ville gøre en senere indførsel umulig: Rolleskift dateret 2020-04-01 (indførsel "
                        + later + "). Ret eller træk den senere indførsel tilbage først.");
        assertThat(events()).isEqualTo(before);
        JsonHttp.Response english = http.inLanguage("en")
                .post(
                        path("/actors/" + actor + "/role-shifts"),
                        JsonHttp.json(Map.of("role", "MEDPRODUCENT", "effectiveOn", "2020-03-01")));
        assertThat(english.json().path("detail").asText()).contains("Role shift dated 2020-04-01");
    }

    @Test
    void anEmptyPlanningIsRefused() {
        JsonHttp.Response empty = http.post(path("/plannings"), JsonHttp.json(Map.of("effectiveOn", "2020-03-01")));
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
        assertThat(empty.json().path("code").asText()).isEqualTo("PLANNING_EMPTY");
    }

    @Test
    void aLeadershipActionAndTheNewAfklaringFieldsAreRecorded() {
        String chef = api.registerActor(project, "CHEF", "Chefen", "MAALSAETTENDE", "2020-01-02", null);
        assertCreated(
                path("/leadership-actions"),
                Map.of(
                        "direction",
                        "OP",
                        "act",
                        "KONVENER",
                        "actorId",
                        chef,
                        "action",
                        "Samlede direktion og foreninger",
                        "reason",
                        "Politisk opbakning",
                        "effectiveOn",
                        "2020-02-01"));
        assertThat(lastEventType(project)).isEqualTo("LeadershipActionRecorded");
        assertCreated(
                path("/clarifications"),
                Map.of(
                        "successCriteria",
                        List.of("Syv kommuner deltager"),
                        "taskOrigin",
                        "ANDEN_OFFENTLIG_MYNDIGHED",
                        "partnerOrganisations",
                        List.of("Region Sjælland"),
                        "targetGroups",
                        List.of(
                                Map.of("name", "Ensomme ældre", "status", "INVITERET"),
                                Map.of("name", "Skoleklasser", "status", "FRAVALGT", "reason", "Andet projekt")),
                        "effectiveOn",
                        "2020-01-15"));
        assertThat(lastEventType(project)).isEqualTo("ProjectClarified");
        String supplier = api.http()
                .post(
                        path("/actors"),
                        JsonHttp.json(Map.of(
                                "kind",
                                "VIRKSOMHED",
                                "name",
                                "Arkitekterne",
                                "role",
                                "RESSOURCEPERSON",
                                "joinedOn",
                                "2020-02-01",
                                "commercialSupplier",
                                true)))
                .text("actorId");
        assertThat(supplier).isNotBlank();
    }
}
