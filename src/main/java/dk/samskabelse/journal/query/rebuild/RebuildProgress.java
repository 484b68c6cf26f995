package dk.samskabelse.journal.query.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild's progress for a page to poll: events done of the total over all projections, and the rate.
 * eventsDone counts per projection, so the total is events × projections. parkedEvents: the events parked in the
 * dead-letter queues (GET /api/admin/dead-letters lists them); a rebuild finishes past them.
 */
public record RebuildProgress(boolean running, Instant startedAt, Instant finishedAt, long eventsDone,
                              long eventsTotal, double eventsPerSecond, int percent,
                              List<ProcessorProgress> processors, int parkedEvents) {
}
