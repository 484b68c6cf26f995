package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * The decisions of phase 1 Afklaring (seed 002): success criteria, expected bottom lines, scope, legitimacy,
 * ownership. Revision 2 added where the task came from (taskOrigin, null when not recorded), the partner
 * organisations of a project run by several municipalities or a region (seed 002: Naturens Rige across seven
 * municipalities) and the target groups; events of revision 1 are upcast with null and empty lists.
 */
@Revision("2")
public record ProjectClarified(
        String projectId,
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
        List<TargetGroup> targetGroups)
        implements JournalEvent {

    public ProjectClarified(
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
