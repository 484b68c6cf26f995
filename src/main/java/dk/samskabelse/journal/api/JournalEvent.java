package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * Every journal entry. The entry id is stable forever (retractions and research exports refer to it);
 * the effective date is when it happened in the project. Who recorded it and when travel as metadata
 * (recordedBy, recordedAt), see docs/domain.md "Two clocks".
 */
public interface JournalEvent {

    String projectId();

    String entryId();

    LocalDate effectiveOn();
}
