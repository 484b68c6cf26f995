package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ALREADY_ERASED;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_ID_TAKEN;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_NOT_RETRACTABLE;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_ENTRY;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.TODAY;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.actorRegistered;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.JournalTestData.entryRetracted;
import static dk.samskabelse.journal.command.JournalTestData.projectClosed;
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
import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ErasePersonalData: the right to be forgotten (docs/domain.md "Personal data"). */
class ErasePersonalDataTest extends ProjectFixtureTest {

    private static final ActorPersonalData HANNE =
            new ActorPersonalData("Hanne Kirkegaard", "Naturens Venner", "hanne@example.dk");

    private static ErasePersonalData erase(String actorId) {
        return erase("entry-erase-" + actorId, actorId);
    }

    private static ErasePersonalData erase(String entryId, String actorId) {
        return new ErasePersonalData(PROJECT_ID, entryId, actorId, TODAY);
    }

    private static ActorPersonalDataErased erased(String actorId) {
        return new ActorPersonalDataErased(PROJECT_ID, "entry-erase-" + actorId, TODAY, actorId);
    }

    @BeforeEach
    void citizenInRegister() {
        register.record(PROJECT_ID, CITIZEN, HANNE);
    }

    @Test
    void erases_the_register_row_and_records_the_erasure_as_an_entry() {
        givenJournal()
                .when(erase(CITIZEN))
                .expectResultMessagePayload("entry-erase-" + CITIZEN)
                .expectEvents(erased(CITIZEN));

        assertThat(register.erased()).containsExactly(CITIZEN);
        assertThat(register.find(PROJECT_ID, CITIZEN)).isEmpty();
    }

    @Test
    void the_erasure_entry_holds_no_personal_data() {
        givenJournal()
                .when(erase(CITIZEN))
                .expectEventsMatching(payloadsMatching(exactSequenceOf(allOf(
                        instanceOf(ActorPersonalDataErased.class),
                        hasToString(not(containsString("Hanne"))),
                        hasToString(not(containsString("hanne@example.dk"))),
                        hasToString(not(containsString("Naturens Venner")))))));
    }

    @Test
    void is_allowed_on_a_closed_project() {
        givenJournal(projectClosed("entry-close")).when(erase(CITIZEN)).expectEvents(erased(CITIZEN));
    }

    @Test
    void is_allowed_after_the_actor_withdrew() {
        givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, LocalDate.of(2024, 3, 1)))
                .when(erase(CITIZEN))
                .expectEvents(erased(CITIZEN));
    }

    @Test
    void is_allowed_after_the_registration_was_retracted_because_the_register_may_still_hold_the_name() {
        givenJournal(entryRetracted("entry-retract", CITIZEN_ENTRY, "ActorRegistered"))
                .when(erase(CITIZEN))
                .expectEvents(erased(CITIZEN));

        assertThat(register.erased()).containsExactly(CITIZEN);
    }

    @Test
    void an_actor_never_registered_in_the_project_is_unknown() {
        givenJournal()
                .when(erase("actor-elsewhere"))
                .expectNoEvents()
                .expectException(rejection(UNKNOWN_ACTOR, "actorId").withArguments("actor-elsewhere"));

        assertThat(register.erased()).isEmpty();
    }

    @Test
    void a_second_erasure_of_the_same_actor_is_refused() {
        givenJournal(erased(CITIZEN))
                .when(erase("entry-erase-again", CITIZEN))
                .expectNoEvents()
                .expectException(rejection(ALREADY_ERASED, "actorId"));
    }

    @Test
    void the_same_erasure_sent_twice_is_acknowledged_once() {
        givenJournal(erased(CITIZEN))
                .when(erase(CITIZEN))
                .expectResultMessagePayload("entry-erase-" + CITIZEN)
                .expectNoEvents();

        assertThat(register.erased()).isEmpty();
    }

    @Test
    void an_erasure_dated_in_the_future_is_refused() {
        givenJournal()
                .when(new ErasePersonalData(PROJECT_ID, "entry-erase", CITIZEN, TOMORROW))
                .expectNoEvents()
                .expectException(rejection(DATE_IN_FUTURE, "effectiveOn"));

        assertThat(register.erased()).isEmpty();
    }

    @Test
    void an_erasure_cannot_be_retracted() {
        givenJournal(erased(CITIZEN))
                .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-erase-" + CITIZEN, TODAY, "Fortrudt", false))
                .expectNoEvents()
                .expectException(
                        rejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId").withArguments("ActorPersonalDataErased"));
    }

    @Test
    void the_history_goes_on_after_an_erasure_the_actor_keeps_its_id_and_role() {
        givenJournal(erased(CITIZEN))
                .when(new ShiftRole(PROJECT_ID, "entry-shift", CITIZEN, Role.FRIVILLIG, TODAY, null, false))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_erasure_does_not_block_retracting_the_actors_registration() {
        givenJournal(
                        actorRegistered(
                                "entry-other",
                                "actor-other",
                                ActorKind.FORENING,
                                Role.RESSOURCEPERSON,
                                LocalDate.of(2024, 3, 1)),
                        new ActorPersonalDataErased(PROJECT_ID, "entry-erase-other", TODAY, "actor-other"))
                .when(new RetractEntry(PROJECT_ID, "entry-retract", "entry-other", TODAY, "Fejlregistrering", false))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void the_same_actor_id_in_another_project_is_another_person_with_its_own_register_row() {
        // Actor ids of keyed requests made before issue 11 were the same for the same key in every project.
        register.record("project-elsewhere", CITIZEN, new ActorPersonalData("Ole Andetsted", null, null));

        givenJournal().when(erase(CITIZEN)).expectEvents(erased(CITIZEN));

        assertThat(register.erasedIn()).containsExactly(PROJECT_ID);
        assertThat(register.find(PROJECT_ID, CITIZEN)).isEmpty();
        assertThat(register.find("project-elsewhere", CITIZEN))
                .get()
                .extracting(ActorPersonalData::name)
                .isEqualTo("Ole Andetsted");
    }

    @Test
    void an_erasure_under_the_entry_id_of_another_actors_erasure_is_refused_not_reported_as_done() {
        register.record(PROJECT_ID, LEADER, new ActorPersonalData("Lars Bo", null, null));

        givenJournal(erased(CITIZEN))
                .when(erase("entry-erase-" + CITIZEN, LEADER))
                .expectNoEvents()
                .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));

        assertThat(register.erased()).isEmpty();
        assertThat(register.find(PROJECT_ID, LEADER)).isPresent();
    }

    @Test
    void an_erasure_under_the_entry_id_of_another_kind_of_entry_is_refused_not_reported_as_done() {
        givenJournal()
                .when(erase(CITIZEN_ENTRY, CITIZEN))
                .expectNoEvents()
                .expectException(rejection(ENTRY_ID_TAKEN, "entryId"));

        assertThat(register.erased()).isEmpty();
        assertThat(register.find(PROJECT_ID, CITIZEN)).isPresent();
    }

    @Test
    void other_actors_keep_their_personal_data() {
        register.record(PROJECT_ID, LEADER, new ActorPersonalData("Lars Bo", null, null));

        givenJournal().when(erase(CITIZEN)).expectSuccessfulHandlerExecution();

        assertThat(register.find(PROJECT_ID, LEADER))
                .get()
                .extracting(ActorPersonalData::name)
                .isEqualTo("Lars Bo");
    }
}
