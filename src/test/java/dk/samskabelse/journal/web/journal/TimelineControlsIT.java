package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ChangePhase;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18, item 6: the timeline page's date range (fra, til), its asOf date and its typology model, each a GET
 * parameter set through a plain form; wrong input said next to its field, the chart then showing the whole project.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelineControlsIT extends PageTestBase {

    TestProject project;

    /** 1 Jan 2020 start; 20 Jan planning; 1 Feb workshop; 1 Mar K1 and a shift; 5 Mar decision; 1 Apr E1. */
    @BeforeAll
    void aProjectWithAHistory() {
        project = newProject("Udsnit i Lejre");
        commands.sendAndWait(new DeclareTypology(
                project.id(),
                UUID.randomUUID().toString(),
                LocalDate.of(2020, 1, 10),
                0.6,
                0.6,
                "Borgerne har initiativet"));
        commands.sendAndWait(new ChangePhase(
                project.id(),
                UUID.randomUUID().toString(),
                Phase.PLANLAEGNING,
                LocalDate.of(2020, 1, 20),
                null,
                false));
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                LocalDate.of(2020, 2, 1),
                project.citizen(),
                List.of(
                        new Participation(project.citizen(), Influence.MEDBESTEMMENDE),
                        new Participation(project.staff(), Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        commands.sendAndWait(new RecordCourseCorrection(
                project.id(),
                UUID.randomUUID().toString(),
                LocalDate.of(2020, 3, 1),
                "Kommunen fastlægger rammen",
                "Budgettet er lagt",
                List.of(),
                false));
        commands.sendAndWait(new ShiftRole(
                project.id(),
                UUID.randomUUID().toString(),
                project.staff(),
                Role.BESLUTTENDE,
                LocalDate.of(2020, 3, 1),
                "Kommunen tager styringen",
                false));
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                UUID.randomUUID().toString(),
                EngagementKind.HOERING,
                "Høring om rammen",
                LocalDate.of(2020, 3, 5),
                project.staff(),
                List.of(
                        new Participation(project.staff(), Influence.BESTEMMENDE),
                        new Participation(project.citizen(), Influence.HOERT)),
                List.of(),
                null,
                false));
        commands.sendAndWait(new RecordInsight(
                project.id(),
                UUID.randomUUID().toString(),
                LocalDate.of(2020, 4, 1),
                FocusPoint.PROCES,
                "Borgerne blev hørt, men bestemte ikke længere",
                false));
        awaitProjections();
    }

    @Test
    void aRangeZoomsTheAxisToItsDaysAndTheTablesToTheSame() throws Exception {
        Document page = timeline("?fra=2020-02-15&til=2020-03-31");

        assertThat(page.selectFirst("#tidslinje-figur").text())
                .isEqualTo("Udsnit af projektet fra 15. februar 2020 til 31. marts 2020");
        Element chart = page.selectFirst("svg.chart--timeline");
        assertThat(chart.selectFirst("desc").text()).contains("15. februar 2020", "31. marts 2020");
        assertThat(chart.select("text.tick-label").eachText()).containsExactly("mar. 2020");
        assertThat(chart.select("rect.phase"))
                .as("only planning reaches into the range")
                .singleElement()
                .satisfies(band -> assertThat(Double.parseDouble(band.attr("x")))
                        .as("cut at the left edge")
                        .isEqualTo(200));
        assertThat(chart.select("g.engagement-mark title").eachText())
                .singleElement()
                .asString()
                .contains("Høring om rammen");
        assertThat(chart.select("g.annotation text").eachText()).containsExactly("K1");
        assertThat(page.selectFirst("#udsnit").text()).startsWith("Udsnit fra 15. februar 2020 til 31. marts 2020.");
        assertThat(page.selectFirst("#tidslinje-tabeller").text())
                .contains("Høring om rammen")
                .doesNotContain("Idéworkshop", "Borgerne blev hørt");
        assertThat(page.selectFirst("#fra").val()).isEqualTo("2020-02-15");
    }

    @Test
    void thePresetsAreTheWholeProjectAndEachPhase() throws Exception {
        Document page = timeline("");

        List<String> presets = page.select(".timeline-presets a").eachText();
        assertThat(presets).hasSize(3).startsWith("Hele projektet", "1 Afklaring: 1.1.2020 – 20.1.2020");
        assertThat(presets.get(2)).startsWith("2A Planlægning: 20.1.2020 – ");
        assertThat(page.selectFirst(".timeline-presets a[aria-current]").text()).isEqualTo("Hele projektet");
        String planning = page.select(".timeline-presets a").get(2).attr("href");
        assertThat(planning).contains("fra=2020-01-20");
        assertThat(page.getElementById("udsnit")).as("no zoom, no notice").isNull();
    }

    @Test
    void asOfShowsTheProjectAsItStoodWithANoticeAndAWayBack() throws Exception {
        Document page = timeline("?asOf=2020-02-15");

        Element notice = page.getElementById("tidspunkt");
        assertThat(notice.text()).startsWith("Tidslinjen som den stod den 15. februar 2020.");
        assertThat(notice.selectFirst("a").attr("href")).doesNotContain("asOf=2020");
        Element chart = page.selectFirst("svg.chart--timeline");
        assertThat(chart.select("g.engagement-mark title").text())
                .contains("Idéworkshop")
                .doesNotContain("Høring om rammen");
        assertThat(chart.select("rect.role--BESLUTTENDE"))
                .as("the shift of 1 March had not happened")
                .isEmpty();
        assertThat(chart.select("g.annotation")).isEmpty();
        assertThat(page.selectFirst("#tidslinje-figur").text()).endsWith("til 15. februar 2020");
        assertThat(page.selectFirst("#tidslinje-tabeller").text()).doesNotContain("Kommunen tager styringen");
        assertThat(page.selectFirst("#asOf").val()).isEqualTo("2020-02-15");
    }

    @Test
    void asOfAndARangeTogether() throws Exception {
        Document page = timeline("?asOf=2020-03-02&fra=2020-02-01&til=2020-03-02");

        assertThat(page.getElementById("tidspunkt")).isNotNull();
        Element chart = page.selectFirst("svg.chart--timeline");
        assertThat(chart.select("g.engagement-mark title").text())
                .contains("Idéworkshop")
                .doesNotContain("Høring om rammen");
        assertThat(page.select(".timeline-presets a").get(0).attr("href")).contains("asOf=2020-03-02");
    }

    @Test
    void aWrongAsOfIsSaidNextToItsFieldAndTheProjectShownAsToday() throws Exception {
        Map<String, String> expected = Map.of(
                "2019-12-01", "1. december 2019 ligger før projektets start den 1. januar 2020.",
                "2099-01-01", "1. januar 2099 ligger i fremtiden.",
                "i-gaar", "Datoen „i-gaar“ kan ikke læses.");
        for (Map.Entry<String, String> wrong : expected.entrySet()) {
            Document page = timeline("?asOf=" + wrong.getKey());

            assertThat(page.selectFirst("#asOf-error").text())
                    .as(wrong.getKey())
                    .contains(wrong.getValue())
                    .contains("Tidslinjen viser derfor projektet, som det står i dag.");
            Element field = page.selectFirst("#asOf");
            assertThat(field.attr("aria-describedby")).isEqualTo("asOf-hint asOf-error");
            assertThat(field.attr("aria-invalid")).isEqualTo("true");
            assertThat(page.getElementById("tidspunkt")).isNull();
            assertWholeProject(page);
        }
    }

    @Test
    void knownAtIsNotIgnoredSilentlyButPointsToTheReplay() throws Exception {
        Document page = timeline("?knownAt=2020-02-15T12:00:00Z");

        Element hint = page.selectFirst(".timeline-form p.hint:has(a)");
        assertThat(hint.text()).contains("(knownAt)", "genafspilningen");
        assertThat(hint.selectFirst("a").attr("href")).endsWith("/genafspilning?ur=registrering");
        assertWholeProject(page);
    }

    @Test
    void theEnglishPageSaysTheSame() throws Exception {
        Document page = timeline("?lang=en&asOf=2020-02-15&model=ingen-saadan");

        assertThat(page.getElementById("tidspunkt").text()).startsWith("The timeline as it stood on");
        assertThat(page.selectFirst("#model-error").text()).contains("There is no typology model named");
    }

    @Test
    void aWrongRangeIsSaidNextToItsFieldAndTheWholeProjectShown() throws Exception {
        assertWrongRange("?fra=15.2.20x", "fra", "Datoen „15.2.20x“ kan ikke læses.");
        assertWrongRange(
                "?fra=2020-03-01&til=2020-02-01",
                "til",
                "Til-datoen (1. februar 2020) ligger før fra-datoen (1. marts 2020).");
        assertWrongRange("?fra=2031-01-01", "fra", "Perioden ligger uden for projektet, som løber fra 1. januar 2020");
    }

    @Test
    void aDanishShortDateIsReadToo() throws Exception {
        Document page = timeline("?fra=15.2.2020&til=31.3.2020");

        assertThat(page.selectFirst("#tidslinje-figur").text()).contains("15. februar 2020", "31. marts 2020");
    }

    @Test
    void anotherModelComputesThePlaneAndIsNamedWithAWayBack() throws Exception {
        Document standard = timeline("");
        Document other = timeline("?model=standard-v1");

        assertThat(other.select("#model option").eachAttr("value")).contains("", "standard-v1", "hearings-weighted");
        assertThat(other.selectFirst("#model option[selected]").val()).isEqualTo("standard-v1");
        assertThat(other.getElementById("model-notice").text())
                .startsWith("Typologien er beregnet med modellen standard-v1 1.0 i stedet for den aktive model");
        assertThat(other.selectFirst("#typologi-overskrift + p").text()).contains("standard-v1 1.0");
        assertThat(standard.selectFirst("#typologi-overskrift + p").text()).doesNotContain("standard-v1");
        assertThat(other.select("table").stream()
                        .filter(t -> t.selectFirst("caption") != null
                                && t.selectFirst("caption").text().startsWith("Udøvet placering"))
                        .findFirst()
                        .orElseThrow()
                        .text())
                .as("the enacted placements differ under the other model")
                .isNotEqualTo(standard.select("table").stream()
                        .filter(t -> t.selectFirst("caption") != null
                                && t.selectFirst("caption").text().startsWith("Udøvet placering"))
                        .findFirst()
                        .orElseThrow()
                        .text());
        assertThat(standard.getElementById("model-notice")).isNull();
    }

    @Test
    void anUnknownModelIsNamedInTheMessage() throws Exception {
        Document page = timeline("?model=ingen-saadan");

        assertThat(page.selectFirst("#model-error").text())
                .contains("Der findes ingen typologimodel ved navn „ingen-saadan“.");
        assertThat(page.selectFirst("#model").attr("aria-describedby")).isEqualTo("model-hint model-error");
        assertThat(page.getElementById("model-notice")).isNull();
    }

    @Test
    void timeTravelAndAnotherModelAreInTheAccessLogAsOnTheReplayPage() throws Exception {
        timeline("");
        timeline("?asOf=2020-02-15&model=standard-v1");

        List<String> rows = jdbc.queryForList(
                "SELECT what || ' ' || detail FROM access_log WHERE project_id = ? " + "ORDER BY id DESC LIMIT 2",
                String.class,
                project.id());
        assertThat(rows)
                .containsExactly("REPLAY timeline page asOf=2020-02-15 model=standard-v1", "TIMELINE timeline page");
    }

    @Test
    void theControlsAreLabelledAndNeedNoScript() throws Exception {
        Document page = timeline("?fra=x");

        for (Element input : page.select(".timeline-form input, .timeline-form select")) {
            assertThat(page.select("label[for=" + input.id() + "]"))
                    .as(input.id())
                    .isNotEmpty();
        }
        assertThat(page.selectFirst(".timeline-form").attr("method")).isEqualTo("get");
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
    }

    private void assertWrongRange(String query, String field, String message) throws Exception {
        Document page = timeline(query);

        assertThat(page.selectFirst("#" + field + "-error").text()).as(query).contains(message);
        assertThat(page.selectFirst("#" + field).attr("aria-describedby")).isEqualTo("udsnit-hint " + field + "-error");
        assertThat(page.selectFirst(".timeline-form__range").text())
                .contains("Tidslinjen viser derfor hele projektet.");
        assertWholeProject(page);
    }

    private static void assertWholeProject(Document page) {
        assertThat(page.selectFirst("#tidslinje-figur").text()).startsWith("Projektet fra 1. januar 2020 til");
        assertThat(page.select("svg.chart--timeline g.engagement-mark")).hasSize(2);
        assertThat(page.getElementById("udsnit")).isNull();
    }

    private Document timeline(String query) throws Exception {
        return page("/projekter/" + project.id() + "/tidslinje" + query);
    }
}
