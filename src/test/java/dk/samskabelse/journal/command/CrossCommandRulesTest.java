package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ENTRY_ID_TAKEN;
import static dk.samskabelse.journal.api.RejectionReason.PROJECT_CLOSED;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.actorRegistered;
import static dk.samskabelse.journal.command.JournalTestData.actorRejoined;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.JournalTestData.courseCorrected;
import static dk.samskabelse.journal.command.JournalTestData.engagementRecorded;
import static dk.samskabelse.journal.command.JournalTestData.entryRetracted;
import static dk.samskabelse.journal.command.JournalTestData.insightRecorded;
import static dk.samskabelse.journal.command.JournalTestData.phaseChanged;
import static dk.samskabelse.journal.command.JournalTestData.projectClarified;
import static dk.samskabelse.journal.command.JournalTestData.projectClosed;
import static dk.samskabelse.journal.command.JournalTestData.roleAdded;
import static dk.samskabelse.journal.command.JournalTestData.roleEnded;
import static dk.samskabelse.journal.command.JournalTestData.roleShifted;
import static dk.samskabelse.journal.command.JournalTestData.typologyDeclared;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.instanceOf;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every command of a started project shares: a closed project refuses them all, a command whose entry id
 * the journal already holds for the same entry (a resent form, a client retry) is acknowledged again without a
 * second event, and one whose entry id names another entry is refused as ENTRY_ID_TAKEN.
 */
class CrossCommandRulesTest extends ProjectFixtureTest {

    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    /** An insight every case's journal holds, as a target for RetractEntry. */
    private static final JournalEvent INSIGHT = insightRecorded("entry-insight");
    /** An actor that withdrew, as a target for RejoinActor. */
    private static final String FORMER = "actor-former";

    /**
     * A command that the standard journal (plus {@link #INSIGHT}) would accept, the entry it would have recorded
     * (same entry id) and what the handler answers.
     */
    record Case(String name, Object command, JournalEvent recorded, String answer) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> commandsOfAStartedProject() {
        return Stream.of(
                new Case(
                        "ClarifyProject",
                        new ClarifyProject(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                List.of("40 borgere deltager"),
                                List.of(BottomLine.DEMOKRATISK),
                                List.of(CoCreationScope.PROBLEM),
                                null,
                                null,
                                null,
                                null),
                        projectClarified("entry-1"),
                        "entry-1"),
                new Case(
                        "DeclareTypology",
                        new DeclareTypology(PROJECT_ID, "entry-1", MAY, 0.5, 0.5, "Borgerne driver projektet"),
                        typologyDeclared("entry-1"),
                        "entry-1"),
                new Case(
                        "RegisterActor",
                        new RegisterActor(
                                PROJECT_ID,
                                "entry-1",
                                "actor-new",
                                ActorKind.FORENING,
                                Role.FRIVILLIG,
                                MAY,
                                new ActorPersonalData("Karen Jensen", null, null)),
                        actorRegistered("entry-1", "actor-new", ActorKind.FORENING, Role.FRIVILLIG, MAY),
                        "actor-new"),
                new Case(
                        "ShiftRole",
                        new ShiftRole(PROJECT_ID, "entry-1", CITIZEN, Role.FRIVILLIG, MAY, null, true),
                        roleShifted("entry-1", CITIZEN, Role.BRUGER, Role.FRIVILLIG, MAY),
                        "entry-1"),
                new Case(
                        "RecordEngagement",
                        new RecordEngagement(
                                PROJECT_ID,
                                "entry-1",
                                EngagementKind.WORKSHOP,
                                "Workshop",
                                MAY,
                                LEADER,
                                List.of(new Participation(CITIZEN, Influence.INDDRAGET)),
                                List.of(),
                                null,
                                true),
                        engagementRecorded("entry-1", MAY, LEADER, CITIZEN),
                        "entry-1"),
                new Case(
                        "ChangePhase",
                        new ChangePhase(PROJECT_ID, "entry-1", Phase.PLANLAEGNING, MAY, null, true),
                        phaseChanged("entry-1", Phase.AFKLARING, Phase.PLANLAEGNING, MAY),
                        "entry-1"),
                new Case(
                        "RecordCourseCorrection",
                        new RecordCourseCorrection(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                "Færre møder",
                                "Mødetræthed",
                                List.of(CourseCorrectionScope.PROCES),
                                true),
                        courseCorrected("entry-1"),
                        "entry-1"),
                new Case(
                        "RecordInsight",
                        new RecordInsight(PROJECT_ID, "entry-1", MAY, FocusPoint.PROCES, "Borgerne tog ejerskab", true),
                        insightRecorded("entry-1"),
                        "entry-1"),
                new Case(
                        "WithdrawActor",
                        new WithdrawActor(PROJECT_ID, "entry-1", CITIZEN, MAY, null, true),
                        actorWithdrawn("entry-1", CITIZEN, MAY),
                        "entry-1"),
                new Case(
                        "RetractEntry",
                        new RetractEntry(PROJECT_ID, "entry-1", INSIGHT.entryId(), MAY, "Fejl", true),
                        entryRetracted("entry-1", INSIGHT.entryId(), "InsightRecorded"),
                        "entry-1"),
                new Case(
                        "AddRole",
                        new AddRole(PROJECT_ID, "entry-1", CITIZEN, Role.MEDDESIGNER, MAY, null, true),
                        roleAdded("entry-1", CITIZEN, Role.MEDDESIGNER, MAY),
                        "entry-1"),
                new Case(
                        "EndRole",
                        new EndRole(PROJECT_ID, "entry-1", LEADER, Role.KONVENER, MAY, null, true),
                        roleEnded("entry-1", LEADER, Role.KONVENER, MAY),
                        "entry-1"),
                new Case(
                        "RejoinActor",
                        new RejoinActor(PROJECT_ID, "entry-1", FORMER, List.of(), MAY, "Kom tilbage", true),
                        actorRejoined("entry-1", FORMER, MAY),
                        "entry-1"),
                new Case(
                        "RecordPlanning",
                        new RecordPlanning(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                "Budgettet",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Influence.MEDBESTEMMENDE,
                                null,
                                null,
                                true),
                        new PlanningRecorded(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                "Budgettet",
                                null,
                                null,
                                null,
                                null,
                                null,
                                Influence.MEDBESTEMMENDE,
                                null,
                                null,
                                true),
                        "entry-1"),
                new Case(
                        "RecordLeadershipAction",
                        new RecordLeadershipAction(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                LeadershipDirection.OP,
                                LeadershipAct.KONVENER,
                                LEADER,
                                "Samlede direktionen",
                                null,
                                true),
                        new LeadershipActionRecorded(
                                PROJECT_ID,
                                "entry-1",
                                MAY,
                                LeadershipDirection.OP,
                                LeadershipAct.KONVENER,
                                LEADER,
                                "Samlede direktionen",
                                null,
                                true),
                        "entry-1"),
                new Case(
                        "RecordLeadershipReflection",
                        new RecordLeadershipReflection(PROJECT_ID, "entry-1", MAY, LEADER, "Min egen rolle", true),
                        new LeadershipReflectionRecorded(PROJECT_ID, "entry-1", MAY, LEADER, "Min egen rolle", true),
                        "entry-1"));
    }

