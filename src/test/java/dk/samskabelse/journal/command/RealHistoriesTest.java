package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ACTION_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ABSENT;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_NOT_WITHDRAWN;
import static dk.samskabelse.journal.api.RejectionReason.ALREADY_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_CLOSURE;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_JOINING;
import static dk.samskabelse.journal.api.RejectionReason.DIRECTION_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.DUPLICATE_INITIATOR;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_STILL_REFERENCED;
import static dk.samskabelse.journal.api.RejectionReason.INVALID_ATTENDANCE;
import static dk.samskabelse.journal.api.RejectionReason.INVALID_TARGET_GROUP;
import static dk.samskabelse.journal.api.RejectionReason.LAST_ROLE;
import static dk.samskabelse.journal.api.RejectionReason.NOT_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.PARTICIPANT_NOT_ACTIVE;
import static dk.samskabelse.journal.api.RejectionReason.PLANNING_EMPTY;
import static dk.samskabelse.journal.api.RejectionReason.PROJECT_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.REASON_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_HELD;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_VALID_FOR_KIND;
import static dk.samskabelse.journal.api.RejectionReason.SAME_ROLE;
import static dk.samskabelse.journal.api.RejectionReason.TEXT_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_INITIATOR;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_PROJECT;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_JOINED;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.STARTED_ON;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.actorRejoined;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.JournalTestData.engagementRecorded;
import static dk.samskabelse.journal.command.JournalTestData.phaseChanged;
import static dk.samskabelse.journal.command.JournalTestData.projectClosed;
import static dk.samskabelse.journal.command.JournalTestData.projectReopened;
import static dk.samskabelse.journal.command.JournalTestData.roleAdded;
import static dk.samskabelse.journal.command.JournalTestData.roleShifted;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 "Real histories" on the write side: several roles at once, rejoining, back-dated role facts judged as of
 * their date and against every later entry, entries after closure and reopening, joint initiatives and attendance,
 * Afklaring's origin, partners and target groups, planning, leadership entries, continuation and commercial
 * suppliers.
 */
class RealHistoriesTest extends ProjectFixtureTest {

