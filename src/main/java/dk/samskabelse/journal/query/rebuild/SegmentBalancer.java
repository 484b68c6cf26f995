package dk.samskabelse.journal.query.rebuild;

import dk.samskabelse.journal.query.projection.ProjectionGroups;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Shares the projections' processor segments between the journal instances on one database. Axon without Axon
 * Server never balances: the first instance claims every segment and a second one idles until the first dies.
 * So each instance records a heartbeat in journal_node, counts the instances seen recently, and releases the
 * segments it holds beyond its fair share (segments / live instances, rounded up); another instance then claims
 * them at its next claim attempt. An instance counts as gone well before its token claims expire (Axon's claim
 * timeout, 10 s), so the survivor of a crash takes the dead one's segments and keeps them.
 */
@Component
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    /** The owner Axon's token store writes into token_entry for this instance ("pid@host"). */
    private final String nodeId = ManagementFactory.getRuntimeMXBean().getName();

    private final ProjectionProcessors processors;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "segment-balancer");
        thread.setDaemon(true);
        return thread;
    });
    /** Rounds failed in a row: only the first of a streak is a warning, so a database outage does not flood the log. */
    private int failedRounds;

    public SegmentBalancer(
            ProjectionProcessors processors, JdbcTemplate jdbc, Clock clock, RebuildProperties settings) {
        this.processors = processors;
        this.jdbc = jdbc;
        this.clock = clock;
        this.interval = settings.processors().balanceInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        timer.scheduleWithFixedDelay(this::balance, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        try {
            jdbc.update("DELETE FROM journal_node WHERE node_id = ?", nodeId);
        } catch (RuntimeException e) {
            // Harmless for the others (the heartbeat grows old and they stop counting this one), but a failure.
            log.warn(
                    "Heartbeat of {} not removed on shutdown; the other instances stop counting it once it is old",
                    nodeId,
                    e);
        }
    }

    void balance() {
        try {
            long now = clock.millis();
            if (jdbc.update("UPDATE journal_node SET heartbeat_at = ? WHERE node_id = ?", now, nodeId) == 0) {
                jdbc.update("INSERT INTO journal_node (node_id, heartbeat_at) VALUES (?, ?)", nodeId, now);
            }
            // Three missed heartbeats: gone (well inside the 10 s claim timeout with the default 2 s interval).
            long since = now - 3 * interval.toMillis();
            Integer live = jdbc.queryForObject(
                    "SELECT count(*) FROM journal_node WHERE heartbeat_at >= ?", Integer.class, since);
            jdbc.update(
                    "DELETE FROM journal_node WHERE heartbeat_at < ?",
                    now - Duration.ofHours(1).toMillis());
            for (String group : ProjectionGroups.ALL) {
                release(group, live == null ? 1 : live);
            }
            if (failedRounds > 0) {
                log.info("Segment balancing works again after {} failed rounds", failedRounds);
                failedRounds = 0;
            }
        } catch (RuntimeException e) {
            // Nothing was balanced this round (the database is down or busy); the next round tries again. While
            // it fails, this instance's heartbeat ages and the others stop counting it.
            failedRounds++;
            if (failedRounds == 1) {
                log.warn("Segment balancing failed; retrying every {} (further failures logged at DEBUG)", interval, e);
            } else {
                log.debug("Segment balancing failed again ({} rounds in a row): {}", failedRounds, e.toString());
            }
        }
    }

    /** The balancer's timer, for the shutdown test. */
    ScheduledExecutorService timer() {
        return timer;
    }

    private void release(String group, int liveNodes) {
        StreamingEventProcessor processor = processors.processor(group);
        if (!processor.isRunning()) {
            return;
        }
        Integer segments =
                jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ?", Integer.class, group);
        var claimed = processor.processingStatus().keySet().stream()
                .sorted(Comparator.reverseOrder())
                .toList();
        int excess = excess(claimed.size(), segments == null ? 0 : segments, liveNodes);
        for (int i = 0; i < excess; i++) {
            int segment = claimed.get(i);
            log.info("Releasing segment {} of {} to another instance ({} live instances)", segment, group, liveNodes);
            // Long enough for another instance to claim it (it tries every 5 s); after that it may come back here.
            processor.releaseSegment(segment, 5 * interval.toMillis() + 5000, TimeUnit.MILLISECONDS);
        }
    }

    /** How many of its claimed segments an instance gives up: those beyond segments / live instances, rounded up. */
    static int excess(int claimed, int segments, int liveNodes) {
        if (segments == 0 || liveNodes <= 1) {
            return 0;
        }
        int fairShare = (segments + liveNodes - 1) / liveNodes;
        return Math.max(0, claimed - fairShare);
    }
}
