package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ALREADY_RETRACTED;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_NOT_RETRACTABLE;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_STILL_REFERENCED;
import static dk.samskabelse.journal.api.RejectionReason.REASON_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.SAME_PHASE;
import static dk.samskabelse.journal.api.RejectionReason.SAME_ROLE;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_PARTICIPANT;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_ENTRY;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.START_ENTRY;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.actorRegistered;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.JournalTestData.courseCorrected;
import static dk.samskabelse.journal.command.JournalTestData.engagementRecorded;
import static dk.samskabelse.journal.command.JournalTestData.entryRetracted;
import static dk.samskabelse.journal.command.JournalTestData.insightRecorded;
import static dk.samskabelse.journal.command.JournalTestData.phaseChanged;
import static dk.samskabelse.journal.command.JournalTestData.projectClarified;
import static dk.samskabelse.journal.command.JournalTestData.projectClosed;
import static dk.samskabelse.journal.command.JournalTestData.projectReopened;
import static dk.samskabelse.journal.command.JournalTestData.roleAdded;
import static dk.samskabelse.journal.command.JournalTestData.roleEnded;
import static dk.samskabelse.journal.command.JournalTestData.roleShifted;
import static dk.samskabelse.journal.command.JournalTestData.typologyDeclared;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RetractEntry: corrections are new events that take an entry out of the journal's state without erasing it.
 * The effects are exercised by sending the real RetractEntry command first ({@code andGivenCommands}) and then the
 * command whose outcome depends on it.
 */
