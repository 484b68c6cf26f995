package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.security.UserRole;
import dk.samskabelse.journal.support.EvaluationSources;
import dk.samskabelse.journal.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The chef's, the researcher's and the administrator's pages: pictures as SVG with a title, a description and
 * a table view; the replay showing a role as of the chosen point; the evaluation's six sections with statements
 * linked to their entries, and the Markdown download saying the same.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChefAndResearchPagesIT extends PageTestBase {

    /** The administrator, for the administration pages; the project pages are read as the project leader. */
    private static final RequestPostProcessor ADMIN = user(TestUsers.ADMIN).roles(UserRole.ADMIN.name());

    TestProject project;
    String clarification;
    String declaration;
    String workshop;
    String shift;
    String insight;

    @BeforeAll
    void aProjectThatDrifts() {
        project = newProject("Hallen i Lejre");
        clarification = UUID.randomUUID().toString();
        commands.sendAndWait(new ClarifyProject(
                project.id(),
                clarification,
                LocalDate.of(2020, 1, 10),
                List.of("40 frivillige i driften"),
                List.of(BottomLine.DEMOKRATISK, BottomLine.OEKONOMISK),
                List.of(CoCreationScope.LOESNING),
                "Borgerne vil selv",
                null,
                null,
                null));
        declaration = UUID.randomUUID().toString();
        commands.sendAndWait(new DeclareTypology(
                project.id(), declaration, LocalDate.of(2020, 1, 10), 0.6, 0.6, "Borgerne har initiativet"));
        commands.sendAndWait(new ChangePhase(
                project.id(),
                UUID.randomUUID().toString(),
                Phase.PLANLAEGNING,
                LocalDate.of(2020, 1, 20),
                null,
                false));
        workshop = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                workshop,
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                LocalDate.of(2020, 2, 1),
                project.citizen(),
                List.of(
                        new Participation(project.citizen(), Influence.MEDBESTEMMENDE),
                        new Participation(project.staff(), Influence.INDDRAGET)),
                List.of(new Contribution(project.citizen(), ContributionType.TID)),
                null,
                false));
        commands.sendAndWait(new RecordCourseCorrection(
                project.id(),
                UUID.randomUUID().toString(),
                LocalDate.of(2020, 3, 1),
                "Kommunen fastlægger rammen",
                "Budgettet er lagt",
                List.of(CourseCorrectionScope.SAMSKABELSESTYPE),
                false));
        shift = UUID.randomUUID().toString();
        commands.sendAndWait(new ShiftRole(
                project.id(),
                shift,
                project.staff(),
                Role.BESLUTTENDE,
                LocalDate.of(2020, 3, 1),
                "Kommunen tager styringen",
                false));
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                UUID.randomUUID().toString(),
                EngagementKind.BESLUTNINGSMOEDE,
                "Rammen vedtages",
                LocalDate.of(2020, 3, 5),
                project.staff(),
                List.of(
                        new Participation(project.staff(), Influence.BESTEMMENDE),
                        new Participation(project.citizen(), Influence.HOERT)),
                List.of(),
                null,
                false));
        insight = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordInsight(
                project.id(),
                insight,
                LocalDate.of(2020, 4, 1),
                FocusPoint.PROCES,
                "Borgerne blev hørt, men bestemte ikke længere",
                false));
        awaitProjections();
    }

    @Test
    void theTimelineIsAnSvgWithTitleDescriptionAndTables() throws Exception {
        Document page = page("/projekter/" + project.id() + "/tidslinje");

        Element timeline = page.selectFirst("svg.chart--timeline");
        assertLabelledPicture(page, timeline);
        assertThat(timeline.select("rect.phase")).hasSize(2);
        assertThat(timeline.select("rect.role--BESLUTTENDE")).hasSize(1);
        assertThat(timeline.select("path.shift-mark"))
                .as("the role shift is marked")
                .hasSize(1);
        assertThat(timeline.select("g.engagement-mark")).hasSize(2);
        assertThat(timeline.select("g.participation--MEDBESTEMMENDE title").text())
                .contains("Idéworkshop");
        assertThat(timeline.select("g.annotation--K")).hasSize(1);
        assertThat(timeline.select("g.annotation--E title").text()).contains("Borgerne blev hørt");

        Element roles = table(page, "Aktørernes roller");
        assertThat(roles.text())
                .contains("Lars B.", "Facilitator", "Besluttende", "Rolleskift", "Kommunen tager styringen");
        assertThat(table(page, "Engagementer og deltagernes indflydelse").text())
                .contains("Idéworkshop", "Hanne K.: Medbestemmende", "Lars B.: Inddraget");
        assertThat(table(page, "Kursjusteringer (K) og erkendelser (E)").text())
                .contains("K1", "Kommunen fastlægger rammen", "E1", "Proces");
        assertThat(table(page, "Faser").text()).contains("1 Afklaring", "2A Planlægning");

        Element plane = page.selectFirst("svg.chart--plane");
        assertLabelledPicture(page, plane);
        assertThat(plane.select("text.quadrant-label").eachText())
                .containsExactly("Ligeværdig", "Faciliterende", "Styret", "Ansvarliggørende");
        assertThat(plane.select("polyline.trajectory-line")).hasSize(1);
        assertThat(plane.select("polygon.declared-mark")).hasSize(1);
        assertThat(table(page, "Erklærede placeringer").text()).contains("Faciliterende samskabelse", "0,60");
        assertThat(table(page, "Udøvet placering dato for dato").select("tbody tr"))
                .isNotEmpty();
    }

    @Test
    void thePortfolioPlacesEveryProjectOnThePlaneWithItsNumberInTheTable() throws Exception {
        Document page = page("/");

        Element plane = page.selectFirst("svg.chart--plane");
        assertLabelledPicture(page, plane);
        Element mark = plane.selectFirst("a[href=/projekter/" + project.id() + "/tidslinje]");
        assertThat(mark).as("the project's mark links to its timeline").isNotNull();
        assertThat(mark.selectFirst("polygon.declared-mark")).isNotNull();
        assertThat(mark.selectFirst("title").text()).contains("Hallen i Lejre", "erklæret Faciliterende");
        String number = mark.selectFirst("text.mark-number").text();

        Element row = page.selectFirst("#projekttabel a[href=/projekter/" + project.id() + "]")
                .closest("tr");
        assertThat(row.child(0).text()).isEqualTo(number);
        assertThat(row.text())
                .contains(
                        "Faciliterende (åbenhed 0,60; centralitet 0,60)", "2A Planlægning", "Tidslinje", "Evaluering");
        // The wide table scrolls in a named region a keyboard can reach, not the whole page sideways.
        Element region = page.selectFirst("#projekttabel").parent();
        assertThat(region.attr("class")).isEqualTo("table-scroll");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("aria-label")).isEqualTo("Projekter");
    }

    @Test
    void theReplayShowsTheRoleAsOfTheChosenPoint() throws Exception {
        Document now = page("/projekter/" + project.id() + "/genafspilning");
        assertThat(roleOf(now, "Lars B.")).isEqualTo("Besluttende");
        Element slider = now.selectFirst("input[type=range]#trin");
        assertThat(now.selectFirst("label[for=trin]")).isNotNull();
        assertThat(slider.attr("value")).isEqualTo(slider.attr("max"));
        assertThat(now.select("main button[type=submit]").text()).isEqualTo("Vis");

        String workshopStep = now.select("#trin-marker option").stream()
                .filter(option -> option.attr("label").equals("1. februar 2020"))
                .findFirst()
                .orElseThrow()
                .attr("value");
        Document before = page("/projekter/" + project.id() + "/genafspilning?ur=dato&trin=" + workshopStep);
        assertThat(roleOf(before, "Lars B.")).isEqualTo("Facilitator");
        assertThat(before.selectFirst("h2#tilstand-overskrift").text()).isEqualTo("Projektet pr. 1. februar 2020");
        assertThat(before.select(".entries .entry__title").eachText()).doesNotContain("Rolleskift", "Kursjustering");
        Element next = before.selectFirst("a[rel=next]");
        Document after = page(next.attr("href"));
        assertThat(after.selectFirst("h2#tilstand-overskrift").text()).isEqualTo("Projektet pr. 1. marts 2020");
        assertThat(roleOf(after, "Lars B.")).isEqualTo("Besluttende");
        assertThat(page(after.selectFirst("a[rel=prev]").attr("href"))
                        .selectFirst("h2#tilstand-overskrift")
                        .text())
                .isEqualTo("Projektet pr. 1. februar 2020");

        Document firstWritten = page("/projekter/" + project.id() + "/genafspilning?ur=registrering&trin=1");
        assertThat(firstWritten.selectFirst("#ur-registrering").hasAttr("checked"))
                .isTrue();
        assertThat(firstWritten.select("#roller tbody tr"))
                .as("nothing but the start was written yet")
                .isEmpty();
        assertThat(firstWritten.select(".entries .entry__title").eachText()).containsExactly("Projekt startet");
    }

    @Test
    void theReplayOffersTheModelFilesAndTheEventExport() throws Exception {
        Document page = page("/projekter/" + project.id() + "/genafspilning?model=typology-model-hearings");

        // Review 2026-12-04, 3.3: each model once, by its own name, and the active model (standard) not again.
        assertThat(page.select("#model option").eachAttr("value"))
                .containsExactly("", "hearings-weighted", "standard-v1");
        assertThat(page.select("#model option").eachText())
                .containsExactly("Ingen sammenligning", "hearings-weighted 1.0", "standard-v1 1.0");
        assertThat(page.selectFirst("#model option[selected]").val()).isEqualTo("hearings-weighted");
        assertThat(page.select(".facts").text()).contains("hearings");
        assertThat(page.select("a[href^=/api/projects/" + project.id() + "/events]")
                        .eachAttr("href"))
                .contains(
                        "/api/projects/" + project.id() + "/events",
                        "/api/projects/" + project.id() + "/events?format=csv");
        assertThat(page("/projekter/" + project.id() + "/genafspilning?model=findes-ikke")
                        .select(".field-error")
                        .text())
                .contains("Modellen findes ikke");
    }

    @Test
    void theEvaluationHasTheSixFocusPointsWithStatementsLinkedToEntries() throws Exception {
        Document page = page("/projekter/" + project.id() + "/evaluering");

        assertThat(page.select("section.evaluation-section > h2").eachText())
                .containsExactly(
                        "1. Målopfyldelse",
                        "2. Involvering",
                        "3. Proces",
                        "4. Refleksion",
                        "5. Forankring af læring",
                        "6. Afsæt for ny samskabelse");
        Element drift = page.getElementById("fokus-proces-drift");
        assertThat(drift.selectFirst("h3").text()).isEqualTo("Typologisk drift: erklæret og udøvet samskabelse");
        assertThat(drift.text())
                .contains("Erklæret den 10. januar 2020: Faciliterende samskabelse", "i forskellige felter");
        // Issue 15: statements cite by number; each number names its entries.
        assertThat(EvaluationSources.cited(drift)).contains(declaration);

        assertThat(page.getElementById("fokus-maalopfyldelse").text())
                .contains(
                        "Succeskriterium: „40 frivillige i driften“",
                        "Demokratisk: i 1 af 2 engagementer havde ikke-offentlige deltagere medbestemmende",
                        "Økonomisk: ikke-offentlige aktører bidrog med ressourcer i ét engagement (Tid: 1)");
        assertThat(page.getElementById("fokus-involvering").text())
                .contains("Lars B. (Medarbejder): Facilitator → Besluttende; deltog i 2 engagementer, højeste "
                        + "indflydelse: Bestemmende.");
        assertThat(page.getElementById("fokus-refleksion").text())
                .contains("Lars B. (Medarbejder) skiftede den 1. marts 2020 rolle fra Facilitator til Besluttende");
        Element forankring = page.getElementById("fokus-forankring");
        assertThat(forankring.select(".statement--missing").text())
                .contains("Ingen indsigter registreret for fokuspunktet „Forankring af læring“.");
        assertThat(EvaluationSources.references(page.getElementById("fokus-proces"), insight))
                .isEqualTo(1);

        // Every number leads to a source, every source is cited, and the sources are the cited entries.
        EvaluationSources.assertTraceable(page);
        // Every source links to its entry on the journal page.
        Document journal = page("/projekter/" + project.id() + "?alle=true");
        Elements links = page.select(".sources a[data-entry]");
        assertThat(links).isNotEmpty();
        for (Element link : links) {
            assertThat(link.attr("href")).contains("/projekter/" + project.id() + "?alle=true#indfoersel-");
            assertThat(journal.getElementById("indfoersel-" + link.attr("data-entry")))
                    .as(link.text())
                    .isNotNull();
        }
        // Statements that rest on evidence name it; those that do not say so.
        for (Element statement : page.select("li.statement")) {
            assertThat(statement.hasClass("statement--missing") || statement.selectFirst(".evidence") != null)
                    .as(statement.text())
                    .isTrue();
        }
    }

    @Test
    void whereTheJournalHoldsNothingTheEvaluationSaysSo() throws Exception {
        TestProject bare = newProject("Et tomt projekt");
        Document page = page("/projekter/" + bare.id() + "/evaluering");

        assertThat(page.select(".statement--missing").eachText())
                .contains(
                        "Mangler belæg: Ingen afklaring registreret: der er ingen succeskriterier at måle målopfyldelsen op imod.",
                        "Mangler belæg: Ingen erklæret placering: afstanden mellem den tænkte og den udøvede samskabelse kan ikke måles.",
                        "Mangler belæg: Ingen kursjusteringer registreret.",
                        "Mangler belæg: Ingen indsigter registreret for fokuspunktet „Refleksion“.");
        assertThat(page.getElementById("fokus-involvering").text())
                .contains("Hanne K. (Borger): Meddesigner; deltog ikke i noget registreret engagement.");
    }

    @Test
    void theMarkdownSaysWhatThePageSays() throws Exception {
        MvcResult result = mvc.perform(get("/projekter/" + project.id() + "/evaluering.md"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/markdown");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment");
        String markdown = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(markdown)
                .startsWith("# Evaluering af Hallen i Lejre\n")
                .contains(
                        "\n## 3. Proces\n",
                        "\n### Typologisk drift: erklæret og udøvet samskabelse\n",
                        "**Mangler belæg:** Ingen indsigter registreret for fokuspunktet „Forankring af læring“.",
                        "#indfoersel-" + workshop + ")");
        EvaluationSources.assertTraceable(markdown);
        String plain = markdown.replace("\\", "");
        Document page = page("/projekter/" + project.id() + "/evaluering");
        for (Element statement : page.select("li.statement > span:not(.visually-hidden):not(.evidence)")) {
            assertThat(plain).contains(statement.text());
        }
        assertThat(page.selectFirst("a[href=/projekter/" + project.id() + "/evaluering.md]"))
                .isNotNull();
        // The same sources, in the same order, as the page's.
        assertThat(markdown)
                .containsSubsequence(page.select(".sources a[data-entry]").eachAttr("data-entry").stream()
                        .map(id -> "[" + id + "](")
                        .toList());

        String english = mvc.perform(
                        get("/projekter/" + project.id() + "/evaluering.md").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english)
                .startsWith("# Evaluation of Hallen i Lejre\n")
                .contains("No insights recorded for the focus point “Anchoring the learning”.");
    }

    @Test
    void theRebuildPageStartsARebuildAndShowsItsProgress() throws Exception {
        Document page = adminPage("/admin/genopbygning");
        assertThat(page.selectFirst("progress#genopbygning-fremdrift")).isNotNull();
        assertThat(page.selectFirst("label[for=genopbygning-fremdrift]")).isNotNull();
        assertThat(page.select("script[src=/js/rebuild.js]")).hasSize(1);
        assertThat(page.select("tr[data-group]").eachAttr("data-group")).containsExactly("projections");
        // Issue 18, item 12: the processor by its name in the user's language, not its technical group name.
        assertThat(page.select("tr[data-group] th").eachText()).containsExactly("Alle læsemodeller");
        assertThat(page.select("form[method=post][action=/admin/genopbygning] button")
                        .text())
                .isEqualTo("Start genopbygning");

        MvcResult started = mvc.perform(
                        post("/admin/genopbygning").accept(MediaType.TEXT_HTML).with(ADMIN))
                .andReturn();
        assertThat(started.getResponse().getStatus()).isEqualTo(302);
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/admin/genopbygning");
        awaitProjections();
        Document after = adminPage("/admin/genopbygning");
        assertThat(after.selectFirst("[data-status]").text()).startsWith("Seneste genopbygning blev færdig");
        assertThat(after.select("noscript meta[http-equiv=refresh]"))
                .as("no reload once it is done")
                .isEmpty();
        assertThat(after.selectFirst("progress").attr("value")).isEqualTo("100");
        // One processor feeds all projections: the events counted once (as its row says), not once per projection.
        String head = after.selectFirst("tr[data-group] [data-position]").text().replaceAll(".*/ ", "");
        assertThat(Long.parseLong(head)).isPositive();
        assertThat(after.selectFirst("label[for=genopbygning-fremdrift]").text())
                .isEqualTo("100 % (" + head + " af " + head + " hændelser)");
    }

    @Test
    void theNewPagesAreAccessibleAndNeedNoInlineScriptsOrStyles() throws Exception {
        for (String url : List.of(
                "/",
                "/projekter/" + project.id() + "/tidslinje",
                "/projekter/" + project.id() + "/genafspilning",
                "/projekter/" + project.id() + "/evaluering",
                "/admin/genopbygning")) {
            Document page = url.startsWith("/admin") ? adminPage(url) : page(url);
            List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                    .map(heading -> Integer.parseInt(heading.tagName().substring(1)))
                    .toList();
            assertThat(levels).as("headings on " + url).first().isEqualTo(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i)).as("heading " + i + " on " + url).isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            assertThat(page.select("script:not([src])"))
                    .as("inline scripts on " + url)
                    .isEmpty();
            assertThat(page.select("style, [style]"))
                    .as("inline styles on " + url)
                    .isEmpty();
            assertThat(page.select("[onclick], [onload], [onchange], [oninput]"))
                    .as(url)
                    .isEmpty();
            for (Element input : page.select("input:not([type=hidden]), select")) {
                assertThat(page.select("label[for=" + input.id() + "]"))
                        .as("label of " + input.id() + " on " + url)
                        .isNotEmpty();
            }
            for (Element picture : page.select("svg[role=img], svg[role=group]")) {
                assertLabelledPicture(page, picture);
            }
        }
        assertThat(page("/projekter/" + project.id() + "/tidslinje?lang=en")
                        .selectFirst("h1")
                        .text())
                .isEqualTo("Timeline: Hallen i Lejre");
    }

    @Test
    void anUnknownProjectIsThe404PageOnEveryNewPage() throws Exception {
        for (String path : List.of("/tidslinje", "/genafspilning", "/evaluering", "/evaluering.md")) {
            for (String id : List.of(UUID.randomUUID().toString(), "ikke-et-id")) {
                MvcResult result = mvc.perform(get("/projekter/" + id + path).accept(MediaType.TEXT_HTML))
                        .andReturn();
                assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            }
        }
    }

    /** An administration page, read as the administrator (the project leader may not). */
    private Document adminPage(String path) throws Exception {
        MvcResult result =
                mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(ADMIN)).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return parse(result);
    }

    /**
     * A picture names itself: aria-labelledby pointing at its own title and description; role img, or group when
     * it holds links (an image's content is hidden from assistive technology: axe nested-interactive, issue 18).
     */
    private static void assertLabelledPicture(Document page, Element svg) {
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo(svg.select("a").isEmpty() ? "img" : "group");
        String[] ids = svg.attr("aria-labelledby").split(" ");
        assertThat(ids).hasSize(2);
        Element title = page.getElementById(ids[0]);
        Element desc = page.getElementById(ids[1]);
        assertThat(title.tagName()).isEqualTo("title");
        assertThat(desc.tagName()).isEqualTo("desc");
        assertThat(title.parent()).isEqualTo(svg);
        assertThat(title.text()).isNotBlank();
        assertThat(desc.text()).isNotBlank();
    }

    private static Element table(Document page, String caption) {
        return page.select("table").stream()
                .filter(table -> table.selectFirst("caption") != null
                        && table.selectFirst("caption").text().startsWith(caption))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + caption));
    }

    private static String roleOf(Document page, String actor) {
        return page.select("#roller tbody tr").stream()
                .filter(row -> row.selectFirst("th").text().equals(actor))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + actor))
                .selectFirst("td.role-now")
                .text();
    }
}
