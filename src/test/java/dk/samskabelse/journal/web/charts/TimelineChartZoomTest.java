package dk.samskabelse.journal.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 18, item 6: the timeline zoomed to a date range, and axis labels that are never cut at the edge. */
class TimelineChartZoomTest {

    static final String P = "p1";
    static final String LEADER = "leader";
    static final DateTimeFormatter MONTHS = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("da"));

    @Test
    void theAxisRunsOverTheRangeBarsAreCutAtItsEdgesAndMarksOutsideItAreLeftOut() {
        TimelineChart chart = TimelineChart.zoomed(
                ProjectedData.of(
                        P,
                        List.of(
                                new ProjectStarted(P, "e1", d(0), "Lejre", "Lejre", Area.KULTUR_OG_FRITID, "Formål"),
                                new ActorRegistered(
                                        P, "e2", d(0), LEADER, ActorKind.PROJEKTLEDER, Sector.PUBLIC, Role.BESLUTTENDE),
                                new InsightRecorded(P, "e3", d(5), FocusPoint.PROCES, "Før udsnittet", true),
                                new PhaseChanged(P, "e4", d(8), Phase.AFKLARING, Phase.PLANLAEGNING, false, null, true),
                                new RoleShifted(
                                        P, "e5", d(40), LEADER, Role.BESLUTTENDE, Role.FACILITATOR, "Skift", true),
                                new InsightRecorded(P, "e6", d(50), FocusPoint.PROCES, "I udsnittet", true),
                                new CourseCorrected(P, "e7", d(90), "Efter udsnittet", "Grund", List.of(), true))),
                id -> id,
                d(30),
                d(59),
                MONTHS,
                Role::name,
                Enum::name);

        assertThat(chart.from()).isEqualTo(d(30));
        assertThat(chart.to()).isEqualTo(d(59));
        assertThat(chart.phases())
                .as("the first phase ended before the range")
                .singleElement()
                .satisfies(band -> {
                    assertThat(band.phase()).isEqualTo(Phase.PLANLAEGNING);
                    assertThat(band.x()).as("cut at the left edge").isEqualTo(Svg.n(TimelineChart.PLOT_LEFT));
                    assertThat(Double.parseDouble(band.x()) + Double.parseDouble(band.width()))
                            .as("open, so it runs to the right edge")
                            .isEqualTo(TimelineChart.PLOT_RIGHT);
                });
        assertThat(chart.lanes().get(0).roles())
                .extracting(TimelineChart.RoleBar::role)
                .containsExactly(Role.BESLUTTENDE, Role.FACILITATOR);
        assertThat(chart.lanes().get(0).roles().get(0).x()).isEqualTo(Svg.n(TimelineChart.PLOT_LEFT));
        assertThat(chart.annotations())
                .as("only the insight in the range, numbered as in the whole project")
                .singleElement()
                .satisfies(note -> assertThat(note.label()).isEqualTo("E2"));
        assertThat(chart.ticks()).extracting(TimelineChart.Tick::label).containsExactly("feb. 2024");
    }

    @Test
    void theWholeProjectLeavesNothingOut() {
        TimelineChart chart = TimelineChart.of(
                ProjectedData.of(
                        P,
                        List.of(
                                new ProjectStarted(P, "e1", d(0), "Lejre", "Lejre", Area.KULTUR_OG_FRITID, "Formål"),
                                new InsightRecorded(P, "e2", d(5), FocusPoint.PROCES, "Tidligt", true),
                                new InsightRecorded(P, "e3", d(50), FocusPoint.PROCES, "Senere", true))),
                id -> id,
                d(60),
                MONTHS,
                Role::name,
                Enum::name);

        assertThat(chart.annotations())
                .extracting(TimelineChart.Annotation::label)
                .containsExactly("E1", "E2");
    }

    @Test
    void theLastTickLabelEndsInsideThePicture() {
        // Review 2026-12-04, 2.5: "dec. 2" was cut at the right edge (13 August 2018 to 4 December 2026).
        for (LocalDate to : List.of(LocalDate.of(2026, 12, 4), LocalDate.of(2019, 12, 5), LocalDate.of(2020, 6, 2))) {
            List<TimelineChart.Tick> ticks = TimelineChart.ticks(
                    new TimelineChart.Scale(LocalDate.of(2018, 8, 13).withYear(to.getYear() - 1), to), MONTHS);
            TimelineChart.Tick last = ticks.get(ticks.size() - 1);
            double x = Double.parseDouble(last.x()) + Double.parseDouble(last.dx());
            double right = last.anchor().equals("end") ? x : x + last.label().length() * 6.2;
            assertThat(right).as(to + ": " + last.label()).isLessThanOrEqualTo(TimelineChart.WIDTH);
            assertThat(last.label()).as(to.toString()).isNotEmpty();
        }
    }

    private static LocalDate d(int day) {
        return LocalDate.of(2024, 1, 1).plusDays(day);
    }
}
