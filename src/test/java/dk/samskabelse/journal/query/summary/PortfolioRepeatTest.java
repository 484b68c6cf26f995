package dk.samskabelse.journal.query.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An event the processor delivers a second time (after a crash) is not counted twice in the portfolio. */
class PortfolioRepeatTest {

    private final PortfolioProjector projector = new PortfolioProjector();
    private final InMemoryProjectionStore store = new InMemoryProjectionStore();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    @Test
    void aRepeatedEventIsCountedOnce() {
        ProjectStarted started = new ProjectStarted("p", "e0", DAY, "Navn", "Næstved", Area.SUNDHED, "Formål");
        InsightRecorded first = new InsightRecorded("p", "e1", DAY, FocusPoint.PROCES, "Tekst", false);
        InsightRecorded second = new InsightRecorded("p", "e2", DAY.plusDays(1), FocusPoint.PROCES, "Tekst", false);

        projector.apply(started, meta(0), store);
        projector.apply(first, meta(1), store);
        projector.apply(first, meta(1), store);
        projector.apply(started, meta(0), store);
        projector.apply(second, meta(2), store);

        ProjectSummary summary = store.projectRow(ProjectSummary.class, "p").orElseThrow();
        assertThat(summary.getEntryCount()).isEqualTo(3);
        assertThat(summary.getLastEntryId()).isEqualTo("e2");
    }

    @Test
    void everyAppliedEventBumpsTheProjectionVersionRetractionsTooButARepeatDoesNot() {
        ProjectStarted started = new ProjectStarted("p", "e0", DAY, "Navn", "Næstved", Area.SUNDHED, "Formål");
        InsightRecorded insight = new InsightRecorded("p", "e1", DAY, FocusPoint.PROCES, "Tekst", false);
        EntryRetracted retracted = new EntryRetracted("p", "e2", DAY, "e1", "InsightRecorded", "Forkert", false);

        projector.apply(started, meta(0), store);
        long atStart = store.projectRow(ProjectSummary.class, "p").orElseThrow().getProjectionVersion();
        projector.apply(insight, meta(1), store);
        projector.apply(insight, meta(1), store);
        long afterInsight =
                store.projectRow(ProjectSummary.class, "p").orElseThrow().getProjectionVersion();
        projector.apply(retracted, meta(2), store);

        assertThat(atStart).isEqualTo(1);
        assertThat(afterInsight).isEqualTo(2);
        assertThat(store.projectRow(ProjectSummary.class, "p").orElseThrow().getProjectionVersion())
                .isEqualTo(3);
    }

    @Test
    void aTimeTravelReplayThatLeavesEventsOutCountsWhatItSees() {
        ProjectStarted started = new ProjectStarted("p", "e0", DAY, "Navn", "Næstved", Area.SUNDHED, "Formål");
        projector.apply(started, meta(0), store);
        projector.apply(new InsightRecorded("p", "e3", DAY, FocusPoint.PROCES, "Tekst", false), meta(3), store);
        projector.apply(new InsightRecorded("p", "e7", DAY, FocusPoint.PROCES, "Tekst", false), meta(7), store);

        assertThat(store.projectRow(ProjectSummary.class, "p").orElseThrow().getEntryCount())
                .isEqualTo(3);
    }

    private static EntryMeta meta(long sequenceNumber) {
        return new EntryMeta(sequenceNumber, Instant.parse("2026-03-02T10:00:00Z"), "leder");
    }
}
