package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.web.FormErrors;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 18, item 8: a form's mistakes in one round, in the order of the form, each saying which field (or which
 * participant) it is about, numbers in the user's notation, and nothing stored.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormErrorSummaryIT extends PageTestBase {

    @Autowired
    FormErrors formErrors;

    TestProject project;

    @BeforeAll
    void aProject() {
        project = newProject("Fejl i én runde");
    }

    @Test
    void aNewProjectWithEverythingWrongIsToldAllAtOnceInTheFormsOrder() throws Exception {
        int before = allEvents();
        Document page = parse(send(
                "/projekter/ny",
                withHidden(
                        "/projekter/ny",
                        Map.of(
                                "name",
                                "",
                                "municipality",
                                "",
                                "startedOn",
                                LocalDate.now(clock).plusDays(3).toString()))));

        assertThat(summary(page))
                .containsExactly(
                        "#name Skriv et navn.",
                        "#municipality Skriv kommunens navn.",
                        "#area Vælg et område.",
                        "#startedOn Datoen ligger i fremtiden; journalen registrerer det, der er sket.");
        assertThat(page.getElementById("fejl").hasAttr("autofocus"))
                .as("the summary takes the focus")
                .isTrue();
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void anActorWithoutANameAndADateBeforeTheStartIsToldBothAtOnce() throws Exception {
        String path = "/projekter/" + project.id() + "/aktoerer/ny";
        int before = events(project.id());
        Document page = parse(send(
                path,
                withHidden(
                        path,
                        Map.of(
                                "kind",
                                "BORGER",
                                "name",
                                "",
                                "role",
                                "MEDDESIGNER",
                                "joinedOn",
                                STARTED.minusDays(1).toString()))));

        assertThat(summary(page))
                .containsExactly(
                        "#name Skriv et navn.", "#joinedOn Datoen ligger før projektets start (1. januar 2020).");
        assertThat(events(project.id())).isEqualTo(before);
    }

    @Test
    void anEngagementNamesTheParticipantAndReportsAnInfluenceForSomeoneNotTicked() throws Exception {
        String path = "/projekter/" + project.id() + "/engagementer/ny";
        Map<String, List<String>> fields = hiddenFields(path);
        int hanne = rowOf(fields, project.citizen());
        int lars = rowOf(fields, project.staff());
        fields.put("occurredOn", List.of(STARTED.minusDays(1).toString()));
        fields.put("participants[" + hanne + "].influence", List.of("MEDBESTEMMENDE"));
        fields.put("participants[" + lars + "].selected", List.of("true"));
        int before = events(project.id());

        Document page = parse(send(path, fields));

        List<String> expected = new ArrayList<>(List.of(
                "#kind Vælg en type.",
                "#title Skriv en titel.",
                "#occurredOn Datoen ligger før projektets start (1. januar 2020).",
                "#initiatedBy Vælg, hvem der tog initiativet."));
        Map<Integer, String> rows = new TreeMap<>(Map.of(
                hanne,
                        "#participants-" + hanne + "-influence Hanne K.: Du har valgt en indflydelse, men ikke sat "
                                + "kryds i „Deltog“. Sæt kryds, eller fjern indflydelsen.",
                lars, "#participants-" + lars + "-influence Lars B.: Vælg indflydelsen."));
        expected.addAll(rows.values());
        assertThat(summary(page)).containsExactlyElementsOf(expected);
        assertThat(page.getElementById("participants-" + hanne + "-influence-error")
                        .text())
                .contains("Hanne K.: Du har valgt en indflydelse");
        assertThat(events(project.id())).isEqualTo(before);
    }

    @Test
    void aTypologyValueOutOfRangeIsToldInTheUsersNotation() throws Exception {
        String path = "/projekter/" + project.id() + "/typologi";
        Document page = parse(send(
                path,
                withHidden(
                        path,
                        Map.of(
                                "perspective",
                                "PROJEKTLEDER",
                                "openness",
                                "1,5",
                                "centrality",
                                "-2",
                                "rationale",
                                "Vi tror",
                                "effectiveOn",
                                STARTED.plusDays(10).toString()))));

        assertThat(summary(page))
                .containsExactly(
                        "#openness Åbenheden skal ligge mellem -1 og 1.",
                        "#centrality Centraliteten skal ligge mellem -1 og 1.");
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("/projekter/ny", StartProjectForm.class),
                Arguments.of("aktoerer/ny", ActorForm.class),
                Arguments.of("afklaring", ClarificationForm.class),
                Arguments.of("ny-rolle", RoleForm.class),
                Arguments.of("afslut-rolle", RoleForm.class),
                Arguments.of("chefrefleksion", LeadershipReflectionForm.class),
                Arguments.of("engagementer/ny", EngagementForm.class),
                Arguments.of("erkendelse", InsightForm.class),
                Arguments.of("faseskift", PhaseChangeForm.class),
                Arguments.of("genindtraeden", RejoinForm.class),
                Arguments.of("kursjustering", CourseCorrectionForm.class),
                Arguments.of("ledelseshandling", LeadershipActionForm.class),
                Arguments.of("planlaegning", PlanningForm.class),
                Arguments.of("rolleskift", RoleShiftForm.class),
                Arguments.of("tilbagetraekning", RetractionForm.class),
                Arguments.of("typologi", TypologyForm.class),
                Arguments.of("udtraeden", WithdrawalForm.class));
    }

    /** The summary orders errors by the form class's fields: they must be declared in the order the page shows. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void everyFormDeclaresItsFieldsInThePagesOrder(String form, Class<?> type) throws Exception {
        String path = form.startsWith("/") ? form : "/projekter/" + project.id() + "/" + form;
        LinkedHashSet<String> shown = new LinkedHashSet<>();
        for (Element input : page(path).select("main form :is(input, select, textarea)[name]")) {
            String name = input.attr("name");
            if (!name.startsWith("_") && !input.attr("type").equals("hidden")) {
                shown.add(name);
            }
        }
        assertThat(shown).as("fields on " + path).isNotEmpty();
        List<String> inPageOrder = new ArrayList<>(shown);
        List<String> inFormOrder =
                inPageOrder.stream().sorted(FormErrors.fieldOrder(type)).toList();
        assertThat(inPageOrder)
                .as(type.getSimpleName() + " declares its fields in the order of " + path)
                .containsExactlyElementsOf(inFormOrder);
    }

    /** Each line of the error summary as "#link-target message". */
    private static List<String> summary(Document page) {
        Element summary = page.getElementById("fejl");
        assertThat(summary).as("an error summary").isNotNull();
        return summary.select("li").stream()
                .map(li -> li.selectFirst("a") == null
                        ? li.text()
                        : li.selectFirst("a").attr("href") + " " + li.text())
                .toList();
    }

    private Map<String, List<String>> withHidden(String path, Map<String, String> values) throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        values.forEach((name, value) -> fields.put(name, List.of(value)));
        return fields;
    }

    private static int rowOf(Map<String, List<String>> fields, String actorId) {
        return fields.entrySet().stream()
                .filter(e -> e.getKey().matches("participants\\[\\d+]\\.actorId")
                        && e.getValue().contains(actorId))
                .map(e -> Integer.parseInt(e.getKey().replaceAll("\\D", "")))
                .findFirst()
                .orElseThrow();
    }
}
