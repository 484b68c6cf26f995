package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;

/** An activity with its initiator, participants and their influence; the engagement id equals the entry id. */
public record EngagementRecorded(String projectId, String entryId, LocalDate effectiveOn,
                                 String engagementId, EngagementKind kind, String title, String initiatedBy,
                                 List<Participation> participants, List<Contribution> contributions,
                                 String notes, boolean shareable) implements JournalEvent {
}