class RetractEntryTest extends ProjectFixtureTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);

    private static RetractEntry retract(String retractedEntryId) {
        return retract("entry-retract-" + retractedEntryId, retractedEntryId);
    }

    private static RetractEntry retract(String entryId, String retractedEntryId) {
        return new RetractEntry(PROJECT_ID, entryId, retractedEntryId, TODAY, " Fejlregistrering ", true);
    }

    private static EntryRetracted retracted(String retractedEntryId, String type) {
        return new EntryRetracted(
                PROJECT_ID,
                "entry-retract-" + retractedEntryId,
                TODAY,
                retractedEntryId,
                type,
                "Fejlregistrering",
                true);
    }

    @Nested
    class Accepted {

        static Stream<Arguments> retractableEntries() {
            return Stream.of(
                    Arguments.of(projectClarified("entry-x"), "ProjectClarified"),
                    Arguments.of(typologyDeclared("entry-x"), "TypologyDeclared"),
                    Arguments.of(
                            actorRegistered("entry-x", "actor-new", ActorKind.VIRKSOMHED, Role.MEDPRODUCENT, MARCH),
                            "ActorRegistered"),
                    Arguments.of(roleShifted("entry-x", CITIZEN, Role.BRUGER, Role.FRIVILLIG, MARCH), "RoleShifted"),
                    Arguments.of(engagementRecorded("entry-x", MARCH, LEADER, LEADER, CITIZEN), "EngagementRecorded"),
                    Arguments.of(phaseChanged("entry-x", Phase.AFKLARING, Phase.PLANLAEGNING, MARCH), "PhaseChanged"),
                    Arguments.of(courseCorrected("entry-x"), "CourseCorrected"),
                    Arguments.of(insightRecorded("entry-x"), "InsightRecorded"),
                    Arguments.of(actorWithdrawn("entry-x", CITIZEN, MARCH), "ActorWithdrawn"));
        }

        @ParameterizedTest(name = "{1}")
        @MethodSource("retractableEntries")
        void an_entry_is_retracted_with_its_type_and_the_stripped_reason(JournalEvent entry, String type) {
            givenJournal(entry)
                    .when(retract("entry-retract", "entry-x"))
                    .expectResultMessagePayload("entry-retract")
                    .expectEvents(new EntryRetracted(
                            PROJECT_ID, "entry-retract", TODAY, "entry-x", type, "Fejlregistrering", true));
        }
    }

    @Nested
    class Rejected {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = "  ")
        void a_retraction_without_a_reason(String reason) {
            givenJournal(insightRecorded("entry-insight"))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-insight", TODAY, reason, true))
                    .expectNoEvents()
                    .expectException(rejection(REASON_MISSING, "reason"));
        }

        @Test
        void a_retraction_of_an_entry_the_project_does_not_hold() {
            givenJournal()
                    .when(retract("entry-nowhere"))
                    .expectNoEvents()
                    .expectException(
                            rejection(UNKNOWN_ENTRY, "retractedEntryId").withArguments("entry-nowhere"));
        }

        @Test
        void a_second_retraction_of_the_same_entry() {
            givenJournal(
                            insightRecorded("entry-insight"),
                            entryRetracted("entry-retract-1", "entry-insight", "InsightRecorded"))
                    .when(retract("entry-retract-2", "entry-insight"))
                    .expectNoEvents()
                    .expectException(rejection(ALREADY_RETRACTED, "retractedEntryId"));
        }

        @Test
        void a_retraction_of_the_project_start() {
            givenJournal()
                    .when(retract(START_ENTRY))
                    .expectNoEvents()
                    .expectException(
                            rejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId").withArguments("ProjectStarted"));
        }

        @Test
        void a_retraction_of_a_retraction() {
            givenJournal(
                            insightRecorded("entry-insight"),
                            entryRetracted("entry-retract-1", "entry-insight", "InsightRecorded"))
                    .when(retract("entry-retract-1"))
                    .expectNoEvents()
                    .expectException(
                            rejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId").withArguments("EntryRetracted"));
        }

        /** A closed project accepts retractions (docs/events.md), but a closure is undone by reopening. */
        @Test
        void a_retraction_of_the_closing_entry() {
            givenJournal(projectClosed("entry-close"))
                    .when(retract("entry-close"))
                    .expectNoEvents()
                    .expectException(
                            rejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId").withArguments("ProjectClosed"));
        }

        @Test
        void a_retraction_of_a_reopening() {
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", TODAY))
                    .when(retract("entry-reopen"))
                    .expectNoEvents()
                    .expectException(
                            rejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId").withArguments("ProjectReopened"));
        }

        @Test
        void a_retraction_dated_in_the_future() {
            givenJournal(insightRecorded("entry-insight"))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-insight", TOMORROW, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }
    }

    @Nested
    class Role_shifts {

        private final RoleShifted stepsBack =
                roleShifted("entry-shift-1", LEADER, Role.FACILITATOR, Role.TILBAGETRUKKET, MARCH);
        private final RoleShifted becomesCatalyst =
                roleShifted("entry-shift-2", LEADER, Role.TILBAGETRUKKET, Role.KATALYSATOR, MAY);

        private ShiftRole shiftLeader(Role role, LocalDate on) {
            return new ShiftRole(PROJECT_ID, "entry-shift-3", LEADER, role, on, null, true);
        }

        @Test
        void an_earlier_shift_under_a_later_shift_of_a_sole_role_can_be_retracted() {
            // The later shift was recorded while the leader held one role: without the step back it replaces the
            // role held then (FACILITATOR -> KATALYSATOR), so what remains is consistent.
            givenJournal(stepsBack, becomesCatalyst)
                    .when(retract("entry-shift-1"))
                    .expectEvents(retracted("entry-shift-1", "RoleShifted"));
        }

        @Test
        void an_earlier_role_shift_that_a_later_shift_of_two_roles_builds_on_cannot_be_retracted() {
            // With two roles held, the later shift names the one it replaces; without the step it is not held.
            givenJournal(
                            roleAdded("entry-add", LEADER, Role.KONVENER, LocalDate.of(2024, 2, 1)),
                            stepsBack,
                            roleShifted("entry-shift-2", LEADER, Role.TILBAGETRUKKET, Role.KATALYSATOR, MAY))
                    .when(retract("entry-shift-1"))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-shift-2", "RoleShifted"));
        }

        @Test
        void an_earlier_shift_can_be_retracted_when_what_remains_is_consistent() {
            givenJournal(stepsBack, roleAdded("entry-add", LEADER, Role.KONVENER, MAY))
                    .when(retract("entry-shift-1"))
                    .expectEvents(retracted("entry-shift-1", "RoleShifted"));
        }

        @Test
        void an_added_role_that_a_later_end_of_it_needs_cannot_be_retracted() {
            givenJournal(
                            roleAdded("entry-add", LEADER, Role.KONVENER, MARCH),
                            roleEnded("entry-end", LEADER, Role.KONVENER, MAY))
                    .when(retract("entry-add"))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-end", "RoleEnded"));
        }

        @Test
        void an_ended_role_can_be_retracted() {
            givenJournal(
                            roleAdded("entry-add", LEADER, Role.KONVENER, MARCH),
                            roleEnded("entry-end", LEADER, Role.KONVENER, MAY))
                    .when(retract("entry-end"))
                    .expectEvents(retracted("entry-end", "RoleEnded"));
        }

        @Test
        void retracting_the_latest_shift_restores_the_previous_role_so_shifting_to_it_is_the_same_role() {
            givenJournal(stepsBack)
                    .andGivenCommands(retract("entry-shift-1"))
                    .when(shiftLeader(Role.FACILITATOR, TODAY))
                    .expectNoEvents()
                    .expectException(rejection(SAME_ROLE, "role").withArguments(Role.FACILITATOR));
        }

        @Test
        void after_retracting_the_latest_shift_the_retracted_role_can_be_taken_again_from_the_restored_role() {
            givenJournal(stepsBack, becomesCatalyst)
                    .andGivenCommands(retract("entry-shift-2"))
                    .when(shiftLeader(Role.KATALYSATOR, TODAY))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift-3",
                            TODAY,
                            LEADER,
                            Role.TILBAGETRUKKET,
                            Role.KATALYSATOR,
                            null,
                            true));
        }

        @Test
        void after_retracting_the_latest_shift_the_earlier_shift_is_the_latest_and_can_be_retracted() {
            givenJournal(stepsBack, becomesCatalyst)
                    .andGivenCommands(retract("entry-shift-2"))
                    .when(retract("entry-shift-1"))
                    .expectEvents(retracted("entry-shift-1", "RoleShifted"));
        }

        @Test
        void after_retracting_the_latest_shift_shift_dates_are_judged_against_the_restored_span() {
            givenJournal(stepsBack, becomesCatalyst)
                    .andGivenCommands(retract("entry-shift-2"))
                    .when(shiftLeader(Role.KONVENER, APRIL))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift-3",
                            APRIL,
                            LEADER,
                            Role.TILBAGETRUKKET,
                            Role.KONVENER,
                            null,
                            true));
        }

        @Test
        void a_step_slotted_in_before_a_later_shift_of_a_sole_role_changes_the_role_that_shift_replaces() {
            givenJournal(stepsBack, becomesCatalyst)
                    .when(shiftLeader(Role.KONVENER, APRIL))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift-3",
                            APRIL,
                            LEADER,
                            Role.TILBAGETRUKKET,
                            Role.KONVENER,
                            null,
                            true));
        }
    }

    @Nested
    class Withdrawals {

        private final ActorWithdrawn citizenLeft = actorWithdrawn("entry-withdraw", CITIZEN, APRIL);

        @Test
        void retracting_a_withdrawal_makes_the_actor_active_again_for_role_shifts() {
            givenJournal(citizenLeft)
                    .andGivenCommands(retract("entry-withdraw"))
                    .when(new ShiftRole(PROJECT_ID, "entry-shift", CITIZEN, Role.FRIVILLIG, MAY, null, true))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID, "entry-shift", MAY, CITIZEN, Role.BRUGER, Role.FRIVILLIG, null, true));
        }

        @Test
        void retracting_a_withdrawal_lets_the_actor_take_part_after_the_former_withdrawal_date() {
            Participation citizen = new Participation(CITIZEN, Influence.HOERT);
            givenJournal(citizenLeft)
                    .andGivenCommands(retract("entry-withdraw"))
                    .when(new RecordEngagement(
                            PROJECT_ID,
                            "entry-meeting",
                            EngagementKind.MOEDE,
                            "Møde",
                            MAY,
                            CITIZEN,
                            List.of(citizen),
                            List.of(),
                            null,
                            true))
                    .expectEvents(new EngagementRecorded(
                            PROJECT_ID,
                            "entry-meeting",
                            MAY,
                            "entry-meeting",
                            EngagementKind.MOEDE,
                            "Møde",
                            CITIZEN,
                            List.of(citizen),
                            List.of(),
                            null,
                            true));
        }

        @Test
        void retracting_a_withdrawal_lets_the_actor_withdraw_again() {
            givenJournal(citizenLeft)
                    .andGivenCommands(retract("entry-withdraw"))
                    .when(new WithdrawActor(PROJECT_ID, "entry-withdraw-2", CITIZEN, MAY, null, true))
                    .expectEvents(new ActorWithdrawn(PROJECT_ID, "entry-withdraw-2", MAY, CITIZEN, null, true));
        }
    }

    @Nested
    class Phase_changes {

        private final PhaseChanged toPlanning =
                phaseChanged("entry-phase-1", Phase.AFKLARING, Phase.PLANLAEGNING, MARCH);
        private final PhaseChanged toExecution =
                phaseChanged("entry-phase-2", Phase.PLANLAEGNING, Phase.UDFOERELSE, MAY);

        private ChangePhase changeTo(Phase phase, LocalDate on) {
            return new ChangePhase(PROJECT_ID, "entry-phase-3", phase, on, null, true);
        }

        @Test
        void an_earlier_phase_change_can_be_retracted_when_what_remains_is_consistent() {
            givenJournal(toPlanning, toExecution)
                    .when(retract("entry-phase-1"))
                    .expectEvents(retracted("entry-phase-1", "PhaseChanged"));
        }

        @Test
        void an_earlier_phase_change_cannot_be_retracted_when_a_later_one_would_go_to_the_phase_it_is_in() {
            // Afklaring -> Planlægning -> back to Afklaring: without the first, the second goes nowhere.
            givenJournal(toPlanning, phaseChanged("entry-back", Phase.PLANLAEGNING, Phase.AFKLARING, MAY))
                    .when(retract("entry-phase-1"))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-back", "PhaseChanged"));
        }

        @Test
        void retracting_the_latest_phase_change_restores_the_previous_phase() {
            givenJournal(toPlanning)
                    .andGivenCommands(retract("entry-phase-1"))
                    .when(changeTo(Phase.AFKLARING, TODAY))
                    .expectNoEvents()
                    .expectException(rejection(SAME_PHASE, "phase").withArguments(Phase.AFKLARING));
        }

        @Test
        void after_retracting_the_latest_phase_change_the_next_change_starts_from_the_restored_phase() {
            givenJournal(toPlanning, toExecution)
                    .andGivenCommands(retract("entry-phase-2"))
                    .when(changeTo(Phase.ERKENDELSE, APRIL))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase-3",
                            APRIL,
                            Phase.PLANLAEGNING,
                            Phase.ERKENDELSE,
                            false,
                            null,
                            true));
        }

        @Test
        void without_the_retraction_a_change_slots_in_between_the_two_earlier_ones() {
            givenJournal(toPlanning, toExecution)
                    .when(changeTo(Phase.ERKENDELSE, APRIL))
                    .expectEvents(new PhaseChanged(
                            PROJECT_ID,
                            "entry-phase-3",
                            APRIL,
                            Phase.PLANLAEGNING,
                            Phase.ERKENDELSE,
                            false,
                            null,
                            true));
        }

        @Test
        void after_retracting_the_latest_phase_change_the_earlier_one_can_be_retracted() {
            givenJournal(toPlanning, toExecution)
                    .andGivenCommands(retract("entry-phase-2"))
                    .when(retract("entry-phase-1"))
                    .expectEvents(retracted("entry-phase-1", "PhaseChanged"));
        }
    }

    @Nested
    class Actor_registrations {

        @Test
        void a_registration_named_by_a_role_shift_is_still_referenced() {
            givenJournal(roleShifted("entry-shift", CITIZEN, Role.BRUGER, Role.FRIVILLIG, MARCH))
                    .when(retract(CITIZEN_ENTRY))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
        }

        @Test
        void a_registration_named_by_a_withdrawal_is_still_referenced() {
            givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, MARCH))
                    .when(retract(CITIZEN_ENTRY))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
        }

        @Test
        void a_registration_of_an_engagement_participant_is_still_referenced() {
            givenJournal(engagementRecorded("entry-workshop", MARCH, LEADER, LEADER, CITIZEN))
                    .when(retract(CITIZEN_ENTRY))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
        }

        @Test
        void a_registration_of_an_engagement_initiator_is_still_referenced() {
            givenJournal(engagementRecorded("entry-workshop", MARCH, CITIZEN, LEADER))
                    .when(retract(CITIZEN_ENTRY))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
        }

        @Test
        void a_registration_no_entry_names_can_be_retracted() {
            givenJournal(engagementRecorded("entry-workshop", MARCH, LEADER, LEADER))
                    .when(retract(CITIZEN_ENTRY))
                    .expectEvents(retracted(CITIZEN_ENTRY, "ActorRegistered"));
        }

        @Test
        void a_registration_can_be_retracted_once_the_entries_naming_the_actor_are_retracted() {
            givenJournal(
                            engagementRecorded("entry-workshop", MARCH, LEADER, LEADER, CITIZEN),
                            roleShifted("entry-shift", CITIZEN, Role.BRUGER, Role.FRIVILLIG, APRIL))
                    .andGivenCommands(retract("entry-shift"), retract("entry-workshop"))
                    .when(retract(CITIZEN_ENTRY))
                    .expectEvents(retracted(CITIZEN_ENTRY, "ActorRegistered"));
        }

        @Test
        void after_retracting_a_registration_the_actor_is_unknown() {
            givenJournal()
                    .andGivenCommands(retract(CITIZEN_ENTRY))
                    .when(new ShiftRole(PROJECT_ID, "entry-shift", CITIZEN, Role.FRIVILLIG, TODAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_ACTOR, "actorId"));
        }

        @Test
        void after_retracting_a_registration_the_actor_cannot_take_part_in_engagements() {
            givenJournal()
                    .andGivenCommands(retract(CITIZEN_ENTRY))
                    .when(new RecordEngagement(
                            PROJECT_ID,
                            "entry-meeting",
                            EngagementKind.MOEDE,
                            "Møde",
                            TODAY,
                            LEADER,
                            List.of(new Participation(CITIZEN, Influence.HOERT)),
                            List.of(),
                            null,
                            true))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_PARTICIPANT, "participants[0].actorId"));
        }
    }
}
