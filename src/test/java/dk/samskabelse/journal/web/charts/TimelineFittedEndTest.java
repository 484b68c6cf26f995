package dk.samskabelse.journal.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18, item 6: the timeline's axis is fitted to the project's entries, not stretched to today. */
class TimelineFittedEndTest {

    static final String P = "p1";
    static final LocalDate START = LocalDate.of(2018, 8, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aQuietOpenProjectEndsAfterItsLastEntryWithATenthOfItsSpan() {
        // 2018-08-01 .. 2019-07-27: 360 days, so a 36-day margin.
        LocalDate end = TimelineChart.fittedEnd(data(insight("e2", LocalDate.of(2019, 7, 27))), TODAY);

        assertThat(end).isEqualTo(LocalDate.of(2019, 9, 1));
    }

    @Test
    void anActiveProjectEndsToday() {
        LocalDate end = TimelineChart.fittedEnd(data(insight("e2", TODAY.minusDays(3))), TODAY);

        assertThat(end).isEqualTo(TODAY);
    }

    @Test
    void anInsightRecordedAfterTheClosureIsOnTheAxis() {
        LocalDate closed = LocalDate.of(2019, 6, 30);
        LocalDate afterwards = LocalDate.of(2019, 10, 1);

        LocalDate end = TimelineChart.fittedEnd(
                data(new ProjectClosed(P, "e2", closed, "Slut", true), insight("e3", afterwards)), TODAY);

        assertThat(end).isAfter(afterwards);
    }

    @Test
    void aRetractedEntryDoesNotStretchTheAxisAndAYoungProjectGetsAWeek() {
        LocalDate end = TimelineChart.fittedEnd(
                data(
                        insight("e2", LocalDate.of(2024, 1, 1)),
                        new EntryRetracted(P, "e3", START.plusDays(1), "e2", "InsightRecorded", "Forkert", true)),
                TODAY);

        assertThat(end).isEqualTo(START.plusDays(1).plusDays(7));
    }

    private static InsightRecorded insight(String entryId, LocalDate on) {
        return new InsightRecorded(P, entryId, on, FocusPoint.MAALOPFYLDELSE, "Indsigt", true);
    }

    private static dk.samskabelse.journal.query.project.ProjectData data(JournalEvent... later) {
        List<JournalEvent> events = new ArrayList<>();
        events.add(new ProjectStarted(P, "e1", START, "0-18", "Lejre", Area.KULTUR_OG_FRITID, "Formål"));
        events.addAll(List.of(later));
        return ProjectedData.of(P, events);
    }
}
