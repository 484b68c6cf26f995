package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.CONTRIBUTOR_NOT_PARTICIPANT;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_START;
import static dk.samskabelse.journal.api.RejectionReason.DATE_IN_FUTURE;
import static dk.samskabelse.journal.api.RejectionReason.DUPLICATE_PARTICIPANT;
import static dk.samskabelse.journal.api.RejectionReason.NO_PARTICIPANTS;
import static dk.samskabelse.journal.api.RejectionReason.PARTICIPANT_NOT_ACTIVE;
import static dk.samskabelse.journal.api.RejectionReason.TITLE_MISSING;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_INITIATOR;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_PARTICIPANT;
import static dk.samskabelse.journal.command.JournalTestData.BEFORE_START;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN;
import static dk.samskabelse.journal.command.JournalTestData.CITIZEN_JOINED;
import static dk.samskabelse.journal.command.JournalTestData.LEADER;
import static dk.samskabelse.journal.command.JournalTestData.PROJECT_ID;
import static dk.samskabelse.journal.command.JournalTestData.STARTED_ON;
import static dk.samskabelse.journal.command.JournalTestData.TOMORROW;
import static dk.samskabelse.journal.command.JournalTestData.actorWithdrawn;
import static dk.samskabelse.journal.command.RejectionMatcher.rejection;

import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RecordEngagement: who took part, with which influence, who initiated and who contributed what. */
class RecordEngagementTest extends ProjectFixtureTest {

    private static final LocalDate MAY = LocalDate.of(2024, 5, 1);
    private static final Participation LEADER_INFORMED = new Participation(LEADER, Influence.INFORMERET);
    private static final Participation CITIZEN_DECIDING = new Participation(CITIZEN, Influence.MEDBESTEMMENDE);

    private RecordEngagement engagement(
            String title,
            LocalDate occurredOn,
            String initiatedBy,
            List<Participation> participants,
            List<Contribution> contributions) {
        return new RecordEngagement(
                PROJECT_ID,
                "entry-workshop",
                EngagementKind.WORKSHOP,
                title,
                occurredOn,
                initiatedBy,
                participants,
                contributions,
                " Godt fremmøde ",
                true);
    }

    private RecordEngagement workshopOn(LocalDate occurredOn, String initiatedBy, Participation... participants) {
        return engagement("Naturdag", occurredOn, initiatedBy, List.of(participants), List.of());
    }

    @Test
    void records_the_engagement_with_participants_influence_contributions_and_the_entry_id_as_engagement_id() {
        List<Participation> participants = List.of(LEADER_INFORMED, CITIZEN_DECIDING);
        List<Contribution> contributions = List.of(
                new Contribution(CITIZEN, ContributionType.VIDEN),
                new Contribution(CITIZEN, ContributionType.LOKALER),
                new Contribution(LEADER, ContributionType.TID));
        givenJournal()
                .when(engagement("  Naturdag i skoven ", MAY, CITIZEN, participants, contributions))
                .expectResultMessagePayload("entry-workshop")
                .expectEvents(new EngagementRecorded(
                        PROJECT_ID,
                        "entry-workshop",
                        MAY,
                        "entry-workshop",
                        EngagementKind.WORKSHOP,
                        "Naturdag i skoven",
                        CITIZEN,
                        participants,
                        contributions,
                        "Godt fremmøde",
                        true));
    }

    @Test
    void the_initiator_need_not_take_part_and_missing_contributions_and_notes_are_recorded_as_none() {
        givenJournal()
                .when(new RecordEngagement(
                        PROJECT_ID,
                        "entry-hoering",
                        EngagementKind.HOERING,
                        "Høring",
                        MAY,
                        LEADER,
                        List.of(CITIZEN_DECIDING),
                        null,
                        null,
                        false))
                .expectEvents(new EngagementRecorded(
                        PROJECT_ID,
                        "entry-hoering",
                        MAY,
                        "entry-hoering",
                        EngagementKind.HOERING,
                        "Høring",
                        LEADER,
                        List.of(CITIZEN_DECIDING),
                        List.of(),
                        null,
                        false));
    }

