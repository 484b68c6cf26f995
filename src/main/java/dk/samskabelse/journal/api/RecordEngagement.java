package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordEngagement(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        EngagementKind kind,
        String title,
        LocalDate occurredOn,
        String initiatedBy,
        List<Participation> participants,
        List<Contribution> contributions,
        String notes,
        boolean shareable,
        List<String> coInitiators,
        List<Attendance> attendance) {

    public RecordEngagement(
            String projectId,
            String entryId,
            EngagementKind kind,
            String title,
            LocalDate occurredOn,
            String initiatedBy,
            List<Participation> participants,
            List<Contribution> contributions,
            String notes,
            boolean shareable) {
        this(
                projectId,
                entryId,
                kind,
                title,
                occurredOn,
                initiatedBy,
                participants,
                contributions,
                notes,
                shareable,
                List.of(),
                List.of());
    }
}
