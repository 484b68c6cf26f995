package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.WithdrawActor;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The pages around the forms: the journal page (entries newest first with both clocks and the recorder), the
 * portfolio, the language switch, the 404 page for an unknown project, and what every page must be for
 * accessibility and a strict Content-Security-Policy (labels, heading order, no inline scripts or styles).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JournalPagesIT extends PageTestBase {

    TestProject project;
    String workshop;
    String insight;

    @BeforeAll
    void aProjectWithAHistory() {
        project = newProject("Naturens Rige");
        workshop = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                workshop,
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                LocalDate.of(2020, 2, 1),
                project.staff(),
                List.of(
                        new Participation(project.citizen(), Influence.MEDBESTEMMENDE),
                        new Participation(project.staff(), Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        insight = UUID.randomUUID().toString();
        // Written after the workshop but dated before it: backdated.
        commands.sendAndWait(new RecordInsight(
                project.id(),
                insight,
                LocalDate.of(2020, 1, 20),
                FocusPoint.PROCES,
                "Rollerne blev jævnbyrdige",
                false));
        commands.sendAndWait(new RetractEntry(
                project.id(),
                UUID.randomUUID().toString(),
                workshop,
                LocalDate.now(clock),
                "Workshoppen blev aflyst",
                false));
        String leaving = UUID.randomUUID().toString();
        register(
                project.id(),
                UUID.randomUUID().toString(),
                leaving,
                ActorKind.FORENING,
                "Gammel forening",
                Role.RESSOURCEPERSON,
                STARTED);
        commands.sendAndWait(new WithdrawActor(
                project.id(), UUID.randomUUID().toString(), leaving, LocalDate.of(2020, 3, 1), "Opløst", false));
        awaitProjections();
    }

    @Test
    void theJournalListsEntriesNewestFirstWithRecorderAndBothClocks() throws Exception {
        Document byRecorded = page("/projekter/" + project.id() + "?orden=registrering");

        assertThat(byRecorded.selectFirst("h1").text()).isEqualTo("Naturens Rige");
        List<String> titles = byRecorded.select(".entries .entry .entry__title").eachText();
        assertThat(titles).hasSize(8);
        assertThat(titles.get(0)).isEqualTo("Aktør trådt ud");
        assertThat(titles.get(titles.size() - 1)).isEqualTo("Projekt startet");
        // By registration: newest written first, whatever the effective date: the backdated insight comes before
        // the workshop.
        List<String> ids = byRecorded.select(".entries .entry").eachAttr("id");
        assertThat(ids.indexOf("indfoersel-" + insight)).isLessThan(ids.indexOf("indfoersel-" + workshop));
        assertThat(byRecorded.select(".sort-switch a").attr("href")).isEqualTo("/projekter/" + project.id());

        // Issue 18, item 5: by default by the date it happened, the date every card shows: the workshop (1 February
        // 2020) before the insight dated 20 January though written after it; the switch offers the other order.
        Document page = page("/projekter/" + project.id());
        List<String> byDate = page.select(".entries .entry").eachAttr("id");
        assertThat(byDate).hasSize(8);
        assertThat(byDate.indexOf("indfoersel-" + workshop)).isLessThan(byDate.indexOf("indfoersel-" + insight));
        assertThat(page.select(".entries .entry time:first-of-type").eachAttr("datetime"))
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(page.select(".sort-switch a").text()).isEqualTo("Vis efter registrering");
        assertThat(page.select(".sort-switch a").attr("href"))
                .isEqualTo("/projekter/" + project.id() + "?orden=registrering");
        Element insightEntry = page.getElementById("indfoersel-" + insight);
        assertThat(insightEntry.text())
                .contains("Proces: Rollerne blev jævnbyrdige")
                .contains("Dato: 20. januar 2020")
                .contains("Registreret af system");
        assertThat(insightEntry.select("time").eachAttr("datetime"))
                .hasSize(2)
                .first()
                .isEqualTo("2020-01-20");
        Element workshopEntry = page.getElementById("indfoersel-" + workshop);
        assertThat(workshopEntry.hasClass("entry--retracted")).isTrue();
        assertThat(workshopEntry.text()).contains("Trukket tilbage").contains("Workshop „Idéworkshop“ med 2 deltagere");
        assertThat(page.text()).contains("Engagement trukket tilbage: Workshoppen blev aflyst");
        // Issue 18, item 4: the retraction says which entry it withdraws, with a link to it.
        Element retracts = page.selectFirst(".entry__retracts");
        assertThat(retracts.text())
                .isEqualTo("Trækker tilbage: Engagement: Workshop „Idéworkshop“ med 2 deltagere, 1. februar 2020");
        assertThat(retracts.selectFirst("a").attr("href")).isEqualTo("#indfoersel-" + workshop);
        assertThat(page.select(".entry__retracts")).hasSize(1);
        // Issue 18, item 4: an engagement opens to its initiator, participants with their influence (and
        // contributions and notes, when it has them).
        Element details = workshopEntry.selectFirst("details.entry__details");
        assertThat(details.selectFirst("summary").text()).isEqualTo("Deltagere, bidrag og noter");
        assertThat(details.select("li").eachText())
                .containsExactlyInAnyOrder("Hanne K.: Medbestemmende", "Lars B.: Inddraget");
        assertThat(details.text()).contains("Taget initiativ af Lars B.").doesNotContain("Bidrag", "Noter");
        assertThat(page.getElementById("indfoersel-" + insight).select("details"))
                .isEmpty();
        // A retracted entry, the start and the retraction itself offer no retraction.
        assertThat(workshopEntry.select("a").eachText()).doesNotContain("Træk tilbage");
        assertThat(page.getElementById("indfoersel-" + insight).select("a").eachText())
                .contains("Træk tilbage");
    }

    @Test
    void theJournalShowsKeyFactsAndTheActorsByName() throws Exception {
        Document page = page("/projekter/" + project.id());

        assertThat(page.select(".facts").text())
                .contains("Fase 1 Afklaring")
                .contains("Startet 1. januar 2020")
                .contains("Aktive aktører 2")
                .contains("Engagementer 0");
        List<String> actors =
                page.select("#aktoerer ~ .table-scroll table tbody tr").eachText();
        assertThat(actors)
                .anySatisfy(row -> assertThat(row)
                        .contains("Hanne K.")
                        .contains("Borger")
                        .contains("Meddesigner")
                        .contains("5. januar 2020")
                        .contains("Skift rolle"));
        assertThat(actors)
                .anySatisfy(row -> assertThat(row)
                        .contains("Gammel forening")
                        .contains("Trådt ud den 1. marts 2020")
                        .doesNotContain("Skift rolle"));
        assertThat(page.select("a[href^=/projekter/" + project.id() + "/]").eachText())
                .contains(
                        "Afklaring",
                        "Erklær samskabelsestype",
                        "Skift fase",
                        "Kursjustering",
                        "Erkendelse",
                        "Registrér aktør",
                        "Rolleskift",
                        "Registrér engagement",
                        "Aktør træder ud",
                        "Træk en indførsel tilbage");
    }

    @Test
    void theEngagementFormHasOneRowPerActiveActorWithAnInfluenceChoice() throws Exception {
        Document form = page("/projekter/" + project.id() + "/engagementer/ny");

        assertThat(form.select("input[name$=.actorId]").eachAttr("value"))
                .containsExactlyInAnyOrder(project.citizen(), project.staff());
        assertThat(form.select("select[name=participants[0].influence] option").eachText())
                .containsExactly("Vælg …", "Informeret", "Hørt", "Inddraget", "Medbestemmende", "Bestemmende");
        assertThat(form.select("label[for=participants-0-selected]").text()).containsAnyOf("Hanne K.", "Lars B.");
    }

    @Test
    void roleListsAreGroupedByTheSectorTheyFit() throws Exception {
        Document form = page("/projekter/" + project.id() + "/aktoerer/ny");

        assertThat(form.select("#role optgroup[data-sector=PUBLIC] option").eachText())
                .contains("Facilitator", "Besluttende")
                .doesNotContain("Meddesigner");
        assertThat(form.select("#role optgroup[data-sector=NON_PUBLIC] option").eachText())
                .contains("Meddesigner", "Medinitiativtager")
                .doesNotContain("Facilitator");
        assertThat(form.select("#kind option[data-sector=NON_PUBLIC]").eachText())
                .contains("Borger", "Forening");
    }

    @Test
    void datesDefaultToToday() throws Exception {
        Document form = page("/projekter/" + project.id() + "/kursjustering");

        assertThat(form.getElementById("effectiveOn").val())
                .isEqualTo(LocalDate.now(clock).toString());
    }

    @Test
    void thePortfolioListsTheProject() throws Exception {
        Document page = page("/");

        Element link = page.selectFirst("a[href=/projekter/" + project.id() + "]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("Naturens Rige");
        assertThat(link.closest("tr").text())
                .contains("Lejre")
                .contains("Kultur og fritid")
                .contains("1 Afklaring");
    }

    @Test
    void anUnknownProjectIsTheDanish404Page() throws Exception {
        for (String id : List.of(UUID.randomUUID().toString(), "ikke-et-id")) {
            MvcResult result = mvc.perform(
                            get("/projekter/" + id + "/erkendelse").accept(MediaType.TEXT_HTML))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
            assertThat(parse(result).select("main").text())
                    .contains("Siden findes ikke")
                    .contains("Projektet findes ikke");
        }
        MvcResult posted = mvc.perform(post("/projekter/" + UUID.randomUUID() + "/erkendelse")
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("entryId", UUID.randomUUID().toString())
                        .param("focus", "PROCES")
                        .param("text", "t")
                        .param("effectiveOn", "2020-03-01"))
                .andReturn();
        assertThat(posted.getResponse().getStatus()).isEqualTo(404);
        assertThat(parse(posted).select("h1").text()).isEqualTo("Siden findes ikke");
    }

    @Test
    void theLanguageSwitchIsRememberedAndEnglishIsComplete() throws Exception {
        MvcResult switched = mvc.perform(get("/projekter/ny?lang=en").accept(MediaType.TEXT_HTML))
                .andReturn();
        Cookie language = switched.getResponse().getCookie("journal-sprog");
        assertThat(language).isNotNull();
        assertThat(language.getValue()).isEqualTo("en");
        Document english = parse(switched);
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Start a new project");

        MvcResult refused = mvc.perform(post("/projekter/" + project.id() + "/erkendelse")
                        .cookie(language)
                        .accept(MediaType.TEXT_HTML)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("entryId", UUID.randomUUID().toString())
                        .param("focus", "PROCES")
                        .param("text", "")
                        .param("effectiveOn", "2020-03-01"))
                .andReturn();
        Document page = parse(refused);
        assertThat(page.getElementById("text-error").text()).contains("Enter the text.");
        assertThat(page.html()).doesNotContain("??");

        Document journal = parse(
                mvc.perform(get("/projekter/" + project.id()).cookie(language)).andReturn());
        assertThat(journal.select(".facts").text())
                .contains("Phase 1 Clarification")
                .contains("1 January 2020");
        assertThat(journal.html()).doesNotContain("??");
    }

    @Test
    void withoutAChoiceTheBrowserLanguageDecidesAndDanishIsTheDefault() throws Exception {
        Document english = parse(mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"))
                .andReturn());
        Document other = parse(mvc.perform(get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
                .andReturn());
        Document none = parse(mvc.perform(get("/")).andReturn());

        assertThat(english.selectFirst("h1").text()).isEqualTo("Projects");
        assertThat(other.selectFirst("h1").text()).isEqualTo("Projekter");
        assertThat(none.selectFirst("h1").text()).isEqualTo("Projekter");
        assertThat(none.selectFirst("html").attr("lang")).isEqualTo("da");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/",
                "/projekter/ny",
                "~",
                "~/afklaring",
                "~/typologi",
                "~/aktoerer/ny",
                "~/rolleskift",
                "~/udtraeden",
                "~/engagementer/ny",
                "~/faseskift",
                "~/kursjustering",
                "~/erkendelse",
                "~/tilbagetraekning"
            })
    void everyPageLabelsItsFieldsKeepsHeadingsInOrderAndHasNoInlineScript(String path) throws Exception {
        // "~" is the project's journal page.
        String url = path.startsWith("~") ? "/projekter/" + project.id() + path.substring(1) : path;
        Document page = page(url);

        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            String id = field.id();
            boolean labelled = !id.isEmpty() && page.selectFirst("label[for=" + id + "]") != null;
            assertThat(labelled)
                    .as("label for " + field.attr("name") + " on " + url)
                    .isTrue();
        }
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(heading -> Integer.parseInt(heading.tagName().substring(1)))
                .toList();
        assertThat(levels).as("headings on " + url).first().isEqualTo(1);
        assertThat(levels.stream().filter(level -> level == 1).count()).isEqualTo(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading " + i + " on " + url).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(page.select("script:not([src])"))
                .as("inline scripts on " + url)
                .isEmpty();
        assertThat(page.select("style, [style]")).as("inline styles on " + url).isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).as("event handler on " + url).doesNotStartWith("on");
            }
        }
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(page.html()).doesNotContain("??");
    }

    /** Review 8b/1c: with no timeline rows (not projected yet, or parked) the replay page is a page, not a 500. */
    @Test
    void theReplayPageOfAProjectWithoutTimelineRowsIsShown() throws Exception {
        TestProject fresh = newProject("Uden tidslinje");
        jdbc.update("DELETE FROM proj_timeline_entry WHERE project_id = ?", fresh.id());

        for (String clock : List.of("dato", "registrering")) {
            Document replay = page("/projekter/" + fresh.id() + "/genafspilning?ur=" + clock + "&trin=3");
            assertThat(replay.text()).contains("ingen indførsler at vise endnu");
        }
    }
}