    private static final LocalDate MARCH = LocalDate.of(2024, 3, 1);
    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);
    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    /** The day {@link JournalTestData#projectClosed} closes the project. */
    private static final LocalDate CLOSED_ON = LocalDate.of(2024, 5, 31);

    @Nested
    class Several_roles {

        private AddRole add(String actorId, Role role, LocalDate on) {
            return new AddRole(PROJECT_ID, "entry-add", actorId, role, on, " Dobbeltrolle ", true);
        }

        private EndRole end(String actorId, Role role, LocalDate on) {
            return new EndRole(PROJECT_ID, "entry-end", actorId, role, on, null, true);
        }

        @Test
        void a_citizen_takes_on_a_second_role_beside_the_first() {
            // Seed 001: the citizen's "dobbeltrolle" in Ligeværdig, co-designer and co-producer at once.
            givenJournal()
                    .when(add(CITIZEN, Role.MEDPRODUCENT, APRIL))
                    .expectResultMessagePayload("entry-add")
                    .expectEvents(new RoleAdded(
                            PROJECT_ID, "entry-add", APRIL, CITIZEN, Role.MEDPRODUCENT, "Dobbeltrolle", true));
        }

        @Test
        void a_role_the_actor_already_holds_on_that_date_is_rejected() {
            givenJournal(roleShifted("entry-shift", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, MARCH))
                    .when(add(CITIZEN, Role.MEDDESIGNER, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(SAME_ROLE, "role").withArguments(Role.MEDDESIGNER));
        }

        @Test
        void a_role_held_only_later_can_be_added_before_it_was_shifted_away_from() {
            // Judged as of its date: on 1 March the citizen holds BRUGER only.
            givenJournal(roleShifted("entry-shift", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(add(CITIZEN, Role.FRIVILLIG, MARCH))
                    .expectEvents(new RoleAdded(
                            PROJECT_ID, "entry-add", MARCH, CITIZEN, Role.FRIVILLIG, "Dobbeltrolle", true));
        }

        @Test
        void a_back_dated_role_that_a_later_shift_moves_to_contradicts_that_shift() {
            givenJournal(roleShifted("entry-shift", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(add(CITIZEN, Role.MEDDESIGNER, MARCH))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(APRIL, "entry-shift", "RoleShifted"));
        }

        @Test
        void a_role_that_does_not_fit_the_actors_kind_is_rejected() {
            givenJournal()
                    .when(add(CITIZEN, Role.KONVENER, APRIL))
                    .expectNoEvents()
                    .expectException(
                            rejection(ROLE_NOT_VALID_FOR_KIND, "role").withArguments(Role.KONVENER, ActorKind.BORGER));
        }

        @Test
        void a_role_for_an_absent_actor_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH))
                    .when(add(CITIZEN, Role.FRIVILLIG, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_ABSENT, "effectiveOn").withArguments(APRIL));
        }

        @Test
        void a_role_dated_before_the_actor_joined_is_rejected() {
            givenJournal()
                    .when(add(CITIZEN, Role.FRIVILLIG, STARTED_ON))
                    .expectNoEvents()
                    .expectException(
                            rejection(DATE_BEFORE_JOINING, "effectiveOn").withArguments(CITIZEN_JOINED));
        }

        @Test
        void one_of_two_roles_ends() {
            givenJournal(roleAdded("entry-added", CITIZEN, Role.MEDPRODUCENT, MARCH))
                    .when(end(CITIZEN, Role.BRUGER, APRIL))
                    .expectEvents(new RoleEnded(PROJECT_ID, "entry-end", APRIL, CITIZEN, Role.BRUGER, null, true));
        }

        @Test
        void the_last_role_never_ends() {
            givenJournal()
                    .when(end(CITIZEN, Role.BRUGER, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(LAST_ROLE, "role"));
        }

        @Test
        void a_role_not_held_on_that_date_cannot_end() {
            givenJournal(roleAdded("entry-added", CITIZEN, Role.MEDPRODUCENT, APRIL))
                    .when(end(CITIZEN, Role.MEDPRODUCENT, MARCH))
                    .expectNoEvents()
                    .expectException(rejection(ROLE_NOT_HELD, "role").withArguments(Role.MEDPRODUCENT));
        }

        @Test
        void a_back_dated_end_of_a_role_a_later_shift_replaces_contradicts_that_shift() {
            givenJournal(
                            roleAdded("entry-added", CITIZEN, Role.MEDPRODUCENT, MARCH),
                            new RoleShifted(
                                    PROJECT_ID,
                                    "entry-shift",
                                    MAY,
                                    CITIZEN,
                                    Role.MEDPRODUCENT,
                                    Role.INNOVATOR,
                                    null,
                                    true))
                    .when(end(CITIZEN, Role.MEDPRODUCENT, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-shift", "RoleShifted"));
        }

        @Test
        void an_unknown_actor_is_rejected() {
            givenJournal()
                    .when(add("actor-nobody", Role.FRIVILLIG, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_ACTOR, "actorId"));
        }

        @Test
        void a_repeat_of_an_added_role_is_acknowledged_without_a_second_event() {
            givenJournal(new RoleAdded(PROJECT_ID, "entry-add", APRIL, CITIZEN, Role.MEDPRODUCENT, null, true))
                    .when(add(CITIZEN, Role.MEDPRODUCENT, APRIL))
                    .expectNoEvents()
                    .expectResultMessagePayload("entry-add");
        }
    }

    @Nested
    class Role_steps_recorded_out_of_order {

        @Test
        void the_naturens_rige_project_leader_s_forgotten_step_slots_in_between_two_recorded_ones() {
            // Seed 000: the project leader goes from facilitator to convener, later to equal participant; the
            // intermediate catalyst step is logged last. Each shift names the role it replaces.
            givenJournal(
                            roleShifted("entry-konvener", LEADER, Role.FACILITATOR, Role.KONVENER, MARCH),
                            new RoleAdded(PROJECT_ID, "entry-katalysator", APRIL, LEADER, Role.KATALYSATOR, null, true))
                    .when(new ShiftRole(
                            PROJECT_ID,
                            "entry-step",
                            LEADER,
                            Role.LIGEVAERDIG_DELTAGER,
                            LocalDate.of(2024, 3, 15),
                            "Vi blev jævnbyrdige",
                            true))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-step",
                            LocalDate.of(2024, 3, 15),
                            LEADER,
                            Role.KONVENER,
                            Role.LIGEVAERDIG_DELTAGER,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_forgotten_step_slots_in_before_a_later_shift_of_an_actor_with_one_role() {
            // FACILITATOR -> KONVENER (March) -> LIGEVAERDIG_DELTAGER (May); the catalyst step of April is logged last.
            // The May shift was recorded as replacing KONVENER; with one role held it replaces the role held then.
            givenJournal(
                            roleShifted("entry-konvener", LEADER, Role.FACILITATOR, Role.KONVENER, MARCH),
                            roleShifted("entry-equal", LEADER, Role.KONVENER, Role.LIGEVAERDIG_DELTAGER, MAY))
                    .when(new ShiftRole(PROJECT_ID, "entry-step", LEADER, Role.KATALYSATOR, APRIL, null, true))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID, "entry-step", APRIL, LEADER, Role.KONVENER, Role.KATALYSATOR, null, true));
        }

        @Test
        void a_step_that_makes_a_later_shift_repeat_the_role_held_is_refused_naming_it() {
            givenJournal(
                            roleShifted("entry-konvener", LEADER, Role.FACILITATOR, Role.KONVENER, MARCH),
                            roleShifted("entry-equal", LEADER, Role.KONVENER, Role.LIGEVAERDIG_DELTAGER, MAY))
                    .when(new ShiftRole(PROJECT_ID, "entry-step", LEADER, Role.LIGEVAERDIG_DELTAGER, APRIL, null, true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn"));
        }

        @Test
        void a_shift_on_the_same_date_as_a_recorded_one_comes_after_it() {
            givenJournal(roleShifted("entry-first", LEADER, Role.FACILITATOR, Role.KONVENER, APRIL))
                    .when(new ShiftRole(PROJECT_ID, "entry-second", LEADER, Role.KATALYSATOR, APRIL, null, true))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID, "entry-second", APRIL, LEADER, Role.KONVENER, Role.KATALYSATOR, null, true));
        }
    }

    @Nested
    class Rejoining {

        private RejoinActor rejoin(List<Role> roles, LocalDate on) {
            return new RejoinActor(PROJECT_ID, "entry-rejoin", CITIZEN, roles, on, " Tilbage ", true);
        }

        @Test
        void a_withdrawn_actor_rejoins_under_its_own_id_with_the_roles_it_held() {
            // Seed 000, "fleksibel inddragelse": actors come and go at different points.
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH))
                    .when(rejoin(List.of(), MAY))
                    .expectEvents(
                            new ActorRejoined(PROJECT_ID, "entry-rejoin", MAY, CITIZEN, List.of(), "Tilbage", true));
        }

        @Test
        void an_actor_that_takes_part_cannot_rejoin() {
            givenJournal()
                    .when(rejoin(List.of(), MAY))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_NOT_WITHDRAWN, "actorId").withArguments(MAY));
        }

        @Test
        void a_rejoin_dated_before_the_withdrawal_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MAY))
                    .when(rejoin(List.of(), APRIL))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_NOT_WITHDRAWN, "actorId").withArguments(APRIL));
        }

        @Test
        void a_rejoin_with_a_role_that_does_not_fit_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH))
                    .when(rejoin(List.of(Role.FACILITATOR), MAY))
                    .expectNoEvents()
                    .expectException(rejection(ROLE_NOT_VALID_FOR_KIND, "roles[0]"));
        }

        @Test
        void a_rejoined_actor_can_shift_role_and_take_part_again() {
            givenJournal(
                            actorWithdrawn("entry-left", CITIZEN, MARCH),
                            new ActorRejoined(
                                    PROJECT_ID, "entry-back", APRIL, CITIZEN, List.of(Role.FRIVILLIG), null, true))
                    .when(new ShiftRole(PROJECT_ID, "entry-shift", CITIZEN, Role.MEDDESIGNER, MAY, null, true))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID, "entry-shift", MAY, CITIZEN, Role.FRIVILLIG, Role.MEDDESIGNER, null, true));
        }

        @Test
        void an_engagement_inside_the_absence_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH), actorRejoined("entry-back", CITIZEN, MAY))
                    .when(engagement("entry-meeting", APRIL, LEADER, CITIZEN))
                    .expectNoEvents()
                    .expectException(rejection(PARTICIPANT_NOT_ACTIVE, "participants[0].actorId")
                            .withArguments(CITIZEN, APRIL));
        }

        @Test
        void an_engagement_from_the_day_of_the_rejoin_is_accepted() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH), actorRejoined("entry-back", CITIZEN, MAY))
                    .when(engagement("entry-meeting", MAY, LEADER, CITIZEN))
                    .expectEvents(engagementRecorded("entry-meeting", MAY, LEADER, CITIZEN));
        }

        @Test
        void a_back_dated_withdrawal_before_a_rejoin_that_follows_a_later_withdrawal_contradicts_nothing() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, APRIL), actorRejoined("entry-back", CITIZEN, MAY))
                    .when(new WithdrawActor(PROJECT_ID, "entry-left-2", CITIZEN, TODAY, null, true))
                    .expectEvents(new ActorWithdrawn(PROJECT_ID, "entry-left-2", TODAY, CITIZEN, null, true));
        }

        @Test
        void retracting_a_rejoin_the_later_entries_depend_on_is_refused_naming_the_first() {
            givenJournal(
                            actorWithdrawn("entry-left", CITIZEN, MARCH),
                            actorRejoined("entry-back", CITIZEN, APRIL),
                            engagementRecorded("entry-meeting", MAY, LEADER, CITIZEN))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-back", TODAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-meeting", "EngagementRecorded"));
        }

        @Test
        void retracting_a_withdrawal_that_a_rejoin_ends_is_refused() {
            givenJournal(actorWithdrawn("entry-left", CITIZEN, MARCH), actorRejoined("entry-back", CITIZEN, APRIL))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-left", TODAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(APRIL, "entry-back", "ActorRejoined"));
        }
    }

    @Nested
    class Closure_and_reopening {

        @Test
        void an_insight_dated_after_the_closure_is_accepted_on_the_closed_project() {
            // Seed 000: forankring evidence arrives after the end (Viborg's "børneskovsprojekt").
            givenJournal(projectClosed("entry-close"))
                    .when(new RecordInsight(
                            PROJECT_ID,
                            "entry-insight",
                            TODAY,
                            FocusPoint.FORANKRING,
                            "Skolen bruger stadig stedet",
                            true))
                    .expectEvents(new InsightRecorded(
                            PROJECT_ID,
                            "entry-insight",
                            TODAY,
                            FocusPoint.FORANKRING,
                            "Skolen bruger stadig stedet",
                            true));
        }

        @Test
        void a_retraction_of_a_role_fact_is_accepted_on_the_closed_project_when_what_remains_is_consistent() {
            givenJournal(roleAdded("entry-added", CITIZEN, Role.MEDPRODUCENT, MARCH), projectClosed("entry-close"))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-added", TODAY, "Fejl", true))
                    .expectEvents(new EntryRetracted(
                            PROJECT_ID, "entry-retract", TODAY, "entry-added", "RoleAdded", "Fejl", true));
        }

        @Test
        void a_phase_change_on_the_closed_project_is_rejected() {
            givenJournal(projectClosed("entry-close"))
                    .when(new ChangePhase(PROJECT_ID, "entry-phase", Phase.ERKENDELSE, MAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(PROJECT_CLOSED, null));
        }

        @Test
        void the_project_is_reopened_with_a_reason() {
            givenJournal(projectClosed("entry-close"))
                    .when(new ReopenProject(PROJECT_ID, "entry-reopen", TODAY, " Lukket ved en fejl ", true))
                    .expectResultMessagePayload("entry-reopen")
                    .expectEvents(new ProjectReopened(PROJECT_ID, "entry-reopen", TODAY, "Lukket ved en fejl", true));
        }

        @Test
        void reopening_an_open_project_is_rejected() {
            givenJournal()
                    .when(new ReopenProject(PROJECT_ID, "entry-reopen", TODAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(NOT_CLOSED, null));
        }

        @Test
        void a_reopening_without_a_reason_is_rejected() {
            givenJournal(projectClosed("entry-close"))
                    .when(new ReopenProject(PROJECT_ID, "entry-reopen", TODAY, " ", true))
                    .expectNoEvents()
                    .expectException(rejection(REASON_MISSING, "reason"));
        }

        @Test
        void a_reopening_dated_before_the_closure_is_rejected() {
            givenJournal(projectClosed("entry-close"))
                    .when(new ReopenProject(PROJECT_ID, "entry-reopen", MAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(
                            rejection(DATE_BEFORE_CLOSURE, "effectiveOn").withArguments(CLOSED_ON));
        }

        @Test
        void a_reopened_project_accepts_entries_again_and_can_be_closed_again() {
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", CLOSED_ON))
                    .when(new ChangePhase(PROJECT_ID, "entry-phase", Phase.ERKENDELSE, TODAY, null, true))
                    .expectEvents(phaseChanged("entry-phase", Phase.AFKLARING, Phase.ERKENDELSE, TODAY));
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", CLOSED_ON))
                    .when(new CloseProject(PROJECT_ID, "entry-close-2", TODAY, null, true))
                    .expectEvents(new ProjectClosed(PROJECT_ID, "entry-close-2", TODAY, null, true));
        }

        @Test
        void closing_again_before_the_reopening_contradicts_it() {
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", TODAY))
                    .when(new CloseProject(PROJECT_ID, "entry-close-2", CLOSED_ON, null, true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(TODAY, "entry-reopen", "ProjectReopened"));
        }

        @Test
        void closing_dated_before_a_later_entry_contradicts_that_entry() {
            // The phase change would fall into the closed time.
            givenJournal(phaseChanged("entry-phase", Phase.AFKLARING, Phase.PLANLAEGNING, TODAY))
                    .when(new CloseProject(PROJECT_ID, "entry-close", MAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(TODAY, "entry-phase", "PhaseChanged"));
        }

        @Test
        void closing_dated_before_a_later_insight_or_a_retracted_entry_is_accepted() {
            givenJournal(
                            new InsightRecorded(
                                    PROJECT_ID, "entry-insight", TODAY, FocusPoint.FORANKRING, "Lever videre", true),
                            phaseChanged("entry-phase", Phase.AFKLARING, Phase.PLANLAEGNING, TODAY),
                            new EntryRetracted(
                                    PROJECT_ID, "entry-retract", TODAY, "entry-phase", "PhaseChanged", "Fejl", true))
                    .when(new CloseProject(PROJECT_ID, "entry-close", MAY, null, true))
                    .expectEvents(new ProjectClosed(PROJECT_ID, "entry-close", MAY, null, true));
        }

        @Test
        void closing_a_closed_project_is_still_already_closed() {
            givenJournal(projectClosed("entry-close"))
                    .when(new CloseProject(PROJECT_ID, "entry-close-2", TODAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(ALREADY_CLOSED, null));
        }

        @Test
        void after_reopening_an_entry_dated_in_the_closed_time_is_rejected() {
            LocalDate closedTime = LocalDate.of(2024, 5, 31);
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", TODAY))
                    .when(new ChangePhase(PROJECT_ID, "entry-phase", Phase.ERKENDELSE, closedTime, null, true))
                    .expectNoEvents()
                    .expectException(rejection(PROJECT_CLOSED, "effectiveOn"));
        }

        @Test
        void a_repeat_of_the_reopening_is_acknowledged() {
            givenJournal(projectClosed("entry-close"), projectReopened("entry-reopen", TODAY))
                    .when(new ReopenProject(PROJECT_ID, "entry-reopen", TODAY, "Lukket ved en fejl", true))
                    .expectNoEvents()
                    .expectResultMessagePayload("entry-reopen");
        }

        @Test
        void a_chef_s_reflection_is_accepted_on_the_closed_project() {
            givenJournal(projectClosed("entry-close"))
                    .when(new RecordLeadershipReflection(
                            PROJECT_ID, "entry-reflection", TODAY, null, " Jeg slap for sent ", false))
                    .expectEvents(new LeadershipReflectionRecorded(
                            PROJECT_ID, "entry-reflection", TODAY, null, "Jeg slap for sent", false));
        }
    }

    @Nested
    class Engagements {

        @Test
        void a_joint_initiative_with_an_attendance_count() {
            // Seed 002: Lejre's associations take initiatives together; an open day counts about 150 citizens.
            List<Participation> participants = List.of(
                    new Participation(LEADER, Influence.INDDRAGET),
                    new Participation(CITIZEN, Influence.MEDBESTEMMENDE));
            List<Attendance> attendance = List.of(new Attendance(ActorKind.BORGER, 150), new Attendance(null, 4));
            givenJournal()
                    .when(new RecordEngagement(
                            PROJECT_ID,
                            "entry-day",
                            EngagementKind.AKTIVITET,
                            "Åben dag",
                            MAY,
                            CITIZEN,
                            participants,
                            List.of(),
                            null,
                            true,
                            List.of(LEADER),
                            attendance))
                    .expectEvents(new EngagementRecorded(
                            PROJECT_ID,
                            "entry-day",
                            MAY,
                            "entry-day",
                            EngagementKind.AKTIVITET,
                            "Åben dag",
                            CITIZEN,
                            participants,
                            List.of(),
                            null,
                            true,
                            List.of(LEADER),
                            attendance));
        }

        @Test
        void an_initiator_named_twice_is_rejected() {
            givenJournal()
                    .when(engagementWith(List.of(CITIZEN), List.of()))
                    .expectNoEvents()
                    .expectException(rejection(DUPLICATE_INITIATOR, "coInitiators[0]"));
        }

        @Test
        void an_unknown_co_initiator_is_rejected() {
            givenJournal()
                    .when(engagementWith(List.of("actor-nobody"), List.of()))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_INITIATOR, "coInitiators[0]"));
        }

        @Test
        void an_absent_co_initiator_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", LEADER, APRIL))
                    .when(engagementWith(List.of(LEADER), List.of()))
                    .expectNoEvents()
                    .expectException(rejection(PARTICIPANT_NOT_ACTIVE, "coInitiators[0]"));
        }

        @Test
        void a_negative_count_is_rejected() {
            givenJournal()
                    .when(engagementWith(List.of(), List.of(new Attendance(ActorKind.BORGER, -1))))
                    .expectNoEvents()
                    .expectException(rejection(INVALID_ATTENDANCE, "attendance[0]"));
        }

        @Test
        void a_kind_counted_twice_is_rejected_also_the_unknown_kind() {
            givenJournal()
                    .when(engagementWith(List.of(), List.of(new Attendance(null, 3), new Attendance(null, 4))))
                    .expectNoEvents()
                    .expectException(rejection(INVALID_ATTENDANCE, "attendance[1]"));
        }

        @Test
        void a_back_dated_withdrawal_of_a_co_initiator_contradicts_the_engagement() {
            givenJournal(new EngagementRecorded(
                            PROJECT_ID,
                            "entry-day",
                            MAY,
                            "entry-day",
                            EngagementKind.AKTIVITET,
                            "Åben dag",
                            CITIZEN,
                            List.of(new Participation(CITIZEN, Influence.INDDRAGET)),
                            List.of(),
                            null,
                            true,
                            List.of(LEADER),
                            List.of()))
                    .when(new WithdrawActor(PROJECT_ID, "entry-left", LEADER, APRIL, null, true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-day", "EngagementRecorded"));
        }

        private RecordEngagement engagementWith(List<String> coInitiators, List<Attendance> attendance) {
            return new RecordEngagement(
                    PROJECT_ID,
                    "entry-day",
                    EngagementKind.AKTIVITET,
                    "Åben dag",
                    MAY,
                    CITIZEN,
                    List.of(new Participation(CITIZEN, Influence.INDDRAGET)),
                    List.of(),
                    null,
                    true,
                    coInitiators,
                    attendance);
        }
    }

    @Nested
    class Afklaring_and_planning {

        @Test
        void records_task_origin_partners_and_target_groups() {
            // Seed 002, Afklaring: where the task came from; Naturens Rige across seven municipalities.
            List<TargetGroup> groups = List.of(
                    new TargetGroup(" Børnefamilier ", TargetGroupStatus.INVITERET, " "),
                    new TargetGroup("Unge", TargetGroupStatus.FRAVALGT, "Eget projekt"));
            givenJournal()
                    .when(new ClarifyProject(
                            PROJECT_ID,
                            "entry-clarify",
                            MARCH,
                            List.of("Flere ud i naturen"),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            TaskOrigin.POLITIKERE,
                            List.of(" Region Sjælland ", " "),
                            groups))
                    .expectEvents(new ProjectClarified(
                            PROJECT_ID,
                            "entry-clarify",
                            MARCH,
                            List.of("Flere ud i naturen"),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            TaskOrigin.POLITIKERE,
                            List.of("Region Sjælland"),
                            List.of(
                                    new TargetGroup("Børnefamilier", TargetGroupStatus.INVITERET, null),
                                    new TargetGroup("Unge", TargetGroupStatus.FRAVALGT, "Eget projekt"))));
        }

        @Test
        void a_target_group_without_a_status_is_rejected_at_its_position() {
            givenJournal()
                    .when(new ClarifyProject(
                            PROJECT_ID,
                            "entry-clarify",
                            MARCH,
                            List.of("Flere ud i naturen"),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(
                                    new TargetGroup("Unge", TargetGroupStatus.NAAET, null),
                                    new TargetGroup("Ældre", null, null))))
                    .expectNoEvents()
                    .expectException(rejection(INVALID_TARGET_GROUP, "targetGroups[1]"));
        }

        @Test
        void a_target_group_without_a_name_is_rejected() {
            givenJournal()
                    .when(new ClarifyProject(
                            PROJECT_ID,
                            "entry-clarify",
                            MARCH,
                            List.of("Flere ud i naturen"),
                            List.of(),
                            List.of(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(new TargetGroup(" ", TargetGroupStatus.NAAET, null))))
                    .expectNoEvents()
                    .expectException(rejection(INVALID_TARGET_GROUP, "targetGroups[0]"));
        }

        @Test
        void records_the_planning_with_texts_stripped() {
            givenJournal()
                    .when(new RecordPlanning(
                            PROJECT_ID,
                            "entry-plan",
                            MARCH,
                            " Budgettet ",
                            " Metoderne ",
                            "Et år",
                            " ",
                            null,
                            null,
                            Influence.MEDBESTEMMENDE,
                            null,
                            null,
                            true))
                    .expectEvents(new PlanningRecorded(
                            PROJECT_ID,
                            "entry-plan",
                            MARCH,
                            "Budgettet",
                            "Metoderne",
                            "Et år",
                            null,
                            null,
                            null,
                            Influence.MEDBESTEMMENDE,
                            null,
                            null,
                            true));
        }

        @Test
        void a_planning_entry_with_every_point_empty_is_rejected() {
            givenJournal()
                    .when(new RecordPlanning(
                            PROJECT_ID, "entry-plan", MARCH, " ", null, null, null, null, null, null, null, "", true))
                    .expectNoEvents()
                    .expectException(rejection(PLANNING_EMPTY, null));
        }
    }

    @Nested
    class Leadership {

        private RecordLeadershipAction action(
                LeadershipDirection direction, String actorId, String text, LocalDate on) {
            return new RecordLeadershipAction(
                    PROJECT_ID,
                    "entry-action",
                    on,
                    direction,
                    LeadershipAct.KONVENER,
                    actorId,
                    text,
                    " Opbakning ",
                    true);
        }

        @Test
        void records_a_leadership_action_as_a_torfing_act_of_a_present_actor() {
            givenJournal()
                    .when(action(LeadershipDirection.OP, LEADER, " Samlede direktionen ", MAY))
                    .expectEvents(new LeadershipActionRecorded(
                            PROJECT_ID,
                            "entry-action",
                            MAY,
                            LeadershipDirection.OP,
                            LeadershipAct.KONVENER,
                            LEADER,
                            "Samlede direktionen",
                            "Opbakning",
                            true));
        }

        @Test
        void the_actor_is_optional() {
            givenJournal()
                    .when(action(LeadershipDirection.UD, " ", "Mødte foreningerne", MAY))
                    .expectEvents(new LeadershipActionRecorded(
                            PROJECT_ID,
                            "entry-action",
                            MAY,
                            LeadershipDirection.UD,
                            LeadershipAct.KONVENER,
                            null,
                            "Mødte foreningerne",
                            "Opbakning",
                            true));
        }

        @Test
        void an_action_without_direction_is_rejected() {
            givenJournal()
                    .when(action(null, LEADER, "Samlede direktionen", MAY))
                    .expectNoEvents()
                    .expectException(rejection(DIRECTION_MISSING, "direction"));
        }

        @Test
        void an_action_without_what_was_done_is_rejected() {
            givenJournal()
                    .when(action(LeadershipDirection.NED, LEADER, " ", MAY))
                    .expectNoEvents()
                    .expectException(rejection(ACTION_MISSING, "action"));
        }

        @Test
        void an_unknown_actor_is_rejected() {
            givenJournal()
                    .when(action(LeadershipDirection.NED, "actor-nobody", "Samlede", MAY))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_ACTOR, "actorId"));
        }

        @Test
        void an_actor_absent_on_that_date_is_rejected() {
            givenJournal(actorWithdrawn("entry-left", LEADER, APRIL))
                    .when(action(LeadershipDirection.NED, LEADER, "Samlede", MAY))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_ABSENT, "actorId").withArguments(MAY));
        }

        @Test
        void a_back_dated_withdrawal_of_the_acting_actor_contradicts_the_action() {
            givenJournal(new LeadershipActionRecorded(
                            PROJECT_ID,
                            "entry-action",
                            MAY,
                            LeadershipDirection.OP,
                            null,
                            LEADER,
                            "Samlede direktionen",
                            null,
                            true))
                    .when(new WithdrawActor(PROJECT_ID, "entry-left", LEADER, APRIL, null, true))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(MAY, "entry-action", "LeadershipActionRecorded"));
        }

        @Test
        void a_reflection_without_text_is_rejected() {
            givenJournal()
                    .when(new RecordLeadershipReflection(PROJECT_ID, "entry-reflection", MAY, LEADER, " ", true))
                    .expectNoEvents()
                    .expectException(rejection(TEXT_MISSING, "text"));
        }

        @Test
        void a_reflection_naming_an_actor_keeps_its_registration_from_being_retracted() {
            givenJournal(new LeadershipReflectionRecorded(
                            PROJECT_ID, "entry-reflection", MAY, CITIZEN, "Min rolle", true))
                    .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-citizen", TODAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
        }
    }

    @Nested
    class Start_and_registration {

        @Test
        void a_project_names_the_project_it_continues() {
            fixture.givenNoPriorActivity()
                    .when(new StartProject(
                            PROJECT_ID,
                            "entry-start",
                            "Naturens Rige 2",
                            null,
                            Area.SUNDHED,
                            null,
                            MARCH,
                            " project-earlier "))
                    .expectEvents(new ProjectStarted(
                            PROJECT_ID,
                            "entry-start",
                            MARCH,
                            "Naturens Rige 2",
                            null,
                            Area.SUNDHED,
                            null,
                            "project-earlier"));
        }

        @Test
        void a_project_cannot_continue_itself() {
            fixture.givenNoPriorActivity()
                    .when(new StartProject(
                            PROJECT_ID, "entry-start", "Naturens Rige", null, Area.SUNDHED, null, MARCH, PROJECT_ID))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_PROJECT, "continuesProjectId"));
        }

        @Test
        void a_commercial_supplier_is_registered_as_such() {
            // Seed 002 excludes "rent kommercielle relationer": Lejre's paid architects.
            givenJournal()
                    .when(new RegisterActor(
                            PROJECT_ID,
                            "entry-architects",
                            "actor-architects",
                            ActorKind.VIRKSOMHED,
                            Role.RESSOURCEPERSON,
                            MARCH,
                            new ActorPersonalData("Arkitektfirmaet", null, null),
                            true))
                    .expectEvents(new ActorRegistered(
                            PROJECT_ID,
                            "entry-architects",
                            MARCH,
                            "actor-architects",
                            ActorKind.VIRKSOMHED,
                            ActorKind.VIRKSOMHED.sector(),
                            Role.RESSOURCEPERSON,
                            true));
        }
    }

    private static RecordEngagement engagement(
            String entryId, LocalDate on, String initiatedBy, String... participantIds) {
        List<Participation> participants = new ArrayList<>();
        Arrays.stream(participantIds).forEach(id -> participants.add(new Participation(id, Influence.INDDRAGET)));
        return new RecordEngagement(
                PROJECT_ID,
                entryId,
                EngagementKind.WORKSHOP,
                "Workshop",
                on,
                initiatedBy,
                participants,
                List.of(),
                null,
                true);
    }
}
