package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectStarted;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Values derived from an event are kept per event instance by a store given DerivedValues (time travel's replays
 * of kept histories), and computed every time by any other store (the offline rebuild sees each event once).
 */
class DerivedValuesTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final Function<JournalEvent, String> json = event -> event.entryId() + "#" + computed.incrementAndGet();

    @Test
    void theSameEventInstanceReplayedAgainIsComputedOnce() {
        DerivedValues kept = new DerivedValues();
        JournalEvent event = started("e1");

        String first = new InMemoryProjectionStore(kept).derived(event, String.class, json);
        String again = new InMemoryProjectionStore(kept).derived(event, String.class, json);

        assertThat(again).isEqualTo(first).isEqualTo("e1#1");
        assertThat(computed).hasValue(1);
    }

    @Test
    void anEqualButOtherInstanceAndAnotherProjectorEachComputeTheirOwn() {
        DerivedValues kept = new DerivedValues();
        InMemoryProjectionStore store = new InMemoryProjectionStore(kept);

        store.derived(started("e1"), String.class, json);
        store.derived(started("e1"), String.class, json);
        JournalEvent event = started("e2");
        store.derived(event, String.class, json);
        assertThat(store.derived(event, Integer.class, json)).isEqualTo("e2#4");
        assertThat(computed).hasValue(4);
    }

    @Test
    void aStoreWithoutKeptValuesComputesEveryTime() {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        JournalEvent event = started("e1");

        assertThat(store.derived(event, String.class, json)).isEqualTo("e1#1");
        assertThat(store.derived(event, String.class, json)).isEqualTo("e1#2");
    }

    private static ProjectStarted started(String entryId) {
        return new ProjectStarted(
                "p", entryId, LocalDate.of(2024, 1, 8), "Navn", "Lejre", Area.KULTUR_OG_FRITID, "Formål");
    }
}
