package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ABSENT;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ALREADY_REGISTERED;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_WITHDRAWN;
import static dk.samskabelse.journal.api.RejectionReason.BLANK_NAME;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_JOINING;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_START;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.FROM_ROLE_REQUIRED;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_HELD;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_VALID_FOR_KIND;
import static dk.samskabelse.journal.api.RejectionReason.SAME_ROLE;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;
import static dk.samskabelse.journal.command.JournalTestData.BEFORE_START;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_ENTRY;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_JOINED;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.STARTED_ON;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.actorRejoined;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.JournalTestData.engagementRecorded;
import static dk.samskabelse.journal.command.JournalTestData.entryRetracted;
import static dk.samskabelse.journal.command.JournalTestData.roleShifted;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RegisterActor, ShiftRole and WithdrawActor. */
class ActorCommandsTest extends ProjectFixtureTest {

    private static final LocalDate APRIL = LocalDate.of(2024, 4, 1);

    @Nested
    class RegisterActor_ {

        private static final String NAME = "Karen Jensen";
        private static final ActorPersonalData KAREN =
                new ActorPersonalData(NAME, "Naturens Venner", "karen@example.dk");

        private RegisterActor register(
                String actorId, ActorKind kind, Role role, LocalDate joinedOn, ActorPersonalData personalData) {
            return new RegisterActor(PROJECT_ID, "entry-karen", actorId, kind, role, joinedOn, personalData);
        }

        private RegisterActor registerKaren(LocalDate joinedOn) {
            return register("actor-karen", ActorKind.FORENING, Role.MEDDESIGNER, joinedOn, KAREN);
        }

        @Test
        void registers_the_actor_by_pseudonymous_id_with_kind_sector_and_role_and_answers_the_actor_id() {
            givenJournal()
                    .when(registerKaren(APRIL))
                    .expectResultMessagePayload("actor-karen")
                    .expectEvents(new ActorRegistered(
                            PROJECT_ID,
                            "entry-karen",
                            APRIL,
                            "actor-karen",
                            ActorKind.FORENING,
                            Sector.NON_PUBLIC,
                            Role.MEDDESIGNER));
        }

        @Test
        void a_public_actor_is_registered_in_the_public_sector() {
            givenJournal()
                    .when(register(
                            "actor-chef",
                            ActorKind.CHEF,
                            Role.MAALSAETTENDE,
                            STARTED_ON,
                            new ActorPersonalData("Chefen", null, null)))
                    .expectEvents(new ActorRegistered(
                            PROJECT_ID,
                            "entry-karen",
                            STARTED_ON,
                            "actor-chef",
                            ActorKind.CHEF,
                            Sector.PUBLIC,
                            Role.MAALSAETTENDE));
        }

        @Test
        void the_name_and_contact_go_to_the_personal_data_register() {
            givenJournal().when(registerKaren(APRIL)).expectSuccessfulHandlerExecution();

            assertThat(register.recorded())
                    .containsExactly(new InMemoryPersonalDataRegister.Recorded(PROJECT_ID, "actor-karen", KAREN));
            assertThat(register.find(PROJECT_ID, "actor-karen"))
                    .get()
                    .extracting(ActorPersonalData::name, ActorPersonalData::organisation, ActorPersonalData::contact)
                    .containsExactly(NAME, "Naturens Venner", "karen@example.dk");
        }

        @Test
        void the_event_holds_neither_the_name_nor_the_contact() {
            // A record's toString shows every component, so nothing in the event carries the personal data.
            givenJournal()
                    .when(registerKaren(APRIL))
                    .expectEventsMatching(payloadsMatching(exactSequenceOf(allOf(
                            instanceOf(ActorRegistered.class),
                            hasToString(not(containsString(NAME))),
                            hasToString(not(containsString("karen@example.dk"))),
                            hasToString(not(containsString("Naturens Venner")))))));
        }

        @Test
        void an_actor_id_already_registered_is_rejected() {
            givenJournal()
                    .when(register(CITIZEN, ActorKind.BORGER, Role.FRIVILLIG, APRIL, KAREN))
                    .expectNoEvents()
                    .expectException(
                            rejection(ACTOR_ALREADY_REGISTERED, "actorId").withArguments(CITIZEN));
        }

