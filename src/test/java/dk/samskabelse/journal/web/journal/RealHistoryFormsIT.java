package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 12's forms: each new form is shown in Danish and English; each mistake the web layer can see is shown
 * next to its field in Danish, keeps what was typed and stores nothing; a closed project offers only what it
 * still accepts and says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealHistoryFormsIT extends PageTestBase {

    @Autowired
    dk.samskabelse.journal.web.KeyedIds keyedIds;

    TestProject project;

    @BeforeAll
    void aProject() {
        project = newProject("Virkelige forløb i formularer");
    }

    static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return fields;
    }

    /** A form sent with a mistake and the Danish message that must stand next to the field (by its id). */
    record Invalid(
            String name,
            String path,
            Function<TestProject, Map<String, List<String>>> fields,
            String fieldId,
            String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "ny-rolle",
                "afslut-rolle",
                "genindtraeden",
                "genaabning",
                "planlaegning",
                "ledelseshandling",
                "chefrefleksion",
                "afklaring",
                "rolleskift",
                "engagementer/ny",
                "aktoerer/ny"
            })
    void everyFormIsShownInDanishAndEnglish(String form) throws Exception {
        String path = "/projekter/" + project.id() + "/" + form;
        Document danish = page(path);
        Document english = page(path + "?lang=en");
        assertThat(danish.html()).doesNotContain("??");
        assertThat(english.html()).doesNotContain("??");
        assertThat(danish.select("form input[name=entryId]")).hasSize(1);
        assertThat(danish.selectFirst("h1").text())
                .isNotEqualTo(english.selectFirst("h1").text());
    }

    @Test
    void theAfklaringFormExplainsEveryTaskOriginWithTheSeeds() throws Exception {
        Document form = page("/projekter/" + project.id() + "/afklaring");
        assertThat(form.select("input[name=taskOrigin]")).hasSize(8);
        assertThat(form.getElementById("taskOrigin-hint").text())
                .contains("Seed 002")
                .contains("Seed 004");
        assertThat(form.getElementById("taskOrigin-POLITIKERE-help").text()).contains("Gentofte");
        assertThat(form.getElementById("taskOrigin-BORGERE-help").text()).contains("seed 004");
        assertThat(form.select("input[name='targetGroups[0].name']")).hasSize(1);
        assertThat(form.getElementById("partnerOrganisations")).isNotNull();
    }

    @Test
    void thePlanningFormGivesSeed002sFocusPointsAsHelp() throws Exception {
        Document form = page("/projekter/" + project.id() + "/planlaegning");
        assertThat(form.getElementById("elasticFrame-hint").text()).contains("elastik og spillerum");
        assertThat(form.getElementById("timeFrame-hint").text()).contains("realistisk tidsramme");
        assertThat(form.getElementById("recruitment-hint").text()).contains("Seed 002");
    }

    @Test
    void theLeadershipFormExplainsTheFourDirections() throws Exception {
        Document form = page("/projekter/" + project.id() + "/ledelseshandling");
        assertThat(form.select("input[name=direction]")).hasSize(4);
        assertThat(form.getElementById("direction-OP-help").text()).contains("direktion og politikere");
        assertThat(form.select("select[name=act] option")).hasSize(4);
        assertThat(form.select("select[name=actorId] option")).hasSizeGreaterThan(1);
    }

    Stream<Arguments> invalidInputs() {
        return Stream.of(
                        new Invalid(
                                "added role without a role",
                                "ny-rolle",
                                p -> fields("actorId", p.citizen(), "effectiveOn", "2020-03-01"),
                                "role",
                                "Vælg en rolle."),
                        new Invalid(
                                "ended role with a date in the wrong format",
                                "afslut-rolle",
                                p -> fields("actorId", p.citizen(), "role", "MEDDESIGNER", "effectiveOn", "snart"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "rejoin without an actor",
                                "genindtraeden",
                                p -> fields("effectiveOn", "2020-03-01", "reason", "Tilbage"),
                                "actorId",
                                "Vælg en aktør."),
                        new Invalid(
                                "reopening without a reason",
                                "genaabning",
                                p -> fields("effectiveOn", "2020-03-01"),
                                "reason",
                                "Skriv en begrundelse."),
                        new Invalid(
                                "planning with nothing filled in",
                                "planlaegning",
                                p -> fields("effectiveOn", "2020-03-01"),
                                "fixedFrame",
                                "Udfyld mindst ét af planlægningens punkter."),
                        new Invalid(
                                "leadership action without a direction",
                                "ledelseshandling",
                                p -> fields("action", "Orienterede direktionen", "effectiveOn", "2020-03-01"),
                                "direction",
                                "Vælg en ledelsesretning"),
                        new Invalid(
                                "leadership action without what was done",
                                "ledelseshandling",
                                p -> fields("direction", "OP", "action", " ", "effectiveOn", "2020-03-01"),
                                "action",
                                "Beskriv, hvad der blev gjort."),
                        new Invalid(
                                "reflection without a text",
                                "chefrefleksion",
                                p -> fields("text", "", "effectiveOn", "2020-03-01"),
                                "text",
                                "Skriv teksten."),
                        new Invalid(
                                "target group without a status",
                                "afklaring",
                                p -> fields(
                                        "successCriteria",
                                        "50 deltagere",
                                        "taskOrigin",
                                        "BORGERE",
                                        "targetGroups[0].name",
                                        "Unge",
                                        "effectiveOn",
                                        "2020-02-01"),
                                "targetGroups-0-status",
                                "Vælg om målgruppen blev inviteret"),
                        new Invalid(
                                "target group without a name",
                                "afklaring",
                                p -> fields(
                                        "successCriteria",
                                        "50 deltagere",
                                        "targetGroups[1].status",
                                        "FRAVALGT",
                                        "targetGroups[1].reason",
                                        "Et andet projekt",
                                        "effectiveOn",
                                        "2020-02-01"),
                                "targetGroups-1-name",
                                "Skriv målgruppens navn."),
                        new Invalid(
                                "attendance that is no number",
                                "engagementer/ny",
                                p -> fields(
                                        "kind",
                                        "AKTIVITET",
                                        "title",
                                        "Aktivitetsdag",
                                        "occurredOn",
                                        "2020-02-01",
                                        "initiatedBy",
                                        p.staff(),
                                        "participants[1].actorId",
                                        p.staff(),
                                        "participants[1].selected",
                                        "true",
                                        "participants[1].influence",
                                        "INDDRAGET",
                                        "attendance[0].kind",
                                        "BORGER",
                                        "attendance[0].count",
                                        "mange"),
                                "attendance-0-count",
                                "Skriv et helt tal"),
                        new Invalid(
                                "the same kind counted twice",
                                "engagementer/ny",
                                p -> fields(
                                        "kind",
                                        "AKTIVITET",
                                        "title",
                                        "Aktivitetsdag",
                                        "occurredOn",
                                        "2020-02-01",
                                        "initiatedBy",
                                        p.staff(),
                                        "participants[1].actorId",
                                        p.staff(),
                                        "participants[1].selected",
                                        "true",
                                        "participants[1].influence",
                                        "INDDRAGET",
                                        "attendance[0].kind",
                                        "BORGER",
                                        "attendance[0].count",
                                        "100",
                                        "attendance[1].kind",
                                        "BORGER",
                                        "attendance[1].count",
                                        "50"),
                                "attendance-1-kind",
                                "hver aktørtype må kun tælles én gang"),
                        new Invalid(
                                "the initiator again as co-initiator",
                                "engagementer/ny",
                                p -> fields(
                                        "kind",
                                        "MOEDE",
                                        "title",
                                        "Fælles møde",
                                        "occurredOn",
                                        "2020-02-01",
                                        "initiatedBy",
                                        p.staff(),
                                        "coInitiators",
                                        p.staff(),
                                        "participants[1].actorId",
                                        p.staff(),
                                        "participants[1].selected",
                                        "true",
                                        "participants[1].influence",
                                        "HOERT"),
                                "coInitiators",
                                "Initiativtageren er angivet to gange."),
                        new Invalid(
                                "a continuation of an unknown project",
                                "/projekter/ny",
                                p -> fields(
                                        "name",
                                        "Afsæt",
                                        "municipality",
                                        "Lejre",
                                        "area",
                                        "KULTUR_OG_FRITID",
                                        "startedOn",
                                        "2021-01-01",
                                        "continuesProjectId",
                                        UUID.randomUUID().toString()),
                                "continuesProjectId",
                                "Projektet, som dette viderefører, findes ikke."))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputShowsTheDanishMessageNextToTheFieldAndRecordsNothing(Invalid invalid) throws Exception {
        String path =
                invalid.path().startsWith("/") ? invalid.path() : "/projekter/" + project.id() + "/" + invalid.path();
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(invalid.fields().apply(project));
        int eventsBefore = allEvents();

        MvcResult result = send(path, fields);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = parse(result);
        Element error = page.getElementById(invalid.fieldId() + "-error");
        assertThat(error)
                .as("error next to #" + invalid.fieldId() + " in "
                        + page.select(".error-summary").text())
                .isNotNull();
        assertThat(error.text()).contains(invalid.message());
        Element field = page.getElementById(invalid.fieldId());
        assertThat(field).as("field #" + invalid.fieldId()).isNotNull();
        assertThat(field.attr("aria-describedby")).contains(invalid.fieldId() + "-error");
        assertThat(page.select(".error-summary a[href='#" + invalid.fieldId() + "']")
                        .text())
                .contains(invalid.message());
        assertThat(page.html()).doesNotContain("??");
        assertThat(allEvents()).isEqualTo(eventsBefore);
        for (Element input : page.select("form input[type=text], form textarea")) {
            List<String> sent = fields.get(input.attr("name"));
            if (sent != null && !sent.get(0).isBlank()) {
                String shown =
                        input.tagName().equals("textarea") ? input.wholeText().strip() : input.val();
                assertThat(shown)
                        .as("value of " + input.attr("name"))
                        .isEqualTo(sent.get(0).strip());
            }
        }
    }

    /** The start form offers the projects the user can read as the one a new project continues. */
    @Test
    void theStartFormOffersTheReadableProjectsToContinue() throws Exception {
        Document form = page("/projekter/ny");
        assertThat(form.select("select[name=continuesProjectId] option[value=" + project.id() + "]"))
                .hasSize(1);
    }

    @Test
    void aClosedProjectOffersOnlyWhatItStillAcceptsAndSaysSo() throws Exception {
        TestProject closed = newProject("Lukket projekt");
        commands.sendAndWait(
                new CloseProject(closed.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 6, 1), "Slut", false));
        awaitProjections();

        Document journal = page("/projekter/" + closed.id());

        assertThat(journal.getElementById("lukket").text())
                .contains("kun skrives erkendelser, tilbagetrækninger og chefens refleksion");
        assertThat(journal.getElementById("kun-efter-lukning").text()).contains("kun disse indførsler");
        List<String> links = journal.select("#ny-indfoersel ~ .entry-menu a").eachAttr("href");
        String base = "/projekter/" + closed.id() + "/";
        assertThat(links)
                .containsExactlyInAnyOrder(
                        base + "erkendelse", base + "chefrefleksion", base + "tilbagetraekning", base + "genaabning");
        // A wrong entry can still be retracted from the list.
        assertThat(journal.select(".entries a[href*=tilbagetraekning]")).isNotEmpty();
        assertThat(journal.select("a[href*=rolleskift]")).isEmpty();
    }

    @Test
    void anOpenProjectOffersTheNewEntriesButNoReopening() throws Exception {
        Document journal = page("/projekter/" + project.id());
        List<String> links = journal.select("#ny-indfoersel ~ .entry-menu a").eachAttr("href");
        String base = "/projekter/" + project.id() + "/";
        assertThat(links)
                .contains(
                        base + "planlaegning",
                        base + "ny-rolle",
                        base + "afslut-rolle",
                        base + "genindtraeden",
                        base + "ledelseshandling",
                        base + "chefrefleksion")
                .doesNotContain(base + "genaabning");
    }

    @Test
    void aWithdrawnActorCanBeBroughtBackFromTheJournal() throws Exception {
        TestProject fresh = newProject("Udtrådt aktør");
        commands.sendAndWait(new WithdrawActor(
                fresh.id(),
                UUID.randomUUID().toString(),
                fresh.citizen(),
                LocalDate.of(2020, 3, 1),
                "Flyttede",
                false));
        awaitProjections();

        Document journal = page("/projekter/" + fresh.id());
        assertThat(journal.select(
                        "a[href='/projekter/" + fresh.id() + "/genindtraeden?aktoer=" + fresh.citizen() + "']"))
                .hasSize(1);
        Document form = page("/projekter/" + fresh.id() + "/genindtraeden?aktoer=" + fresh.citizen());
        assertThat(form.select("select[name=actorId] option[selected]").attr("value"))
                .isEqualTo(fresh.citizen());
        assertThat(form.select("input[name=roles]")).hasSizeGreaterThan(10);
    }

    // --- what the new commands record ---

    record Valid(String name, String path, Function<TestProject, Map<String, List<String>>> fields, String eventType) {
        @Override
        public String toString() {
            return name;
        }
    }

    Stream<Arguments> validInputs() {
        return Stream.of(
                        new Valid(
                                "a second role",
                                "ny-rolle",
                                p -> fields(
                                        "actorId",
                                        p.citizen(),
                                        "role",
                                        "MEDPRODUCENT",
                                        "effectiveOn",
                                        "2020-03-01",
                                        "reason",
                                        "Dobbeltrolle"),
                                "RoleAdded"),
                        new Valid(
                                "planning",
                                "planlaegning",
                                p -> fields(
                                        "fixedFrame",
                                        "Budgettet",
                                        "elasticFrame",
                                        "Aktiviteterne",
                                        "intendedInfluence",
                                        "MEDBESTEMMENDE",
                                        "effectiveOn",
                                        "2020-03-01"),
                                "PlanningRecorded"),
                        new Valid(
                                "leadership action",
                                "ledelseshandling",
                                p -> fields(
                                        "direction",
                                        "PAA_TVAERS",
                                        "act",
                                        "FACILITATOR",
                                        "actorId",
                                        p.staff(),
                                        "action",
                                        "Samlede chefkollegerne",
                                        "reason",
                                        "Fælles ejerskab",
                                        "effectiveOn",
                                        "2020-03-01"),
                                "LeadershipActionRecorded"),
                        new Valid(
                                "reflection",
                                "chefrefleksion",
                                p -> fields("text", "Jeg gav for lidt spillerum", "effectiveOn", "2020-03-01"),
                                "LeadershipReflectionRecorded"),
                        new Valid(
                                "Afklaring with origin, partners and target groups",
                                "afklaring",
                                p -> fields(
                                        "successCriteria",
                                        "Syv kommuner deltager",
                                        "taskOrigin",
                                        "ANDEN_OFFENTLIG_MYNDIGHED",
                                        "partnerOrganisations",
                                        "Region Sjælland\nFaxe Kommune",
                                        "targetGroups[0].name",
                                        "Ensomme ældre",
                                        "targetGroups[0].status",
                                        "INVITERET",
                                        "effectiveOn",
                                        "2020-02-01"),
                                "ProjectClarified"),
                        new Valid(
                                "engagement with co-initiators and attendance",
                                "engagementer/ny",
                                p -> fields(
                                        "kind",
                                        "AKTIVITET",
                                        "title",
                                        "Aktivitetsdag",
                                        "occurredOn",
                                        "2020-02-01",
                                        "initiatedBy",
                                        p.staff(),
                                        "coInitiators",
                                        p.citizen(),
                                        "participants[1].actorId",
                                        p.staff(),
                                        "participants[1].selected",
                                        "true",
                                        "participants[1].influence",
                                        "INDDRAGET",
                                        "attendance[0].kind",
                                        "BORGER",
                                        "attendance[0].count",
                                        "150"),
                                "EngagementRecorded"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void validInputRecordsTheEntryAndRedirectsToTheJournal(Valid valid) throws Exception {
        TestProject fresh = newProject("Gyldig " + valid.name());
        String path = "/projekter/" + fresh.id() + "/" + valid.path();
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(valid.fields().apply(fresh));
        int before = allEvents();

        MvcResult result = send(path, fields);

        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        assertThat(allEvents()).isEqualTo(before + 1);
        assertThat(lastEventType(fresh.id())).isEqualTo(valid.eventType());
        Element newest = page("/projekter/" + fresh.id()).selectFirst(".entries .entry");
        assertThat(newest.attr("id"))
                .isEqualTo("indfoersel-"
                        + keyedIds.entryId(fresh.id(), fields.get("entryId").get(0)));
        assertThat(newest.selectFirst(".entry__summary").text()).isNotBlank();
    }

    @Test
    void aWithdrawnActorRejoinsAndAClosedProjectIsReopened() throws Exception {
        TestProject fresh = newProject("Tilbage og genåbnet");
        commands.sendAndWait(new WithdrawActor(
                fresh.id(),
                UUID.randomUUID().toString(),
                fresh.citizen(),
                LocalDate.of(2020, 3, 1),
                "Flyttede",
                false));
        awaitProjections();
        String rejoin = "/projekter/" + fresh.id() + "/genindtraeden";
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(rejoin));
        fields.putAll(fields("actorId", fresh.citizen(), "roles", "MEDPRODUCENT", "effectiveOn", "2020-05-01"));
        assertThat(send(rejoin, fields).getResponse().getStatus()).isEqualTo(302);
        assertThat(lastEventType(fresh.id())).isEqualTo("ActorRejoined");

        commands.sendAndWait(
                new CloseProject(fresh.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 6, 1), "Slut", false));
        awaitProjections();
        String reopen = "/projekter/" + fresh.id() + "/genaabning";
        Map<String, List<String>> early = new LinkedHashMap<>(hiddenFields(reopen));
        early.putAll(fields("effectiveOn", "2020-05-01", "reason", "Lukket ved en fejl"));
        Document refused = parse(send(reopen, early));
        assertThat(refused.getElementById("effectiveOn-error").text()).contains("før projektet blev lukket");

        Map<String, List<String>> reopening = new LinkedHashMap<>(hiddenFields(reopen));
        reopening.putAll(fields("effectiveOn", "2020-07-01", "reason", "Lukket ved en fejl"));
        assertThat(send(reopen, reopening).getResponse().getStatus()).isEqualTo(302);
        assertThat(lastEventType(fresh.id())).isEqualTo("ProjectReopened");
    }

    @Test
    void aBackDatedShiftThatContradictsALaterOneIsShownNextToTheDate() throws Exception {
        TestProject fresh = newProject("Senere rolleskift");
        commands.sendAndWait(new dk.samskabelse.journal.api.ShiftRole(
                fresh.id(),
                UUID.randomUUID().toString(),
                fresh.citizen(),
                dk.samskabelse.journal.api.Role.MEDPRODUCENT,
                LocalDate.of(2020, 4, 1),
                "Senere",
                false));
        awaitProjections();
        String path = "/projekter/" + fresh.id() + "/rolleskift";
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(fields("actorId", fresh.citizen(), "role", "MEDPRODUCENT", "effectiveOn", "2020-03-01"));
        int before = allEvents();

        Document refused = parse(send(path, fields));

        assertThat(refused.getElementById("effectiveOn-error").text())
                .contains("Indførslen ville gøre en senere indførsel umulig: Rolleskift dateret 1. april 2020");
        assertThat(allEvents()).isEqualTo(before);
    }

    /** The summary knows the project is open again. */
    @Test
    void aReopenedProjectOffersEveryEntryAgain() throws Exception {
        TestProject fresh = newProject("Genåbnet");
        commands.sendAndWait(
                new CloseProject(fresh.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 6, 1), "Slut", false));
        commands.sendAndWait(new dk.samskabelse.journal.api.ReopenProject(
                fresh.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 7, 1), "Lukket ved en fejl", false));
        awaitProjections();

        Document journal = page("/projekter/" + fresh.id());

        assertThat(journal.getElementById("kun-efter-lukning")).isNull();
        assertThat(journal.select("a[href='/projekter/" + fresh.id() + "/afklaring']"))
                .hasSize(1);
        assertThat(journal.select("a[href='/projekter/" + fresh.id() + "/genaabning']"))
                .isEmpty();
    }
}
