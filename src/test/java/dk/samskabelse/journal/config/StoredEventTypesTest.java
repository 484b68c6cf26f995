package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * The event store keeps each event's type name and revision with its payload, forever, and the read models keep each
 * entry's kind by its stored name (EntryType). Renaming or moving an event class, or changing its revision without an
 * upcaster, would leave the stored events unreadable, so the names the configured event serializer writes, and each
 * kind's stored name, are pinned in stored-event-types.txt (see docs/events.md "Renaming or changing an event").
 */
class StoredEventTypesTest {

    private static final String PINNED = "/stored-event-types.txt";

    @Test
    void everyEventIsStoredUnderItsPinnedTypeNameAndRevision() throws IOException {
        Serializer serializer = new AxonConfig().eventSerializer();
        List<String> written = new ArrayList<>();
        for (Class<?> event : journalEvents()) {
            SerializedType type = serializer.typeForClass(event);
            written.add(type.getName() + " " + type.getRevision() + " "
                    + EntryType.of(event).storedName());
        }

        assertThat(written).as("""
                        The event type names, revisions or stored entry names written differ from %s.
                        Stored events keep these names forever: do not rename, move or remove an event class; \
                        keep the old name (or register an upcaster that maps it) and, for a schema change, add \
                        a new @Revision with an upcaster in config/upcasting, and keep the stored-events fixture \
                        passing (docs/events.md "Renaming or changing an event"). An EntryType's stored name never \
                        changes: read-model rows and EntryRetracted.retractedEntryType hold it. \
                        Update %s only for a new event class or together with such an upcaster.
                        Written now:
                        %s""", PINNED, PINNED, String.join("\n", written)).containsExactlyElementsOf(pinned());
    }

    @Test
    void theScanFindsTheJournalsEvents() {
        // Guards the scan itself: an empty or partial scan would let the comparison above pass for nothing.
        assertThat(journalEvents())
                .extracting(Class::getSimpleName)
                .contains("ProjectStarted", "EntryRetracted", "ActorPersonalDataErased", "TypologyDeclared");
    }

    @Test
    void theSealedHierarchyListsEveryEventAndEachHasOneEntryType() {
        // The permits list, the scan and the enum name the same classes: a kind cannot be stored without a name.
        List<Class<?>> permitted = new ArrayList<>(Arrays.asList(JournalEvent.class.getPermittedSubclasses()));
        permitted.sort(Comparator.comparing(Class::getName));
        assertThat(permitted).as("JournalEvent's permits list").containsExactlyElementsOf(journalEvents());
        assertThat(Arrays.stream(EntryType.values())
                        .<Class<?>>map(EntryType::eventClass)
                        .toList())
                .as("one EntryType per permitted event")
                .containsExactlyInAnyOrderElementsOf(permitted);
        for (EntryType type : EntryType.values()) {
            assertThat(EntryType.of(type.eventClass())).isEqualTo(type);
            assertThat(EntryType.fromStoredName(type.storedName())).contains(type);
        }
        assertThat(EntryType.fromStoredName("NoSuchEntry")).isEmpty();
        assertThat(EntryType.fromStoredName(null)).isEmpty();
    }

    /** Every concrete JournalEvent anywhere in the application, sorted by name, so a new class is found by itself. */
    private static List<Class<?>> journalEvents() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(JournalEvent.class));
        var names = new TreeSet<String>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("dk.samskabelse.journal")) {
            names.add(candidate.getBeanClassName());
        }
        List<Class<?>> events = new ArrayList<>();
        for (String name : names) {
            try {
                events.add(Class.forName(name));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return events;
    }

    private static List<String> pinned() throws IOException {
        try (InputStream in = StoredEventTypesTest.class.getResourceAsStream(PINNED)) {
            assertThat(in).as(PINNED + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        }
    }
}
