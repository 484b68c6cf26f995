package dk.samskabelse.journal.query.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: rows are keyed by (project, id). The same entry id in two projects gives two rows, each found only
 * through its own project; a second row with the same key in one project is refused with a plain exception.
 */
class ProjectionStoreKeysTest {

    static TimelineEntry entry(String projectId, String entryId) {
        return new TimelineEntry(
                entryId,
                projectId,
                1,
                "InsightRecorded",
                LocalDate.of(2020, 1, 1),
                Instant.parse("2020-01-01T12:00:00Z"),
                "leder",
                "{}");
    }

    @Test
    void theSameEntryIdInTwoProjectsIsTwoRows() {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        store.persist(entry("p1", "e"));
        store.persist(entry("p2", "e"));

        assertThat(store.all(TimelineEntry.class)).hasSize(2);
        assertThat(store.find(TimelineEntry.class, "p1", "e"))
                .get()
                .extracting(TimelineEntry::getProjectId)
                .isEqualTo("p1");
        assertThat(store.find(TimelineEntry.class, "p2", "e"))
                .get()
                .extracting(TimelineEntry::getProjectId)
                .isEqualTo("p2");
        assertThat(store.find(TimelineEntry.class, "p3", "e")).isEmpty();
        assertThat(store.forProject(TimelineEntry.class, "p1")).hasSize(1);

        store.remove(store.find(TimelineEntry.class, "p1", "e").orElseThrow());
        assertThat(store.find(TimelineEntry.class, "p2", "e")).isPresent();
    }

    @Test
    void aTakenKeyInOneProjectIsRefusedPlainly() {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        store.persist(entry("p1", "e"));

        assertThatThrownBy(() -> store.persist(entry("p1", "e")))
                .isInstanceOf(DuplicateRowException.class)
                .hasMessageContaining("p1");
    }
}