    /** Brief-12 "Closure": what a closed project still accepts. */
    private static final Set<String> ACCEPTED_WHILE_CLOSED =
            Set.of("RecordInsight", "RetractEntry", "RecordLeadershipReflection");

    static Stream<Case> refusedWhileClosed() {
        return commandsOfAStartedProject().filter(c -> !ACCEPTED_WHILE_CLOSED.contains(c.name()));
    }

    static Stream<Case> acceptedWhileClosed() {
        return commandsOfAStartedProject().filter(c -> ACCEPTED_WHILE_CLOSED.contains(c.name()));
    }

    /** The standard journal plus what every case needs: {@link #INSIGHT}, a second role, a withdrawn actor. */
    private org.axonframework.test.aggregate.TestExecutor<Project> givenBase(Object... more) {
        List<Object> events = new java.util.ArrayList<>(List.of(
                INSIGHT,
                roleAdded("entry-leader-konvener", LEADER, Role.KONVENER, LocalDate.of(2024, 1, 15)),
                actorRegistered("entry-former", FORMER, ActorKind.FORENING, Role.FRIVILLIG, LocalDate.of(2024, 1, 15)),
                actorWithdrawn("entry-former-left", FORMER, LocalDate.of(2024, 2, 1))));
        events.addAll(List.of(more));
        return givenJournal(events.toArray());
    }

    static Stream<Case> everyCommandButStart() {
        return Stream.concat(
                commandsOfAStartedProject(),
                Stream.of(new Case(
                        "CloseProject",
                        new CloseProject(PROJECT_ID, "entry-1", MAY, null, true),
                        projectClosed("entry-1"),
                        "entry-1")));
    }

    @Nested
    class On_a_closed_project {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#refusedWhileClosed")
        void every_command_but_insights_retractions_and_reflections_is_rejected_as_project_closed(Case c) {
            givenBase(projectClosed("entry-close"))
                    .when(c.command())
                    .expectNoEvents()
                    .expectException(rejection(PROJECT_CLOSED, null));
            assertThat(register.recorded()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#commandsOfAStartedProject")
        void the_same_command_is_accepted_while_the_project_is_open(Case c) {
            // The other half of the test above: the command itself is valid, so the closing is what refuses it.
            givenBase()
                    .when(c.command())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(c.answer())
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(instanceOf(c.recorded().getClass()))));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#acceptedWhileClosed")
        void insights_retractions_and_reflections_are_accepted_while_closed(Case c) {
            // Seed 000: forankring shows after the end (Viborg's "børneskovsprojekt").
            givenBase(projectClosed("entry-close"))
                    .when(c.command())
                    .expectSuccessfulHandlerExecution()
                    .expectResultMessagePayload(c.answer())
                    .expectEventsMatching(payloadsMatching(
                            exactSequenceOf(instanceOf(c.recorded().getClass()))));
        }
    }

