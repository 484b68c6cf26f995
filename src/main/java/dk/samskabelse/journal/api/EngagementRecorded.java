package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * An activity with its initiator, participants and their influence; the engagement id equals the entry id.
 * Revision 2 added coInitiators (joint initiatives: Lejre's associations together, seed 002; initiatedBy stays
 * the first initiator) and attendance (how many took part beyond the registered participants); events of
 * revision 1 are upcast with empty lists.
 */
@Revision("2")
public record EngagementRecorded(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String engagementId,
        EngagementKind kind,
        String title,
        String initiatedBy,
        List<Participation> participants,
        List<Contribution> contributions,
        String notes,
        boolean shareable,
        List<String> coInitiators,
        List<Attendance> attendance)
        implements JournalEvent {

    public EngagementRecorded(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            String engagementId,
            EngagementKind kind,
            String title,
            String initiatedBy,
            List<Participation> participants,
            List<Contribution> contributions,
            String notes,
            boolean shareable) {
        this(
                projectId,
                entryId,
                effectiveOn,
                engagementId,
                kind,
                title,
                initiatedBy,
                participants,
                contributions,
                notes,
                shareable,
                List.of(),
                List.of());
    }

    /** Every initiator, the first one first. */
    public List<String> initiators() {
        List<String> all = new java.util.ArrayList<>();
        all.add(initiatedBy);
        if (coInitiators != null) {
            all.addAll(coInitiators);
        }
        return List.copyOf(all);
    }
}
