package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.EngagementDetails;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One entry of the journal as a line on the page: what kind of entry, a one-line summary in the user's
 * language, both clocks (effective date, recorded time) and who recorded it; for a retraction, the entry it
 * withdraws (retracts, else null); for an engagement, what it holds (engagement, else null).
 */
record EntryLine(
        String entryId,
        String type,
        String summary,
        LocalDate effectiveOn,
        ZonedDateTime recordedAt,
        String recordedBy,
        boolean retracted,
        boolean retractable,
        Retracts retracts,
        EngagementDetails engagement) {

    /** The entry a retraction withdraws, as the journal shows it (issue 18, item 4). */
    record Retracts(String entryId, String typeKey, String summary, LocalDate effectiveOn) {}

    public String typeKey() {
        return "entry.type." + type;
    }
}
