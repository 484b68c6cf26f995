package dk.samskabelse.journal.api;

import java.time.LocalDate;

/**
 * Every journal entry. The entry id is stable forever (retractions and research exports refer to it);
 * the effective date is when it happened in the project. Who recorded it and when travel as metadata
 * (recordedBy, recordedAt), see docs/domain.md "Two clocks".
 * <p>
 * Sealed: every kind of entry is listed here and has its {@link EntryType}, so a new kind cannot be stored without
 * a stored type name, a label and a summary (StoredEventTypesTest, EntryTypeTest).
 */
public sealed interface JournalEvent
        permits ActorPersonalDataErased,
                ActorRegistered,
                ActorRejoined,
                ActorWithdrawn,
                CourseCorrected,
                EngagementRecorded,
                EntryRetracted,
                InsightRecorded,
                LeadershipActionRecorded,
                LeadershipReflectionRecorded,
                PhaseChanged,
                PlanningRecorded,
                ProjectClarified,
                ProjectClosed,
                ProjectReopened,
                ProjectStarted,
                RoleAdded,
                RoleEnded,
                RoleShifted,
                TypologyDeclared {

    String projectId();

    String entryId();

    LocalDate effectiveOn();
}
