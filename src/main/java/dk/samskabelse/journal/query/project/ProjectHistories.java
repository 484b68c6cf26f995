package dk.samskabelse.journal.query.project;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Each project's events, read from the event store once and kept in memory, for time travel: a question about
 * another date replays the project's history, and reading and deserialising thousands of events for every
 * question would dominate its answer. Events are never changed or removed (corrections and erasures are new
 * events, and events hold no personal data), so a cached history only ever grows: each request reads just the
 * events stored after the last cached one. Bounded by the number of events held in all.
 */
@Component
public class ProjectHistories {

    /** One stored event as the projectors take it. */
    public record Recorded(JournalEvent event, EntryMeta meta) {}

    private record History(List<Recorded> events) {}

    private final EventStore eventStore;
    private final Cache<String, History> histories;

    public ProjectHistories(EventStore eventStore, ProjectCacheProperties settings) {
        this.eventStore = eventStore;
        this.histories = Caffeine.newBuilder()
                .maximumWeight(settings.timeTravel().cachedEvents())
                .weigher((String projectId, History history) ->
                        Math.max(1, history.events().size()))
                .build();
    }

    /** The project's events in order, up to the newest one stored; empty for an unknown project. */
    public List<Recorded> of(String projectId) {
        return histories
                .asMap()
                .compute(projectId, (id, cached) -> {
                    List<Recorded> known = cached == null ? List.of() : cached.events();
                    List<Recorded> newer = new ArrayList<>();
                    eventStore
                            .readEvents(id, known.size())
                            .asStream()
                            .forEach(message -> newer.add(new Recorded(
                                    (JournalEvent) message.getPayload(), ProjectionEventHandler.meta(message))));
                    if (newer.isEmpty() && cached != null) {
                        return cached;
                    }
                    List<Recorded> all = new ArrayList<>(known.size() + newer.size());
                    all.addAll(known);
                    all.addAll(newer);
                    return new History(List.copyOf(all));
                })
                .events();
    }
}
