package dk.samskabelse.journal.web.journal;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordEngagement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18 item 7: the trajectory plane ties the enacted points to the phases (colour class and shape per phase,
 * a legend naming each, a phase column in the table), marks the declaration in force apart from the earlier one,
 * and explains the points on days without an entry: the day an engagement leaves the model's 90-day window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TypologyPlanePhasesIT extends PageTestBase {

    /** 10 January 2020 + the default model's 90 days: the day the workshop's signals stop counting. */
    private static final LocalDate EXPIRY = LocalDate.of(2020, 4, 9);

    TestProject project;

    @BeforeAll
    void aProjectThroughTwoPhasesWithTwoDeclarations() {
        project = newProject("Faser i planet");
        commands.sendAndWait(new DeclareTypology(
                project.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 1, 2), 0.6, -0.6, "Den første idé"));
        commands.sendAndWait(new RecordEngagement(
                project.id(),
                UUID.randomUUID().toString(),
                EngagementKind.WORKSHOP,
                "Idéworkshop",
                LocalDate.of(2020, 1, 10),
                project.citizen(),
                List.of(
                        new Participation(project.citizen(), Influence.BESTEMMENDE),
                        new Participation(project.staff(), Influence.INDDRAGET)),
                List.of(),
                null,
                false));
        commands.sendAndWait(new ChangePhase(
                project.id(), UUID.randomUUID().toString(), Phase.PLANLAEGNING, LocalDate.of(2020, 2, 1), null, false));
        commands.sendAndWait(new DeclareTypology(
                project.id(), UUID.randomUUID().toString(), LocalDate.of(2020, 3, 1), 0.5, 0.5, "Borgerne tog over"));
        awaitProjections();
    }

    @Test
    void everyEnactedPointCarriesItsPhaseAndTheLegendNamesThePhases() throws Exception {
        Document page = page("/projekter/" + project.id() + "/tidslinje");
        Elements afklaring = page.select("svg.chart--plane .trajectory-point.phase-point--AFKLARING");
        assertThat(afklaring).isNotEmpty();
        Element expiryPoint = page.select("svg.chart--plane .trajectory-point.phase-point--PLANLAEGNING").stream()
                .filter(p -> p.selectFirst("title").text().startsWith("9. april 2020"))
                .findFirst()
                .orElseThrow();
        assertThat(expiryPoint.selectFirst("polygon.phase-shape"))
                .as("2A is a triangle, not a circle")
                .isNotNull();
        assertThat(expiryPoint.selectFirst("title").text()).contains("fase 2A");
        assertThat(page.select(".figure--plane .legend__list li").eachText())
                .contains("Udøvet punkt i fasen 1 Afklaring", "Udøvet punkt i fasen 2A Planlægning");
        // A phase's first point is labelled with the phase's number.
        assertThat(page.select(".figure--plane svg text.point-label").eachText())
                .anyMatch(t -> t.contains("fase 2A"));
    }

    @Test
    void theEnactedTableGivesEachPointItsPhaseAndSaysWhyAPointLiesOnADayWithoutAnEntry() throws Exception {
        Document page = page("/projekter/" + project.id() + "/tidslinje");
        Element table = page.select("table").stream()
                .filter(t -> t.selectFirst("caption").text().startsWith("Udøvet"))
                .findFirst()
                .orElseThrow();
        assertThat(table.select("thead th").eachText()).contains("Fase", "Hvorfor et punkt denne dag");
        Element expiryRow = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("time").attr("datetime").equals(EXPIRY.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(expiryRow.text())
                .contains(
                        "2A Planlægning",
                        "Ingen indførsel denne dag: signal udløb",
                        "engagementet fra 10. januar 2020 faldt ud af vinduet på 90 dage");
        Element workshopRow = table.select("tbody tr").stream()
                .filter(r -> r.selectFirst("time").attr("datetime").equals("2020-01-10"))
                .findFirst()
                .orElseThrow();
        assertThat(workshopRow.text())
                .contains("1 Afklaring", "Indførsel denne dag")
                .doesNotContain("udløb");
        assertThat(page.select("svg.chart--plane .trajectory-point--no-entry")).hasSize(1);
        assertThat(page.selectFirst(".plane-note--no-entry").text()).contains("uden indførsel", "90 dage");
    }

    @Test
    void theDeclarationInForceIsMarkedApartFromTheEarlierOne() throws Exception {
        for (String path : List.of("/tidslinje", "/genafspilning")) {
            Document page = page("/projekter/" + project.id() + path);
            Elements current = page.select("svg.chart--plane .declared-point--current");
            assertThat(current).as(path).hasSize(1);
            assertThat(current.first().selectFirst("title").text()).as(path).startsWith("Gældende erklæring 1. marts");
            assertThat(page.select("svg.chart--plane .declared-point--earlier"))
                    .as(path)
                    .hasSize(1);
            assertThat(page.select(".figure--plane svg text.point-label").eachText())
                    .as(path)
                    .contains("gældende erklæring 1.3.2020");
            assertThat(page.select(".figure--plane .legend__list li").eachText())
                    .as(path)
                    .anyMatch(t -> t.startsWith("Gældende erklæring (den seneste)"))
                    .anyMatch(t -> t.startsWith("Tidligere, afløst erklæring"));
            Element declaredTable = page.select("table").stream()
                    .filter(t -> t.selectFirst("caption").text().startsWith("Erklærede"))
                    .findFirst()
                    .orElseThrow();
            assertThat(declaredTable.select("tbody tr").eachText())
                    .satisfiesExactly(
                            first -> assertThat(first).doesNotContain("Gældende"),
                            second -> assertThat(second).contains("Gældende"));
        }
    }
}
