package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18 item 10 (review 2026-12-04, 3.3): on the replay, choosing another model draws both enacted trajectories
 * on one plane, told apart by line and point shape and named in a legend, and a table lists per date openness and
 * centrality under both models and the difference, with Danish decimals, in a horizontally scrollable container.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReplayModelComparisonIT extends PageTestBase {

    TestProject project;

    @BeforeAll
    void aProjectWhoseModelsDisagree() {
        // A co-designing citizen: standard 2.0 puts co-designers on the municipality's side, standard-v1 at 0.
        project = newProject("Byhaven i Osted");
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
        awaitProjections();
    }

    @Test
    void withoutAChoiceThePageShowsTheActiveModelAlone() throws Exception {
        Document page = replay("");

        assertThat(page.select("#model option").eachText())
                .containsExactly("Ingen sammenligning", "hearings-weighted 1.0", "standard-v1 1.0");
        assertThat(page.select("#model-hint").text()).contains("standard 2.0");
        assertThat(page.select("svg.chart--plane polyline.trajectory-line")).hasSize(1);
        assertThat(page.select("svg.chart--plane .comparison-line")).isEmpty();
        assertThat(page.getElementById("modelforskel")).isNull();
    }

    @Test
    void anotherModelIsDrawnBesideTheActiveOneWithALegend() throws Exception {
        Document page = replay("standard-v1");

        assertThat(page.selectFirst("#model option[selected]").val()).isEqualTo("standard-v1");
        Element plane = page.selectFirst("svg.chart--plane");
        assertThat(plane.select("polyline.trajectory-line")).hasSize(1);
        assertThat(plane.select("polyline.comparison-line")).hasSize(1);
        assertThat(plane.select("g.comparison-point polygon")).isNotEmpty();
        assertThat(plane.select("g.comparison-point title").first().text()).startsWith("standard-v1 1.0, ");
        assertThat(plane.selectFirst("desc").text()).contains("Stiplet: den udøvede bane under standard-v1 1.0");
        assertThat(page.select("#modelsammenligning-forklaring li").eachText())
                .containsExactly(
                        "Udøvet bane under standard 2.0 (den aktive model): fuld linje, runde punkter",
                        "Udøvet bane under standard-v1 1.0: stiplet linje, firkantede punkter",
                        "Erklæret placering");
        assertThat(page.select(".facts").text())
                .contains(
                        "Typologimodel standard 2.0",
                        "Sammenlignet med standard-v1 1.0",
                        "Udøvet placering under standard-v1 1.0");
    }

    @Test
    void aTableGivesBothModelsValuesAndTheirDifferenceDateByDate() throws Exception {
        Document page = replay("standard-v1");

        Element table = page.getElementById("modelforskel");
        assertThat(table.parent().hasClass("table-scroll"))
                .as("scrolls on a phone")
                .isTrue();
        assertThat(table.select("thead tr").get(1).select("th").eachText())
                .containsExactly(
                        "standard 2.0", "standard-v1 1.0", "Forskel", "standard 2.0", "standard-v1 1.0", "Forskel");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).isNotEmpty();
        boolean anyDifference = false;
        for (Element row : rows) {
            List<String> cells = row.select("td").eachText();
            for (int axis : new int[] {0, 3}) {
                if (cells.get(axis).equals("–") || cells.get(axis + 1).equals("–")) {
                    continue;
                }
                assertThat(cells.subList(axis, axis + 3))
                        .allSatisfy(cell -> assertThat(cell).matches("[+-]?\\d,\\d\\d"));
                BigDecimal difference = number(cells.get(axis + 1)).subtract(number(cells.get(axis)));
                assertThat(number(cells.get(axis + 2))).isEqualByComparingTo(difference);
                anyDifference |= difference.signum() != 0;
            }
        }
        assertThat(anyDifference)
                .as("the two models place this project differently")
                .isTrue();
        // The last row is where the replay stands: its active values are the page's enacted placement.
        List<String> last = rows.get(rows.size() - 1).select("td").eachText();
        assertThat(page.select(".facts").text()).contains("åbenhed " + last.get(0) + ", centralitet " + last.get(3));
        assertThat(page.select(".difference-summary").text()).startsWith("Største forskel: åbenhed ");
    }

    @Test
    void eachChoiceHasItsOwnRenderedContent() throws Exception {
        // The content is rendered once per project version and kept: the comparison model is part of its key.
        assertThat(replay("standard-v1").select("#modelforskel thead").text()).contains("standard-v1 1.0");
        assertThat(replay("hearings-weighted").select("#modelforskel thead").text())
                .contains("hearings-weighted 1.0")
                .doesNotContain("standard-v1");
        assertThat(replay("").getElementById("modelforskel")).isNull();
        // The file name the API accepted before names the same model.
        assertThat(replay("typology-model-hearings")
                        .select("#model option[selected]")
                        .eachAttr("value"))
                .containsExactly("hearings-weighted");
    }

    private Document replay(String model) throws Exception {
        return page("/projekter/" + project.id() + "/genafspilning" + (model.isEmpty() ? "" : "?model=" + model));
    }

    private static BigDecimal number(String danish) {
        return new BigDecimal(danish.replace("+", "").replace(',', '.'));
    }
}