    @Test
    void a_withdrawn_actor_may_still_appear_in_an_engagement_dated_before_the_withdrawal() {
        givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, MAY))
                .when(workshopOn(MAY.minusDays(1), CITIZEN, CITIZEN_DECIDING))
                .expectEvents(new EngagementRecorded(
                        PROJECT_ID,
                        "entry-workshop",
                        MAY.minusDays(1),
                        "entry-workshop",
                        EngagementKind.WORKSHOP,
                        "Naturdag",
                        CITIZEN,
                        List.of(CITIZEN_DECIDING),
                        List.of(),
                        "Godt fremmøde",
                        true));
    }

    @Test
    void an_engagement_without_a_title_is_rejected() {
        givenJournal()
                .when(engagement(" ", MAY, LEADER, List.of(LEADER_INFORMED), List.of()))
                .expectNoEvents()
                .expectException(rejection(TITLE_MISSING, "title"));
    }

    @Test
    void an_engagement_without_participants_is_rejected() {
        givenJournal()
                .when(engagement("Naturdag", MAY, LEADER, List.of(), List.of()))
                .expectNoEvents()
                .expectException(rejection(NO_PARTICIPANTS, "participants"));
    }

    @Test
    void an_engagement_with_a_missing_participant_list_is_rejected() {
        givenJournal()
                .when(engagement("Naturdag", MAY, LEADER, null, List.of()))
                .expectNoEvents()
                .expectException(rejection(NO_PARTICIPANTS, "participants"));
    }

    @Test
    void a_participant_listed_twice_is_rejected_at_the_second_listing() {
        givenJournal()
                .when(workshopOn(
                        MAY, LEADER, CITIZEN_DECIDING, LEADER_INFORMED, new Participation(CITIZEN, Influence.HOERT)))
                .expectNoEvents()
                .expectException(rejection(DUPLICATE_PARTICIPANT, "participants[2].actorId")
                        .withArguments(CITIZEN));
    }

    @Test
    void an_unknown_participant_is_rejected_at_its_position() {
        givenJournal()
                .when(workshopOn(MAY, LEADER, LEADER_INFORMED, new Participation("actor-nobody", Influence.HOERT)))
                .expectNoEvents()
                .expectException(rejection(UNKNOWN_PARTICIPANT, "participants[1].actorId")
                        .withArguments("actor-nobody"));
    }

    @Test
    void a_participant_who_had_not_yet_joined_is_rejected() {
        LocalDate dayBeforeJoining = CITIZEN_JOINED.minusDays(1);
        givenJournal()
                .when(workshopOn(dayBeforeJoining, LEADER, LEADER_INFORMED, CITIZEN_DECIDING))
                .expectNoEvents()
                .expectException(rejection(PARTICIPANT_NOT_ACTIVE, "participants[1].actorId")
                        .withArguments(CITIZEN, dayBeforeJoining));
    }

    @Test
    void a_participant_who_had_withdrawn_by_that_day_is_rejected() {
        givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, MAY))
                .when(workshopOn(MAY, LEADER, CITIZEN_DECIDING))
                .expectNoEvents()
                .expectException(rejection(PARTICIPANT_NOT_ACTIVE, "participants[0].actorId"));
    }

    @Test
    void an_unknown_initiator_is_rejected() {
        givenJournal()
                .when(workshopOn(MAY, "actor-nobody", LEADER_INFORMED))
                .expectNoEvents()
                .expectException(rejection(UNKNOWN_INITIATOR, "initiatedBy").withArguments("actor-nobody"));
    }

    @Test
    void an_initiator_who_had_withdrawn_by_that_day_is_rejected() {
        givenJournal(actorWithdrawn("entry-withdraw", CITIZEN, MAY))
                .when(workshopOn(MAY, CITIZEN, LEADER_INFORMED))
                .expectNoEvents()
                .expectException(rejection(PARTICIPANT_NOT_ACTIVE, "initiatedBy"));
    }

    @Test
    void a_contributor_who_is_not_a_participant_is_rejected_at_its_position() {
        givenJournal()
                .when(engagement(
                        "Naturdag",
                        MAY,
                        LEADER,
                        List.of(LEADER_INFORMED),
                        List.of(
                                new Contribution(LEADER, ContributionType.TID),
                                new Contribution(CITIZEN, ContributionType.PENGE))))
                .expectNoEvents()
                .expectException(rejection(CONTRIBUTOR_NOT_PARTICIPANT, "contributions[1].actorId")
                        .withArguments(CITIZEN));
    }

    @Test
    void an_engagement_dated_in_the_future_is_rejected() {
        givenJournal()
                .when(workshopOn(TOMORROW, LEADER, LEADER_INFORMED))
                .expectNoEvents()
                .expectException(rejection(DATE_IN_FUTURE, "occurredOn"));
    }

    @Test
    void an_engagement_dated_before_the_project_start_is_rejected() {
        givenJournal()
                .when(workshopOn(BEFORE_START, LEADER, LEADER_INFORMED))
                .expectNoEvents()
                .expectException(rejection(DATE_BEFORE_START, "occurredOn").withArguments(STARTED_ON));
    }
}
