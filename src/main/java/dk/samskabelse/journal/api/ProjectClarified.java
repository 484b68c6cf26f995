package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;

/** The decisions of phase 1 Afklaring (seed 002): success criteria, expected bottom lines, scope, legitimacy, ownership. */
public record ProjectClarified(String projectId, String entryId, LocalDate effectiveOn,
                               List<String> successCriteria, List<BottomLine> expectedBottomLines,
                               List<CoCreationScope> coCreationScope, String motivation,
                               String democraticLegitimacy, String ownership,
                               String organisationalReadiness) implements JournalEvent {
}
