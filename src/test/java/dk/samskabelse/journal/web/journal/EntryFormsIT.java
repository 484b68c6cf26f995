package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every entry form: valid input records the entry and redirects to the journal with a confirmation; each kind
 * of invalid input (a missing field, a date in the wrong format, a refusal of the journal) shows the form again
 * with the Danish message next to the field, keeps what was typed and records nothing; a form sent twice
 * records one entry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryFormsIT extends PageTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    dk.samskabelse.journal.web.KeyedIds keyedIds;

    TestProject project;

    @BeforeAll
    void aProjectForTheInvalidInputs() {
        project = newProject("Formularer");
    }

    /** One form filled in: where it is sent and what it sends, given the project it goes to. */
    record Filled(String path, Function<TestProject, Map<String, List<String>>> fields) {

        String pathFor(TestProject project) {
            return path.startsWith("/") ? path : "/projekter/" + project.id() + "/" + path;
        }
    }

    /** A form sent with a mistake, and the message that must stand next to the field (by the field's id). */
    record Invalid(String name, Filled form, String fieldId, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A form filled in correctly, and the entry it must record. */
    record Valid(String name, Filled form, String eventType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Map<String, List<String>> fields(String... namesAndValues) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], n -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return fields;
    }

    static Filled startProject(String name, String startedOn) {
        return new Filled(
                "/projekter/ny",
                p -> fields(
                        "name",
                        name,
                        "municipality",
                        "Lejre",
                        "area",
                        "KULTUR_OG_FRITID",
                        "purpose",
                        "Idrætshal",
                        "startedOn",
                        startedOn));
    }

    static Filled clarification(String criteria, String effectiveOn) {
        return new Filled(
                "afklaring",
                p -> fields(
                        "successCriteria",
                        criteria,
                        "expectedBottomLines",
                        "DEMOKRATISK",
                        "expectedBottomLines",
                        "INNOVATIV",
                        "coCreationScope",
                        "LOESNING",
                        "ownership",
                        "Foreningen",
                        "effectiveOn",
                        effectiveOn));
    }

    static Filled typology(String openness, String rationale, String effectiveOn) {
        return new Filled(
                "typologi",
                p -> fields(
                        "perspective",
                        "PROJEKTLEDER",
                        "openness",
                        openness,
                        "centrality",
                        "-0,3",
                        "rationale",
                        rationale,
                        "effectiveOn",
                        effectiveOn));
    }

    static Filled actor(String kind, String name, String role, String joinedOn) {
        return new Filled(
                "aktoerer/ny",
                p -> fields(
                        "kind",
                        kind,
                        "name",
                        name,
                        "role",
                        role,
                        "joinedOn",
                        joinedOn,
                        "contact",
                        "borger@example.dk"));
    }

    static Filled roleShift(String role, String effectiveOn) {
        return new Filled(
                "rolleskift",
                p -> fields(
                        "actorId",
                        p.citizen(),
                        "role",
                        role,
                        "effectiveOn",
                        effectiveOn,
                        "reason",
                        "Står for aktivitetsdagen"));
    }

    static Filled withdrawal(boolean withActor, String effectiveOn) {
        return new Filled(
                "udtraeden",
                p -> withActor
                        ? fields("actorId", p.citizen(), "effectiveOn", effectiveOn, "reason", "Flyttet")
                        : fields("effectiveOn", effectiveOn, "reason", "Flyttet"));
    }

    /** The citizen in row 0 and the staff member in row 1, as the form lists the active actors. */
    static Filled engagement(String title, String occurredOn, boolean citizen, String citizenInfluence) {
        return new Filled("engagementer/ny", p -> {
            Map<String, List<String>> fields = fields(
                    "kind",
                    "WORKSHOP",
                    "title",
                    title,
                    "occurredOn",
                    occurredOn,
                    "initiatedBy",
                    p.staff(),
                    "participants[0].actorId",
                    p.citizen(),
                    "participants[1].actorId",
                    p.staff(),
                    "participants[1].selected",
                    "true",
                    "participants[1].influence",
                    "INDDRAGET",
                    "participants[1].contributions",
                    "LOKALER");
            if (citizen) {
                fields.putAll(fields("participants[0].selected", "true", "participants[0].contributions", "VIDEN"));
                if (citizenInfluence != null) {
                    fields.putAll(fields("participants[0].influence", citizenInfluence));
                }
            }
            return fields;
        });
    }

    static Filled noParticipants() {
        return new Filled(
                "engagementer/ny",
                p -> fields(
                        "kind",
                        "MOEDE",
                        "title",
                        "Møde uden deltagere",
                        "occurredOn",
                        "2020-02-01",
                        "initiatedBy",
                        p.staff(),
                        "participants[0].actorId",
                        p.citizen()));
    }

    static Filled phaseChange(String phase, String effectiveOn) {
        return new Filled(
                "faseskift",
                p -> phase == null
                        ? fields("effectiveOn", effectiveOn, "note", "Videre")
                        : fields("phase", phase, "effectiveOn", effectiveOn, "note", "Videre"));
    }

    static Filled courseCorrection(String decision, String reason, String effectiveOn) {
        return new Filled(
                "kursjustering",
                p -> fields(
                        "decision",
                        decision,
                        "reason",
                        reason,
                        "affects",
                        "SAMSKABELSESTYPE",
                        "affects",
                        "PROCES",
                        "effectiveOn",
                        effectiveOn));
    }

    static Filled insight(String focus, String text, String effectiveOn) {
        return new Filled(
                "erkendelse",
                p -> focus == null
                        ? fields("text", text, "effectiveOn", effectiveOn)
                        : fields("focus", focus, "text", text, "effectiveOn", effectiveOn));
    }

    static Filled retraction(Function<TestProject, String> entry, String reason) {
        return new Filled("tilbagetraekning", p -> {
            String entryId = entry.apply(p);
            return entryId == null ? fields("reason", reason) : fields("retractedEntryId", entryId, "reason", reason);
        });
    }

    Stream<Arguments> invalidInputs() {
        String future = LocalDate.now(clock).plusDays(3).toString();
        return Stream.of(
                        new Invalid(
                                "new project without a name", startProject("", "2020-01-01"), "name", "Skriv et navn."),
                        new Invalid(
                                "new project with a date in the wrong format",
                                startProject("Hallen", "marts 2020"),
                                "startedOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "new project starting in the future",
                                startProject("Hallen", future),
                                "startedOn",
                                "Datoen ligger i fremtiden"),
                        new Invalid(
                                "new project with HTML in its name",
                                startProject("<b>Hallen</b>", "2020-01-01"),
                                "name",
                                "HTML"),
                        new Invalid(
                                "afklaring without success criteria",
                                clarification(" ", "2020-02-01"),
                                "successCriteria",
                                "Skriv mindst ét succeskriterium."),
                        new Invalid(
                                "afklaring with a date in the wrong format",
                                clarification("30 deltagere", "1/13/2020"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "afklaring before the project started",
                                clarification("30 deltagere", "2019-12-31"),
                                "effectiveOn",
                                "Datoen ligger før projektets start (1. januar 2020)."),
                        new Invalid(
                                "typology without a rationale",
                                typology("0,5", "", "2020-02-01"),
                                "rationale",
                                "Skriv en begrundelse for placeringen."),
                        new Invalid(
                                "typology with an axis beyond 1",
                                typology("1,5", "Åbent", "2020-02-01"),
                                "openness",
                                "Åbenheden skal ligge mellem -1 og 1."),
                        new Invalid(
                                "typology with an axis that is no number",
                                typology("meget", "Åbent", "2020-02-01"),
                                "openness",
                                "Skriv et tal mellem -1 og 1"),
                        new Invalid(
                                "typology before the project started",
                                typology("0,5", "Åbent", "2019-06-01"),
                                "effectiveOn",
                                "før projektets start"),
                        new Invalid(
                                "actor without a name",
                                actor("BORGER", "", "MEDDESIGNER", "2020-02-01"),
                                "name",
                                "Skriv et navn."),
                        new Invalid(
                                "actor with a role that does not fit the kind",
                                actor("BORGER", "Karen", "FACILITATOR", "2020-02-01"),
                                "role",
                                "Rollen Facilitator passer ikke til en aktør af typen Borger."),
                        new Invalid(
                                "actor with a date in the wrong format",
                                actor("BORGER", "Karen", "BRUGER", "i går"),
                                "joinedOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "actor joining before the project started",
                                actor("FORENING", "Idrætsforeningen", "RESSOURCEPERSON", "2019-12-01"),
                                "joinedOn",
                                "før projektets start"),
                        new Invalid("role shift without a role", roleShift("", "2020-03-01"), "role", "Vælg en rolle."),
                        new Invalid(
                                "role shift to a role that does not fit the kind",
                                roleShift("FACILITATOR", "2020-03-01"),
                                "role",
                                "Rollen Facilitator passer ikke til en aktør af typen Borger."),
                        new Invalid(
                                "role shift to the role the actor holds",
                                roleShift("MEDDESIGNER", "2020-03-01"),
                                "role",
                                "Aktøren har allerede rollen Meddesigner."),
                        new Invalid(
                                "role shift before the actor joined",
                                roleShift("MEDPRODUCENT", "2020-01-02"),
                                "effectiveOn",
                                "Datoen ligger før aktøren kom med i projektet (5. januar 2020)."),
                        new Invalid(
                                "role shift with a date in the wrong format",
                                roleShift("MEDPRODUCENT", "2020-02-30"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "withdrawal without an actor",
                                withdrawal(false, "2020-03-01"),
                                "actorId",
                                "Vælg en aktør."),
                        new Invalid(
                                "withdrawal before the actor joined",
                                withdrawal(true, "2020-01-03"),
                                "effectiveOn",
                                "før aktøren kom med i projektet"),
                        new Invalid(
                                "withdrawal with a date in the wrong format",
                                withdrawal(true, "2020.03"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "engagement without a title",
                                engagement(" ", "2020-02-01", true, "HOERT"),
                                "title",
                                "Skriv en titel."),
                        new Invalid(
                                "engagement without participants",
                                noParticipants(),
                                "participants",
                                "Et engagement skal have mindst én deltager."),
                        new Invalid(
                                "engagement participant without influence",
                                engagement("Workshop", "2020-02-01", true, null),
                                "participants-0-influence",
                                "Hanne K.: Vælg indflydelsen."),
                        new Invalid(
                                "engagement before the project started",
                                engagement("Workshop", "2019-12-24", false, null),
                                "occurredOn",
                                "før projektets start"),
                        new Invalid(
                                "engagement with a participant who had not joined yet",
                                engagement("Workshop", "2020-01-02", true, "HOERT"),
                                "participants-0-selected",
                                "Aktøren var ikke med i projektet den 2. januar 2020."),
                        new Invalid(
                                "engagement with a date in the wrong format",
                                engagement("Workshop", "32-01-2020", true, "HOERT"),
                                "occurredOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "phase change without a phase",
                                phaseChange(null, "2020-03-01"),
                                "phase",
                                "Vælg en fase."),
                        new Invalid(
                                "phase change to the current phase",
                                phaseChange("AFKLARING", "2020-03-01"),
                                "phase",
                                "Projektet er allerede i fasen 1 Afklaring."),
                        new Invalid(
                                "phase change before the project started",
                                phaseChange("PLANLAEGNING", "2019-03-01"),
                                "effectiveOn",
                                "før projektets start"),
                        new Invalid(
                                "phase change with a date in the wrong format",
                                phaseChange("PLANLAEGNING", "snart"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "course correction without a decision",
                                courseCorrection("", "Direktionen", "2020-03-01"),
                                "decision",
                                "Skriv, hvad der blev besluttet."),
                        new Invalid(
                                "course correction without a reason",
                                courseCorrection("Fælles mål", "", "2020-03-01"),
                                "reason",
                                "Skriv en begrundelse."),
                        new Invalid(
                                "course correction before the project started",
                                courseCorrection("Fælles mål", "Direktionen", "2019-03-01"),
                                "effectiveOn",
                                "før projektets start"),
                        new Invalid(
                                "course correction with a date in the wrong format",
                                courseCorrection("Fælles mål", "Direktionen", "03-2020"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "insight without a focus point",
                                insight(null, "Vi lærte", "2020-03-01"),
                                "focus",
                                "Vælg et fokuspunkt."),
                        new Invalid(
                                "insight without a text",
                                insight("PROCES", "", "2020-03-01"),
                                "text",
                                "Skriv teksten."),
                        new Invalid(
                                "insight before the project started",
                                insight("PROCES", "Vi lærte", "2019-03-01"),
                                "effectiveOn",
                                "før projektets start"),
                        new Invalid(
                                "insight with a date in the wrong format",
                                insight("PROCES", "Vi lærte", "i morgen"),
                                "effectiveOn",
                                "Skriv datoen som ÅÅÅÅ-MM-DD"),
                        new Invalid(
                                "retraction without an entry",
                                retraction(p -> null, "Fejl"),
                                "retractedEntryId",
                                "Vælg den indførsel, der skal trækkes tilbage."),
                        new Invalid(
                                "retraction without a reason",
                                retraction(TestProject::startedEntryId, ""),
                                "reason",
                                "Skriv en begrundelse."),
                        new Invalid(
                                "retraction of an unknown entry",
                                retraction(p -> UUID.randomUUID().toString(), "Fejl"),
                                "retractedEntryId",
                                "Indførslen findes ikke i projektets journal."),
                        new Invalid(
                                "retraction of the project's start",
                                retraction(TestProject::startedEntryId, "Fejl"),
                                "retractedEntryId",
                                "Denne type indførsel (ProjectStarted) kan ikke trækkes tilbage."))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputShowsTheDanishMessageNextToTheFieldAndRecordsNothing(Invalid invalid) throws Exception {
        String path = invalid.form().pathFor(project);
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        invalid.form().fields().apply(project).forEach(fields::put);
        int eventsBefore = allEvents();
        int registerBefore = personalDataRows();

        MvcResult result = send(path, fields);

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Document page = parse(result);
        Element error = page.getElementById(invalid.fieldId() + "-error");
        assertThat(error).as("error next to #" + invalid.fieldId()).isNotNull();
        assertThat(error.text()).contains(invalid.message());
        Element field = page.getElementById(invalid.fieldId());
        assertThat(field).as("field #" + invalid.fieldId()).isNotNull();
        assertThat(field.attr("aria-describedby")).contains(invalid.fieldId() + "-error");
        // The error summary at the top links to the field.
        assertThat(page.select(".error-summary a[href='#" + invalid.fieldId() + "']")
                        .text())
                .contains(invalid.message());
        assertThat(page.html()).doesNotContain("??");
        assertThat(allEvents()).isEqualTo(eventsBefore);
        assertThat(personalDataRows()).isEqualTo(registerBefore);
        assertKeepsWhatWasTyped(page, fields);
    }

    /** Every text the user typed is in the form again, as typed (also a date that could not be read). */
    private static void assertKeepsWhatWasTyped(Document page, Map<String, List<String>> sent) {
        for (Element input : page.select("form input[type=text], form input[type=date], form textarea")) {
            List<String> values = sent.get(input.attr("name"));
            if (values != null && !values.get(0).isBlank()) {
                String shown =
                        input.tagName().equals("textarea") ? input.wholeText().strip() : input.val();
                assertThat(shown)
                        .as("value of " + input.attr("name"))
                        .isEqualTo(values.get(0).strip());
            }
        }
    }

    Stream<Arguments> validInputs() {
        return Stream.of(
                        new Valid("new project", startProject("Idrætshallen i Lejre", "2020-01-01"), "ProjectStarted"),
                        new Valid(
                                "afklaring",
                                clarification("40 borgere engagerer sig\nHallen bliver bygget", "2020-02-01"),
                                "ProjectClarified"),
                        new Valid(
                                "typology with a Danish decimal comma",
                                typology("0,5", "Borgerne former indholdet", "2020-02-01"),
                                "TypologyDeclared"),
                        new Valid(
                                "actor",
                                actor("FORENING", "Idrætsforeningen", "MEDINITIATIVTAGER", "2020-01-10"),
                                "ActorRegistered"),
                        new Valid("role shift", roleShift("MEDPRODUCENT", "2020-03-01"), "RoleShifted"),
                        new Valid("withdrawal", withdrawal(true, "2020-04-01"), "ActorWithdrawn"),
                        new Valid(
                                "engagement with participants and influence",
                                engagement("Idéworkshop", "2020-02-01", true, "MEDBESTEMMENDE"),
                                "EngagementRecorded"),
                        new Valid("backdated phase change", phaseChange("PLANLAEGNING", "2020-03-01"), "PhaseChanged"),
                        new Valid(
                                "course correction",
                                courseCorrection(
                                        "Fælles mål for alle spor", "Direktionen ønsker fælles retning", "2020-05-01"),
                                "CourseCorrected"),
                        new Valid(
                                "insight",
                                insight("PROCES", "Rollerne blev jævnbyrdige", "2020-06-01"),
                                "InsightRecorded"),
                        new Valid(
                                "retraction of a registration nothing else refers to",
                                retraction(TestProject::staffRegistration, "Registreret to gange"),
                                "EntryRetracted"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void validInputRecordsTheEntryAndRedirectsToTheJournal(Valid valid) throws Exception {
        TestProject fresh = newProject("Gyldig " + valid.name());
        String path = valid.form().pathFor(fresh);
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        valid.form().fields().apply(fresh).forEach(fields::put);
        int eventsBefore = allEvents();

        MvcResult result = send(path, fields);

        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(302);
        // The hidden fields are nonces: the stored ids are derived from them (issue 11, KeyedIds).
        String projectId = path.equals("/projekter/ny")
                ? keyedIds.projectId(LEADER, fields.get("projectId").get(0))
                : fresh.id();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/projekter/" + projectId);
        assertThat((String) result.getFlashMap().get("confirmation")).startsWith("Gemt i journalen: ");
        assertThat(allEvents()).isEqualTo(eventsBefore + 1);
        assertThat(lastEventType(projectId)).isEqualTo(valid.eventType());
        // The journal page, read right after the redirect, already lists the new entry first.
        Document journal = page("/projekter/" + projectId);
        Element newest = journal.selectFirst(".entries .entry");
        assertThat(newest).isNotNull();
        assertThat(newest.attr("id"))
                .isEqualTo("indfoersel-"
                        + keyedIds.entryId(projectId, fields.get("entryId").get(0)));
    }

    @Test
    void anEntryFormSentTwiceRecordsOneEntry() throws Exception {
        TestProject fresh = newProject("To gange");
        String path = "/projekter/" + fresh.id() + "/erkendelse";
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(fields("focus", "REFLEKSION", "text", "Sendt to gange", "effectiveOn", "2020-03-01"));
        int before = events(fresh.id());

        MvcResult first = send(path, fields);
        MvcResult second = send(path, fields);

        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/projekter/" + fresh.id());
        assertThat(events(fresh.id())).isEqualTo(before + 1);
        // Issue 18, item 12: the second send says that nothing new was saved, the first that it was.
        assertThat(first.getFlashMap().get("confirmation")).isEqualTo("Gemt i journalen: Erkendelse.");
        assertThat(second.getFlashMap().get("confirmation"))
                .isEqualTo("Allerede gemt: Erkendelse stod allerede i "
                        + "journalen, fordi formularen blev sendt to gange. Der er ikke gemt noget nyt.");
    }

    @Test
    void anEngagementSentTwiceRecordsOneEngagement() throws Exception {
        TestProject fresh = newProject("Engagement to gange");
        Filled form = engagement("Workshop", "2020-02-01", true, "HOERT");
        String path = form.pathFor(fresh);
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(form.fields().apply(fresh));
        int before = events(fresh.id());

        send(path, fields);
        MvcResult again = send(path, fields);

        assertThat(events(fresh.id())).isEqualTo(before + 1);
        assertThat((String) again.getFlashMap().get("confirmation")).startsWith("Allerede gemt");
    }

    /** The actor id comes from the form's nonce too, so the registration sent twice is one actor, not a refusal. */
    @Test
    void anActorRegistrationSentTwiceRegistersOneActor() throws Exception {
        TestProject fresh = newProject("Aktør to gange");
        Filled form = actor("FORENING", "Foreningen To Gange", "MEDDESIGNER", "2020-02-01");
        String path = form.pathFor(fresh);
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(form.fields().apply(fresh));
        int before = events(fresh.id());

        assertThat(send(path, fields).getResponse().getStatus()).isEqualTo(302);
        MvcResult again = send(path, fields);

        assertThat(again.getResponse().getStatus()).isEqualTo(302);
        assertThat(events(fresh.id())).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE project_id = ? " + "AND display_name = ?",
                        Integer.class,
                        fresh.id(),
                        "Foreningen To Gange"))
                .isOne();
    }

    /** Issue 11: an insight form's nonce put into a registration form is refused, not acknowledged as recorded. */
    @Test
    void aNonceOfAnotherKindOfEntryIsRefusedWithAFreshNonce() throws Exception {
        TestProject fresh = newProject("Genbrugt nonce");
        String insightPath = "/projekter/" + fresh.id() + "/erkendelse";
        Map<String, List<String>> insight = new LinkedHashMap<>(hiddenFields(insightPath));
        insight.putAll(fields("focus", "PROCES", "text", "Først en indsigt", "effectiveOn", "2020-03-01"));
        assertThat(send(insightPath, insight).getResponse().getStatus()).isEqualTo(302);
        String nonce = insight.get("entryId").get(0);

        Filled form = actor("FORENING", "Foreningen Genbrugt", "MEDDESIGNER", "2020-02-01");
        String path = form.pathFor(fresh);
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(form.fields().apply(fresh));
        fields.put("entryId", List.of(nonce));
        int before = events(fresh.id());

        Document refused = parse(send(path, fields));

        assertThat(refused.select(".error-summary").text()).contains("allerede brugt til en anden indførsel");
        assertThat(refused.selectFirst("input[name=entryId]").val()).isNotEqualTo(nonce);
        assertThat(events(fresh.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM actor_personal_data WHERE project_id = ? " + "AND display_name = ?",
                        Integer.class,
                        fresh.id(),
                        "Foreningen Genbrugt"))
                .isZero();
    }

    /**
     * Issue 11: a hand-edited hidden entryId naming an entry of another project records a new entry in this
     * project (its id derived from the field and this project), and the other project's entry is untouched.
     */
    @Test
    void aHiddenEntryIdOfAnotherProjectsEntryCannotCollide() throws Exception {
        TestProject other = newProject("Andet projekt");
        TestProject own = newProject("Eget projekt");
        String otherPath = "/projekter/" + other.id() + "/erkendelse";
        Map<String, List<String>> otherFields = new LinkedHashMap<>(hiddenFields(otherPath));
        otherFields.putAll(
                fields("focus", "PROCES", "text", "Det andet projekts indsigt", "effectiveOn", "2020-03-01"));
        assertThat(send(otherPath, otherFields).getResponse().getStatus()).isEqualTo(302);
        String otherEntry =
                keyedIds.entryId(other.id(), otherFields.get("entryId").get(0));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM proj_timeline_entry WHERE project_id = ? " + "AND entry_id = ?",
                        Integer.class,
                        other.id(),
                        otherEntry))
                .isEqualTo(1);

        String ownPath = "/projekter/" + own.id() + "/erkendelse";
        Map<String, List<String>> edited = new LinkedHashMap<>(hiddenFields(ownPath));
        edited.putAll(fields(
                "entryId",
                otherEntry,
                "focus",
                "PROCES",
                "text",
                "Redigeret skjult felt",
                "effectiveOn",
                "2020-03-02"));
        int ownBefore = events(own.id());
        int otherBefore = events(other.id());

        assertThat(send(ownPath, edited).getResponse().getStatus()).isEqualTo(302);
        assertThat(send(ownPath, edited).getResponse().getStatus()).isEqualTo(302);

        assertThat(events(own.id())).isEqualTo(ownBefore + 1);
        assertThat(events(other.id())).isEqualTo(otherBefore);
        String ownEntry = keyedIds.entryId(own.id(), otherEntry);
        assertThat(ownEntry).isNotEqualTo(otherEntry);
        assertThat(page("/projekter/" + own.id()).selectFirst(".entries .entry").attr("id"))
                .isEqualTo("indfoersel-" + ownEntry);
        assertThat(page("/projekter/" + other.id()).select("#indfoersel-" + otherEntry))
                .hasSize(1);
    }

    /** Review 8b: participants[99999] is refused as a bad form (400, in Danish), not a 500; nothing stored. */
    @Test
    void anOutOfRangeParticipantIndexIsABadRequestNotAnError() throws Exception {
        TestProject fresh = newProject("Indeks");
        String path = "/projekter/" + fresh.id() + "/engagementer/ny";
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(
                engagement("Indeks", "2020-02-01", true, "INDDRAGET").fields().apply(fresh));
        fields.put("participants[99999].actorId", List.of(fresh.citizen()));
        int before = events(fresh.id());

        MvcResult result = send(path, fields);

        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(parse(result).text()).contains("Intet er gemt");
        assertThat(events(fresh.id())).isEqualTo(before);
    }

    @Test
    void aNewProjectFormSentTwiceStartsOneProject() throws Exception {
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields("/projekter/ny"));
        fields.putAll(startProject("Kun én gang", "2020-01-01").fields().apply(null));
        String projectId = keyedIds.projectId(LEADER, fields.get("projectId").get(0));
        int before = allEvents();

        MvcResult first = send("/projekter/ny", fields);
        MvcResult second = send("/projekter/ny", fields);

        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/projekter/" + projectId);
        assertThat(second.getResponse().getStatus()).isEqualTo(302);
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/projekter/" + projectId);
        assertThat(allEvents()).isEqualTo(before + 1);
        assertThat((String) first.getFlashMap().get("confirmation")).startsWith("Gemt i journalen");
        assertThat((String) second.getFlashMap().get("confirmation")).startsWith("Allerede gemt");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM proj_project_summary WHERE name = 'Kun én gang'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aFormWithoutItsEntryIdIsShownAgainWithAFreshOneAndRecordsNothing() throws Exception {
        String path = "/projekter/" + project.id() + "/erkendelse";
        int before = allEvents();

        MvcResult result = send(
                path,
                fields("entryId", "ikke-et-id", "focus", "PROCES", "text", "Uden id", "effectiveOn", "2020-03-01"));

        Document page = parse(result);
        assertThat(page.select(".error-summary").text()).contains("Formularen kunne ikke genkendes");
        String renewed = page.selectFirst("input[name=entryId]").val();
        assertThat(renewed).isNotEqualTo("ikke-et-id").matches(JournalForm.UUID_PATTERN);
        assertThat(page.getElementById("text").wholeText().strip()).isEqualTo("Uden id");
        assertThat(allEvents()).isEqualTo(before);
    }

    @Test
    void aRefusedFormKeepsItsEntryIdSoTheCorrectedFormRecordsOnce() throws Exception {
        TestProject fresh = newProject("Rettet formular");
        String path = "/projekter/" + fresh.id() + "/rolleskift";
        Map<String, List<String>> fields = new LinkedHashMap<>(hiddenFields(path));
        fields.putAll(roleShift("FACILITATOR", "2020-03-01").fields().apply(fresh));
        Document refused = parse(send(path, fields));
        assertThat(refused.selectFirst("input[name=entryId]").val())
                .isEqualTo(fields.get("entryId").get(0));

        fields.put("role", List.of("INNOVATOR"));
        MvcResult corrected = send(path, fields);

        assertThat(corrected.getResponse().getStatus()).isEqualTo(302);
        assertThat(lastEventType(fresh.id())).isEqualTo("RoleShifted");
    }
}
