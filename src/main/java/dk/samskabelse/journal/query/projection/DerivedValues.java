package dk.samskabelse.journal.query.projection;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.samskabelse.journal.api.JournalEvent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What projectors compute from an event alone (ProjectionStore.derived), kept with the event instance: time travel
 * replays a project's kept history (ProjectHistories) on every request, the same instances each time, and writing
 * each entry's JSON anew was a quarter of a time-travel answer (bench W3, issue 14). Weak keys, compared by
 * identity: the values go with the history they were computed from. Not for the live processor or the offline
 * rebuild, which see each event once.
 */
public final class DerivedValues {

    private final Cache<JournalEvent, Map<Class<?>, Object>> values =
            Caffeine.newBuilder().weakKeys().build();

    @SuppressWarnings("unchecked")
    <T> T get(JournalEvent event, Class<?> by, Function<JournalEvent, T> compute) {
        return (T) values.get(event, e -> new ConcurrentHashMap<>()).computeIfAbsent(by, b -> compute.apply(event));
    }
}
