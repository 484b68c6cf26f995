package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.deadletter.DeadLetters;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Rebuilds every projection from the event store: the processor ({@link ProjectionGroups#ALL}, one group feeding
 * every projection) is stopped, the rows are cleared by its reset handler, its token goes back to the start, and
 * it replays the whole stream. Progress is logged every few
 * seconds and can be polled. Only one rebuild runs at a time.
 */
@Service
public class ProjectionRebuilder {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilder.class);

    private final ProjectionProcessors processors;
    private final Clock clock;
    private final ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rebuild-progress");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Instant startedAt;
    private volatile Instant finishedAt;
    private volatile boolean running;

    private final IntSupplier parkedEvents;

    @Autowired
    public ProjectionRebuilder(ProjectionProcessors processors, Clock clock, DeadLetters deadLetters) {
        this(processors, clock, () -> deadLetters.overview().count());
    }

    ProjectionRebuilder(ProjectionProcessors processors, Clock clock) {
        this(processors, clock, () -> 0);
    }

    private ProjectionRebuilder(ProjectionProcessors processors, Clock clock, IntSupplier parkedEvents) {
        this.processors = processors;
        this.clock = clock;
        this.parkedEvents = parkedEvents;
    }

    /** Starts a rebuild; false if one is already running. */
    public synchronized boolean start() {
        if (running) {
            return false;
        }
        running = true;
        startedAt = clock.instant();
        finishedAt = null;
        log.info("Rebuilding projections {} from {} events", ProjectionGroups.ALL, processors.head());
        for (String group : ProjectionGroups.ALL) {
            StreamingEventProcessor processor = processors.processor(group);
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        reporter.schedule(this::report, 1, TimeUnit.SECONDS);
        return true;
    }

    /** Runs a rebuild to its end, for the command line. */
    public RebuildProgress rebuildAndWait(Duration timeout) {
        start();
        if (!processors.awaitCaughtUp(timeout)) {
            throw new IllegalStateException("Rebuild did not finish within " + timeout + ": " + progress());
        }
        RebuildProgress done = progress();
        log.info(
                "Rebuild finished: {} events per processor, {} processors, {} events/s, {} events parked",
                done.eventsTotal() / Math.max(1, ProjectionGroups.ALL.size()),
                ProjectionGroups.ALL.size(),
                Math.round(done.eventsPerSecond()),
                done.parkedEvents());
        return done;
    }

    /**
     * Synchronized with start(): while start() stops and resets the processors, the ones not yet reset still
     * show their old, caught-up status, which must not be taken for the end of the new rebuild.
     */
    public synchronized RebuildProgress progress() {
        List<ProcessorProgress> each = processors.progress();
        long done = each.stream().mapToLong(ProcessorProgress::position).sum();
        long total = each.stream().mapToLong(ProcessorProgress::head).sum();
        if (running && each.stream().allMatch(ProcessorProgress::caughtUp)) {
            running = false;
            finishedAt = clock.instant();
        }
        Instant end = finishedAt != null ? finishedAt : clock.instant();
        double seconds = startedAt == null
                ? 0
                : Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
        double rate = startedAt == null ? 0 : done / seconds;
        int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        return new RebuildProgress(
                running, startedAt, finishedAt, done, total, rate, percent, each, parkedEvents.getAsInt());
    }

    /** Stops the progress reports with the application; the rebuild itself runs in Axon's processors. */
    @PreDestroy
    void stop() {
        reporter.shutdownNow();
    }

    /** The progress reporter, for the shutdown test. */
    ScheduledExecutorService reporter() {
        return reporter;
    }

    void report() {
        RebuildProgress now;
        try {
            now = progress();
        } catch (RuntimeException e) {
            // An exception escaping a scheduled task is kept in its future and never logged, and would end the
            // reports for good; the rebuild goes on in the processors, so say so and report again later.
            log.warn("Rebuild progress could not be read; trying again in 2 s", e);
            reschedule();
            return;
        }
        log.info(
                "Rebuild progress: {}/{} events ({}%), {} events/s, {} parked",
                now.eventsDone(),
                now.eventsTotal(),
                now.percent(),
                Math.round(now.eventsPerSecond()),
                now.parkedEvents());
        if (now.running()) {
            reschedule();
        }
    }

    private void reschedule() {
        if (!reporter.isShutdown()) {
            reporter.schedule(this::report, 2, TimeUnit.SECONDS);
        }
    }
}
