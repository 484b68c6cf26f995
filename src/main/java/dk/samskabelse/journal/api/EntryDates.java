package dk.samskabelse.journal.api;

import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_START;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.DATE_TOO_EARLY;

import java.time.LocalDate;

/**
 * The date rules every entry meets, known without the project's history: the journal records what has happened
 * (not after today), within the project (not before its start). The aggregate enforces them; the web forms ask
 * them too, so that a date error is reported in the same round as a missing field (issue 18, item 8).
 */
public final class EntryDates {

    /**
     * A stored event is kept forever: a date the projections' tables cannot hold (PostgreSQL's dates end in 4713 BC)
     * would stop every projection at that event for good.
     */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private EntryDates() {}

    /** Rejects a date after today (DATE_IN_FUTURE) or before {@link #EARLIEST} (DATE_TOO_EARLY). */
    public static void notInFuture(LocalDate date, String field, LocalDate today) {
        if (date.isAfter(today)) {
            throw new JournalRejection(
                    DATE_IN_FUTURE,
                    field,
                    "The journal records what has happened; " + date + " lies in the future",
                    date);
        }
        if (date.isBefore(EARLIEST)) {
            throw new JournalRejection(DATE_TOO_EARLY, field, date + " lies before " + EARLIEST, EARLIEST);
        }
    }

    /** Rejects a date before the project's start (DATE_BEFORE_START). */
    public static void notBeforeStart(LocalDate date, LocalDate startedOn, String field) {
        if (date.isBefore(startedOn)) {
            throw new JournalRejection(DATE_BEFORE_START, field, "The project started on " + startedOn, startedOn);
        }
    }
}
