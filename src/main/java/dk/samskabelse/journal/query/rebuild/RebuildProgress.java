package dk.samskabelse.journal.query.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * A rebuild's progress for a page to poll: events done of the total over the processors, and the rate. One
 * processor feeds all projections (issue 14), so each event counts once. parkedEvents: the events parked in the
 * dead-letter queues (GET /api/admin/dead-letters lists them); a rebuild finishes past them.
 */
public record RebuildProgress(
        boolean running,
        Instant startedAt,
        Instant finishedAt,
        long eventsDone,
        long eventsTotal,
        double eventsPerSecond,
        int percent,
        List<ProcessorProgress> processors,
        int parkedEvents) {}
