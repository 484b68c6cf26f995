package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import dk.samskabelse.journal.query.projection.Projector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The command-line rebuild, with no other journal instance running: the same projectors as the live processors,
 * but each project's events are read once (not once per processing group) and replayed in memory, and its rows
 * are then written in one transaction. Projections are per project (a time-travel replay of one project gives
 * the live rows too), so projects are rebuilt independently, in parallel, and memory holds only the projects in
 * hand, whatever the size of the event store.
 * <p>
 * The processors are stopped first and their tokens set to the head of the event store, which also runs their
 * reset handlers (the rows and the dead letters go); this fails if another journal instance holds a token.
 * When the rows are written the processors start again from that head.
 */
@Service
public class OfflineRebuild {

    private static final Logger log = LoggerFactory.getLogger(OfflineRebuild.class);

    /** What the rebuild did, for the log and the benchmark. */
    public record Result(int projects, long events, long rows, double seconds) {

        public double eventsPerSecond() {
            return events / Math.max(0.001, seconds);
        }
    }

    private final ProjectionProcessors processors;
    private final EventStore eventStore;
    private final List<Projector> projectors;
    private final JdbcTemplate jdbc;
    private final BulkRowWriter writer;
    private final int threads;

    public OfflineRebuild(
            ProjectionProcessors processors,
            EventStore eventStore,
            List<Projector> projectors,
            JdbcTemplate jdbc,
            BulkRowWriter writer,
            RebuildProperties settings) {
        int threads = settings.rebuild().threads();
        this.processors = processors;
        this.eventStore = eventStore;
        this.projectors = projectors;
        this.jdbc = jdbc;
        this.writer = writer;
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public synchronized Result run() {
        long start = System.nanoTime();
        TrackingToken head = eventStore.createHeadToken();
        for (String group : ProjectionGroups.ALL) {
            StreamingEventProcessor processor = processors.processor(group);
            processor.shutDown();
            processor.resetTokens(head);
        }
        List<String> projectIds = jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry "
                        + "WHERE type = 'Project' AND sequence_number = 0 ORDER BY global_index",
                String.class);
        log.info(
                "Offline rebuild of {} projects ({} events) on {} threads",
                projectIds.size(),
                ProjectionProcessors.position(head),
                threads);
        AtomicInteger next = new AtomicInteger();
        AtomicLong events = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "offline-rebuild"));
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> {
                    for (int p = next.getAndIncrement(); p < projectIds.size(); p = next.getAndIncrement()) {
                        String projectId = projectIds.get(p);
                        rebuild(projectId, events, rows);
                        if ((p + 1) % 50 == 0) {
                            log.info(
                                    "Offline rebuild: {} of {} projects, {} events, {} events/s",
                                    p + 1,
                                    projectIds.size(),
                                    events.get(),
                                    Math.round(events.get() / seconds(start)));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fallBackToReplay(e);
        } catch (ExecutionException e) {
            throw fallBackToReplay(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        ProjectionGroups.ALL.forEach(group -> processors.processor(group).start());
        Result result = new Result(projectIds.size(), events.get(), rows.get(), seconds(start));
        log.info(
                "Offline rebuild finished: {} projects, {} events, {} rows in {} s ({} events/s)",
                result.projects(),
                result.events(),
                result.rows(),
                Math.round(result.seconds()),
                Math.round(result.eventsPerSecond()));
        return result;
    }

    /**
     * Half-written projections must not be taken for complete ones: the processors go back to the start of the
     * event store and replay it themselves, where an event that fails is parked as a dead letter and shown.
     */
    private IllegalStateException fallBackToReplay(Throwable cause) {
        log.error("Offline rebuild failed; the processors replay the event store instead", cause);
        for (String group : ProjectionGroups.ALL) {
            StreamingEventProcessor processor = processors.processor(group);
            processor.resetTokens();
            processor.start();
        }
        return new IllegalStateException(
                "Offline rebuild failed; the projections are being replayed by the " + "event processors instead",
                cause);
    }

    private void rebuild(String projectId, AtomicLong events, AtomicLong rows) {
        InMemoryProjectionStore memory = new InMemoryProjectionStore();
        long[] count = {0};
        eventStore.readEvents(projectId).asStream().forEach(message -> {
            JournalEvent event = (JournalEvent) message.getPayload();
            var meta = ProjectionEventHandler.meta(message);
            projectors.forEach(projector -> projector.apply(event, meta, memory));
            count[0]++;
        });
        List<ProjectRow> computed = new ArrayList<>();
        for (Projector projector : projectors) {
            for (Class<? extends ProjectRow> type : projector.rowTypes()) {
                computed.addAll(memory.all(type));
            }
        }
        rows.addAndGet(writer.insert(computed));
        events.addAndGet(count[0]);
    }

    private static double seconds(long since) {
        return Math.max(0.001, (System.nanoTime() - since) / 1e9);
    }
}
