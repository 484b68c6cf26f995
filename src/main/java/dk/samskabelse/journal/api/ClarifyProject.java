package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ClarifyProject(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        LocalDate effectiveOn,
        List<String> successCriteria,
        List<BottomLine> expectedBottomLines,
        List<CoCreationScope> coCreationScope,
        String motivation,
        String democraticLegitimacy,
        String ownership,
        String organisationalReadiness,
        TaskOrigin taskOrigin,
        List<String> partnerOrganisations,
        List<TargetGroup> targetGroups) {

    public ClarifyProject(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            List<String> successCriteria,
            List<BottomLine> expectedBottomLines,
            List<CoCreationScope> coCreationScope,
            String motivation,
            String democraticLegitimacy,
            String ownership,
            String organisationalReadiness) {
        this(
                projectId,
                entryId,
                effectiveOn,
                successCriteria,
                expectedBottomLines,
                coCreationScope,
                motivation,
                democraticLegitimacy,
                ownership,
                organisationalReadiness,
                null,
                List.of(),
                List.of());
    }
}
