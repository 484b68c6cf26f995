package dk.samskabelse.journal.query.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectStarted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;

/** The cached histories of time travel: read once, then only what was stored since. */
class ProjectHistoriesTest {

    private static final String PROJECT = "p-1";

    private final List<DomainEventMessage<?>> stored = new ArrayList<>();
    private final EventStore eventStore = mock(EventStore.class);
    private final ProjectHistories histories = new ProjectHistories(
            eventStore, new ProjectCacheProperties(null, new ProjectCacheProperties.TimeTravelSettings(1000)));

    ProjectHistoriesTest() {
        when(eventStore.readEvents(eq(PROJECT), anyLong())).thenAnswer(call -> {
            int from = Math.toIntExact((long) call.getArgument(1));
            return DomainEventStream.of(List.copyOf(stored.subList(Math.min(from, stored.size()), stored.size())));
        });
    }

    @Test
    void aCachedHistoryGrowsWithTheEventsStoredSinceAndReadsOnlyThose() {
        store(new ProjectStarted(
                PROJECT, "e-0", LocalDate.of(2020, 1, 1), "Navn", "Lejre", Area.KULTUR_OG_FRITID, "Formål"));
        assertThat(histories.of(PROJECT)).extracting(r -> r.event().entryId()).containsExactly("e-0");

        store(phase("e-1"));
        store(phase("e-2"));
        assertThat(histories.of(PROJECT)).extracting(r -> r.event().entryId()).containsExactly("e-0", "e-1", "e-2");
        assertThat(histories.of(PROJECT))
                .extracting(r -> r.meta().sequenceNumber())
                .containsExactly(0L, 1L, 2L);

        verify(eventStore).readEvents(PROJECT, 0L);
        verify(eventStore).readEvents(PROJECT, 1L);
        // The third question found nothing stored after sequence number 2 and kept the cached history.
        verify(eventStore).readEvents(PROJECT, 3L);
        verifyNoMoreInteractions(eventStore);
    }

    @Test
    void anUnknownProjectHasNoHistory() {
        assertThat(histories.of(PROJECT)).isEmpty();
    }

    private static PhaseChanged phase(String entryId) {
        return new PhaseChanged(
                PROJECT,
                entryId,
                LocalDate.of(2020, 2, 1),
                Phase.AFKLARING,
                Phase.PLANLAEGNING,
                false,
                "Videre",
                false);
    }

    private void store(JournalEvent event) {
        stored.add(new GenericDomainEventMessage<>("Project", PROJECT, stored.size(), event));
    }
}