        @Test
        void an_actor_id_stays_taken_after_its_registration_is_retracted() {
            givenJournal(entryRetracted("entry-retract", CITIZEN_ENTRY, "ActorRegistered"))
                    .when(register(CITIZEN, ActorKind.BORGER, Role.FRIVILLIG, APRIL, KAREN))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_ALREADY_REGISTERED, "actorId"));
        }

        @ParameterizedTest(name = "{1} for {0}")
        @CsvSource({"BORGER, FACILITATOR", "FORENING, BESLUTTENDE", "MEDARBEJDER, MEDDESIGNER", "POLITIKER, BRUGER"})
        void a_role_from_the_other_sector_than_the_kind_is_rejected(ActorKind kind, Role role) {
            givenJournal()
                    .when(register("actor-karen", kind, role, APRIL, KAREN))
                    .expectNoEvents()
                    .expectException(rejection(ROLE_NOT_VALID_FOR_KIND, "role").withArguments(role, kind));
            assertThat(register.recorded()).isEmpty();
        }

        @Test
        void an_actor_without_personal_data_is_rejected_for_a_blank_name() {
            givenJournal()
                    .when(register("actor-karen", ActorKind.BORGER, Role.BRUGER, APRIL, null))
                    .expectNoEvents()
                    .expectException(rejection(BLANK_NAME, "name"));
        }

        @Test
        void an_actor_with_a_blank_name_is_rejected() {
            givenJournal()
                    .when(register(
                            "actor-karen",
                            ActorKind.BORGER,
                            Role.BRUGER,
                            APRIL,
                            new ActorPersonalData("  ", null, "karen@example.dk")))
                    .expectNoEvents()
                    .expectException(rejection(BLANK_NAME, "name"));
            assertThat(register.recorded()).isEmpty();
        }

        @Test
        void a_joining_date_in_the_future_is_rejected_and_nothing_is_written_to_the_register() {
            givenJournal()
                    .when(registerKaren(TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "joinedOn"));
            assertThat(register.recorded()).isEmpty();
        }

        @Test
        void a_joining_date_before_the_project_start_is_rejected() {
            givenJournal()
                    .when(registerKaren(BEFORE_START))
                    .expectNoEvents()
                    .expectException(rejection(DATE_BEFORE_START, "joinedOn").withArguments(STARTED_ON));
            assertThat(register.recorded()).isEmpty();
        }
    }

    @Nested
    class ShiftRole_ {

        private ShiftRole shift(String actorId, Role role, LocalDate on) {
            return new ShiftRole(PROJECT_ID, "entry-shift", actorId, role, on, " Vi blev jævnbyrdige ", true);
        }

        @Test
        void records_the_shift_from_the_current_role_to_the_new_one() {
            givenJournal()
                    .when(shift(LEADER, Role.TILBAGETRUKKET, APRIL))
                    .expectResultMessagePayload("entry-shift")
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL,
                            LEADER,
                            Role.FACILITATOR,
                            Role.TILBAGETRUKKET,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void the_from_role_is_the_role_of_the_latest_shift() {
            givenJournal(roleShifted("entry-shift-1", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(new ShiftRole(
                            PROJECT_ID, "entry-shift-2", CITIZEN, Role.MEDINITIATIVTAGER, TODAY, null, false))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift-2",
                            TODAY,
                            CITIZEN,
                            Role.MEDDESIGNER,
                            Role.MEDINITIATIVTAGER,
                            null,
                            false));
        }

        @Test
        void a_shift_on_the_same_day_as_the_latest_shift_is_accepted() {
            givenJournal(roleShifted("entry-shift-1", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(shift(CITIZEN, Role.INNOVATOR, APRIL))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL,
                            CITIZEN,
                            Role.MEDDESIGNER,
                            Role.INNOVATOR,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_shift_on_the_joining_day_is_accepted() {
            givenJournal()
                    .when(shift(CITIZEN, Role.FRIVILLIG, CITIZEN_JOINED))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            CITIZEN_JOINED,
                            CITIZEN,
                            Role.BRUGER,
                            Role.FRIVILLIG,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void an_unknown_actor_is_rejected() {
            givenJournal()
                    .when(shift("actor-nobody", Role.FRIVILLIG, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_ACTOR, "actorId").withArguments("actor-nobody"));
        }

        @Test
        void an_actor_absent_on_that_date_is_rejected() {
            givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, APRIL))
                    .when(shift(CITIZEN, Role.FRIVILLIG, TODAY))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_ABSENT, "effectiveOn").withArguments(TODAY));
        }

        @Test
        void a_withdrawn_actor_can_still_shift_dated_before_its_withdrawal() {
            givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, TODAY))
                    .when(shift(CITIZEN, Role.FRIVILLIG, APRIL))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL,
                            CITIZEN,
                            Role.BRUGER,
                            Role.FRIVILLIG,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_role_that_does_not_fit_the_actors_kind_is_rejected() {
            givenJournal()
                    .when(shift(CITIZEN, Role.FACILITATOR, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(ROLE_NOT_VALID_FOR_KIND, "role")
                            .withArguments(Role.FACILITATOR, ActorKind.BORGER));
        }

        @Test
        void a_shift_to_the_role_the_actor_already_holds_is_rejected() {
            givenJournal()
                    .when(shift(LEADER, Role.FACILITATOR, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(SAME_ROLE, "role").withArguments(Role.FACILITATOR));
        }

        @Test
        void a_shift_back_to_the_role_held_before_the_latest_shift_is_accepted() {
            givenJournal(roleShifted("entry-shift-1", LEADER, Role.FACILITATOR, Role.TILBAGETRUKKET, APRIL))
                    .when(shift(LEADER, Role.FACILITATOR, TODAY))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            TODAY,
                            LEADER,
                            Role.TILBAGETRUKKET,
                            Role.FACILITATOR,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_shift_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(shift(CITIZEN, Role.FRIVILLIG, TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_shift_dated_before_the_actor_joined_is_rejected() {
            givenJournal()
                    .when(shift(CITIZEN, Role.FRIVILLIG, CITIZEN_JOINED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(
                            rejection(DATE_BEFORE_JOINING, "effectiveOn").withArguments(CITIZEN_JOINED));
        }

        @Test
        void a_shift_dated_before_a_later_shift_of_a_sole_role_slots_in_before_it() {
            // The later shift replaced the citizen's one role; it now replaces FRIVILLIG, the role held before it.
            givenJournal(roleShifted("entry-shift-1", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(shift(CITIZEN, Role.FRIVILLIG, APRIL.minusDays(1)))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL.minusDays(1),
                            CITIZEN,
                            Role.BRUGER,
                            Role.FRIVILLIG,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_shift_dated_before_a_later_shift_to_the_same_role_contradicts_that_shift() {
            givenJournal(roleShifted("entry-shift-1", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(shift(CITIZEN, Role.MEDDESIGNER, APRIL.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(APRIL, "entry-shift-1", "RoleShifted"));
        }

        @Test
        void a_back_dated_shift_slots_in_between_two_earlier_shifts_and_replaces_the_role_held_on_its_date() {
            // Seed 000: the project leader's steps, one of them logged after a later one.
            givenJournal(
                            roleShifted("entry-shift-1", LEADER, Role.FACILITATOR, Role.KONVENER, CITIZEN_JOINED),
                            roleShifted("entry-shift-2", LEADER, Role.KATALYSATOR, Role.LIGEVAERDIG_DELTAGER, TODAY))
                    .when(shift(LEADER, Role.KATALYSATOR, APRIL))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL,
                            LEADER,
                            Role.KONVENER,
                            Role.KATALYSATOR,
                            "Vi blev jævnbyrdige",
                            true));
        }

        @Test
        void a_back_dated_shift_to_a_role_a_later_entry_adds_contradicts_that_entry() {
            givenJournal(new RoleAdded(PROJECT_ID, "entry-add", TODAY, CITIZEN, Role.FRIVILLIG, null, true))
                    .when(shift(CITIZEN, Role.FRIVILLIG, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(TODAY, "entry-add", "RoleAdded"));
        }

        @Test
        void a_shift_of_an_actor_with_several_roles_needs_the_role_it_replaces() {
            givenJournal(new RoleAdded(PROJECT_ID, "entry-add", CITIZEN_JOINED, CITIZEN, Role.MEDPRODUCENT, null, true))
                    .when(shift(CITIZEN, Role.FRIVILLIG, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(FROM_ROLE_REQUIRED, "fromRole"));
        }

        @Test
        void a_shift_with_from_role_replaces_that_role_of_several() {
            givenJournal(new RoleAdded(PROJECT_ID, "entry-add", CITIZEN_JOINED, CITIZEN, Role.MEDPRODUCENT, null, true))
                    .when(new ShiftRole(
                            PROJECT_ID, "entry-shift", CITIZEN, Role.MEDDESIGNER, APRIL, null, true, Role.MEDPRODUCENT))
                    .expectEvents(new RoleShifted(
                            PROJECT_ID,
                            "entry-shift",
                            APRIL,
                            CITIZEN,
                            Role.MEDPRODUCENT,
                            Role.MEDDESIGNER,
                            null,
                            true));
        }

        @Test
        void a_shift_from_a_role_not_held_on_that_date_is_rejected() {
            givenJournal()
                    .when(new ShiftRole(
                            PROJECT_ID, "entry-shift", CITIZEN, Role.MEDDESIGNER, APRIL, null, true, Role.FRIVILLIG))
                    .expectNoEvents()
                    .expectException(rejection(ROLE_NOT_HELD, "fromRole").withArguments(Role.FRIVILLIG));
        }
    }

    @Nested
    class WithdrawActor_ {

        private WithdrawActor withdraw(String actorId, LocalDate on) {
            return new WithdrawActor(PROJECT_ID, "entry-withdraw", actorId, on, " Flyttet ", true);
        }

        @Test
        void records_the_withdrawal() {
            givenJournal()
                    .when(withdraw(CITIZEN, APRIL))
                    .expectResultMessagePayload("entry-withdraw")
                    .expectEvents(new ActorWithdrawn(PROJECT_ID, "entry-withdraw", APRIL, CITIZEN, "Flyttet", true));
        }

        @Test
        void a_withdrawal_without_reason_is_recorded_without_reason() {
            givenJournal()
                    .when(new WithdrawActor(PROJECT_ID, "entry-withdraw", LEADER, TODAY, " ", false))
                    .expectEvents(new ActorWithdrawn(PROJECT_ID, "entry-withdraw", TODAY, LEADER, null, false));
        }

        @Test
        void an_unknown_actor_is_rejected() {
            givenJournal()
                    .when(withdraw("actor-nobody", APRIL))
                    .expectNoEvents()
                    .expectException(rejection(UNKNOWN_ACTOR, "actorId").withArguments("actor-nobody"));
        }

        @Test
        void an_actor_who_has_already_withdrawn_is_rejected() {
            givenJournal(actorWithdrawn("entry-withdraw-1", CITIZEN, APRIL))
                    .when(withdraw(CITIZEN, TODAY))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_WITHDRAWN, "actorId"));
        }

        @Test
        void a_withdrawal_dated_in_the_future_is_rejected() {
            givenJournal()
                    .when(withdraw(CITIZEN, TOMORROW))
                    .expectNoEvents()
                    .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));
        }

        @Test
        void a_withdrawal_dated_before_the_actor_joined_is_rejected() {
            givenJournal()
                    .when(withdraw(CITIZEN, CITIZEN_JOINED.minusDays(1)))
                    .expectNoEvents()
                    .expectException(
                            rejection(DATE_BEFORE_JOINING, "effectiveOn").withArguments(CITIZEN_JOINED));
        }

        @Test
        void a_withdrawal_dated_before_the_actors_latest_role_shift_contradicts_that_shift() {
            givenJournal(roleShifted("entry-shift-1", CITIZEN, Role.BRUGER, Role.MEDDESIGNER, APRIL))
                    .when(withdraw(CITIZEN, APRIL.minusDays(1)))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(APRIL, "entry-shift-1", "RoleShifted"));
        }

        @Test
        void a_back_dated_withdrawal_before_a_later_engagement_of_the_actor_contradicts_it() {
            givenJournal(engagementRecorded("entry-workshop", TODAY, LEADER, LEADER, CITIZEN))
                    .when(withdraw(CITIZEN, APRIL))
                    .expectNoEvents()
                    .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn")
                            .withArguments(TODAY, "entry-workshop", "EngagementRecorded"));
        }

        @Test
        void a_withdrawal_dated_inside_an_absence_is_rejected() {
            givenJournal(
                            actorWithdrawn("entry-withdraw-1", CITIZEN, APRIL),
                            actorRejoined("entry-rejoin", CITIZEN, LocalDate.of(2024, 5, 1)))
                    .when(withdraw(CITIZEN, LocalDate.of(2024, 4, 15)))
                    .expectNoEvents()
                    .expectException(rejection(ACTOR_WITHDRAWN, "actorId"));
        }
    }
}
