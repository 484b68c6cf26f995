package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ABSENT;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_STILL_REFERENCED;
import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_NOT_ALLOWED;
import static dk.samskabelse.journal.api.RejectionReason.PERSPECTIVE_ACTOR_NOT_PARTNER;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ACTOR;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_ENTRY;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.actorRegistered;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.api.WithdrawActor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 13: a declared placement from a perspective (seed 001: "Er de parter, der indgår i samskabelsen enige om,
 * hvilken proces det rent faktisk er, de er en del af?"). Only a partner's placement names an actor, and that
 * actor must be able to represent a partner.
 */
class TypologyPerspectivesTest extends ProjectFixtureTest {

    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final String CLUB = "actor-club";
    private static final String SUPPLIER = "actor-supplier";
    private static final String REGION = "actor-region";

    private static DeclareTypology declare(TypologyPerspective perspective, String actorId) {
        return new DeclareTypology(PROJECT_ID, "entry-typology", ON, 0.5, -0.4, "Begrundelse", perspective, actorId);
    }

    private static ActorRegistered club() {
        return actorRegistered("entry-club", CLUB, ActorKind.FORENING, Role.MEDPRODUCENT, LocalDate.of(2024, 2, 1));
    }

    private static ActorRegistered supplier() {
        return new ActorRegistered(
                PROJECT_ID,
                "entry-supplier",
                LocalDate.of(2024, 2, 1),
                SUPPLIER,
                ActorKind.VIRKSOMHED,
                ActorKind.VIRKSOMHED.sector(),
                Role.RESSOURCEPERSON,
                true);
    }

    @ParameterizedTest
    @EnumSource(
            value = TypologyPerspective.class,
            names = {"CHEF", "PROJEKTLEDER", "FORSKER"})
    void a_perspective_other_than_partner_is_recorded_without_an_actor(TypologyPerspective perspective) {
        givenJournal()
                .when(declare(perspective, " "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new TypologyDeclared(
                        PROJECT_ID, "entry-typology", ON, 0.5, -0.4, "Begrundelse", perspective, null));
    }

    @ParameterizedTest
    @EnumSource(
            value = TypologyPerspective.class,
            names = {"CHEF", "PROJEKTLEDER", "FORSKER"})
    void a_perspective_other_than_partner_naming_an_actor_is_refused(TypologyPerspective perspective) {
        givenJournal(club())
                .when(declare(perspective, CLUB))
                .expectNoEvents()
                .expectException(rejection(PERSPECTIVE_ACTOR_NOT_ALLOWED, "actorId"));
    }

    @Test
    void a_declaration_without_a_perspective_stays_without_one() {
        givenJournal()
                .when(new DeclareTypology(PROJECT_ID, "entry-typology", ON, 0.5, -0.4, "Begrundelse"))
                .expectEvents(
                        new TypologyDeclared(PROJECT_ID, "entry-typology", ON, 0.5, -0.4, "Begrundelse", null, null));
    }

    @Test
    void a_partner_placement_names_the_partner_representative() {
        givenJournal(club())
                .when(declare(TypologyPerspective.PARTNER, " " + CLUB + " "))
                .expectEvents(new TypologyDeclared(
                        PROJECT_ID, "entry-typology", ON, 0.5, -0.4, "Begrundelse", TypologyPerspective.PARTNER, CLUB));
    }

    @Test
    void a_partner_placement_without_an_actor_is_refused() {
        givenJournal(club())
                .when(declare(TypologyPerspective.PARTNER, null))
                .expectNoEvents()
                .expectException(rejection(PERSPECTIVE_ACTOR_MISSING, "actorId"));
    }

    @Test
    void a_partner_placement_naming_an_unknown_actor_is_refused() {
        givenJournal()
                .when(declare(TypologyPerspective.PARTNER, "actor-nobody"))
                .expectNoEvents()
                .expectException(rejection(UNKNOWN_ACTOR, "actorId"));
    }

    @Test
    void a_commercial_supplier_is_no_partner_representative() {
        givenJournal(supplier())
                .when(declare(TypologyPerspective.PARTNER, SUPPLIER))
                .expectNoEvents()
                .expectException(rejection(PERSPECTIVE_ACTOR_NOT_PARTNER, "actorId"));
    }

    @Test
    void the_municipality_own_project_leader_is_no_partner_representative() {
        givenJournal()
                .when(declare(TypologyPerspective.PARTNER, LEADER))
                .expectNoEvents()
                .expectException(rejection(PERSPECTIVE_ACTOR_NOT_PARTNER, "actorId"));
    }

    @Test
    void another_public_authority_can_be_a_partner() {
        givenJournal(actorRegistered(
                        "entry-region",
                        REGION,
                        ActorKind.ANDEN_OFFENTLIG_AKTOER,
                        Role.LIGEVAERDIG_DELTAGER,
                        LocalDate.of(2024, 2, 1)))
                .when(declare(TypologyPerspective.PARTNER, REGION))
                .expectEvents(new TypologyDeclared(
                        PROJECT_ID,
                        "entry-typology",
                        ON,
                        0.5,
                        -0.4,
                        "Begrundelse",
                        TypologyPerspective.PARTNER,
                        REGION));
    }

    @Test
    void the_representative_must_be_part_of_the_project_on_that_date() {
        givenJournal(actorWithdrawn("entry-gone", CITIZEN, LocalDate.of(2024, 2, 15)))
                .when(declare(TypologyPerspective.PARTNER, CITIZEN))
                .expectNoEvents()
                .expectException(rejection(ACTOR_ABSENT, "actorId"));
    }

    @Test
    void the_representative_registration_cannot_be_retracted_under_the_placement() {
        givenJournal(new TypologyDeclared(
                        PROJECT_ID,
                        "entry-typology",
                        ON,
                        0.5,
                        -0.4,
                        "Begrundelse",
                        TypologyPerspective.PARTNER,
                        CITIZEN))
                .when(new RetractEntry(
                        PROJECT_ID, "entry-retract", CITIZEN_ENTRY, LocalDate.of(2024, 5, 1), "Fejlregistreret", false))
                .expectNoEvents()
                .expectException(rejection(ENTRY_STILL_REFERENCED, "retractedEntryId"));
    }

    @Test
    void a_back_dated_withdrawal_cannot_put_the_representative_outside_the_project_under_the_placement() {
        givenJournal(new TypologyDeclared(
                        PROJECT_ID,
                        "entry-typology",
                        ON,
                        0.5,
                        -0.4,
                        "Begrundelse",
                        TypologyPerspective.PARTNER,
                        CITIZEN))
                .when(new WithdrawActor(
                        PROJECT_ID, "entry-withdraw", CITIZEN, LocalDate.of(2024, 2, 20), "Flyttet", false))
                .expectNoEvents()
                .expectException(rejection(CONTRADICTS_LATER_ENTRY, "effectiveOn"));
    }
}