    @Nested
    class Repeated_entry_ids {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#everyCommandButStart")
        void a_repeated_command_records_nothing_and_answers_as_the_first_time(Case c) {
            givenBase(c.recorded())
                    .when(c.command())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(c.answer());
            assertThat(register.recorded())
                    .as("the register is not written again")
                    .isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#everyCommandButStart")
        void a_repeat_is_acknowledged_even_after_the_project_was_closed(Case c) {
            givenBase(c.recorded(), projectClosed("entry-close"))
                    .when(c.command())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload(c.answer());
        }

        @Test
        void a_repeat_is_not_validated_again() {
            // The citizen has withdrawn since the shift was first recorded; the retry is still just acknowledged.
            Case shift = commandsOfAStartedProject()
                    .filter(c -> c.name().equals("ShiftRole"))
                    .findFirst()
                    .orElseThrow();
            givenJournal(shift.recorded(), actorWithdrawn("entry-withdraw", CITIZEN, MAY.plusDays(1)))
                    .when(shift.command())
                    .expectNoEvents()
                    .expectResultMessagePayload("entry-1");
        }

        @Test
        void an_entry_id_the_journal_holds_for_another_kind_of_entry_is_refused_not_acknowledged() {
            givenJournal(INSIGHT)
                    .when(new RecordCourseCorrection(
                            PROJECT_ID, INSIGHT.entryId(), MAY, "Færre møder", "Mødetræthed", List.of(), true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
        }

        /** The reviewer's case: a key reused for a registration answered with an actor id that was never recorded. */
        @Test
        void a_registration_under_the_entry_id_of_another_kind_of_entry_is_refused_and_registers_no_one() {
            givenJournal(INSIGHT)
                    .when(new RegisterActor(
                            PROJECT_ID,
                            INSIGHT.entryId(),
                            "actor-never",
                            ActorKind.FORENING,
                            Role.FRIVILLIG,
                            MAY,
                            new ActorPersonalData("Karen Jensen", null, null)))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
            assertThat(register.recorded()).isEmpty();
        }

        @Test
        void a_registration_under_the_entry_id_of_another_actors_registration_is_refused() {
            givenJournal(actorRegistered("entry-1", "actor-new", ActorKind.FORENING, Role.FRIVILLIG, MAY))
                    .when(new RegisterActor(
                            PROJECT_ID,
                            "entry-1",
                            "actor-other",
                            ActorKind.FORENING,
                            Role.FRIVILLIG,
                            MAY,
                            new ActorPersonalData("Karen Jensen", null, null)))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
            assertThat(register.recorded()).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dk.samskabelse.journal.command.CrossCommandRulesTest#everyCommandButStart")
        void every_command_under_the_entry_id_of_another_kind_of_entry_is_refused(Case c) {
            // The journal holds "entry-1" as a typology declaration, or (for DeclareTypology) as an insight.
            JournalEvent other =
                    c.recorded() instanceof TypologyDeclared ? insightRecorded("entry-1") : typologyDeclared("entry-1");
            givenBase(other).when(c.command()).expectNoEvents().expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
            assertThat(register.recorded()).isEmpty();
        }

        @Test
        void the_same_entry_id_for_a_role_added_to_another_actor_is_refused() {
            givenJournal(roleAdded("entry-1", CITIZEN, Role.MEDDESIGNER, MAY))
                    .when(new AddRole(PROJECT_ID, "entry-1", LEADER, Role.KONVENER, MAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
        }

        @Test
        void the_same_entry_id_for_a_rejoin_of_another_actor_is_refused() {
            givenJournal(
                            actorWithdrawn("entry-left", CITIZEN, MAY),
                            actorRejoined("entry-1", CITIZEN, TODAY),
                            actorWithdrawn("entry-leader-left", LEADER, MAY))
                    .when(new RejoinActor(PROJECT_ID, "entry-1", LEADER, List.of(), TODAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
        }

        @Test
        void the_same_entry_id_about_another_actor_is_refused() {
            givenJournal(actorWithdrawn("entry-1", CITIZEN, MAY))
                    .when(new WithdrawActor(PROJECT_ID, "entry-1", LEADER, MAY, null, true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
        }

        @Test
        void a_retraction_under_the_entry_id_of_a_retraction_of_another_entry_is_refused() {
            givenJournal(
                            INSIGHT,
                            courseCorrected("entry-correction"),
                            entryRetracted("entry-1", INSIGHT.entryId(), "InsightRecorded"))
                    .when(new RetractEntry(PROJECT_ID, "entry-1", "entry-correction", MAY, "Fejl", true))
                    .expectNoEvents()
                    .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));
        }

        @Test
        void a_repeat_of_a_registration_that_was_retracted_since_is_still_acknowledged() {
            Case registration = commandsOfAStartedProject()
                    .filter(c -> c.name().equals("RegisterActor"))
                    .findFirst()
                    .orElseThrow();
            givenJournal(registration.recorded(), entryRetracted("entry-retract", "entry-1", "ActorRegistered"))
                    .when(registration.command())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents()
                    .expectResultMessagePayload("actor-new");
        }
    }
}
