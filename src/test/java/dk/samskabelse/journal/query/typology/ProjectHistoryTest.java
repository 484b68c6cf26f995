package dk.samskabelse.journal.query.typology;

import static dk.samskabelse.journal.query.typology.Journal.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectHistoryTest {

    @Test
    void roleIntervalsRunFromRegistrationThroughEachShiftToTheWithdrawal() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("pl", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-01")
                .shift("s1", "pl", Role.KONVENER, "2024-02-01")
                .shift("s2", "pl", Role.TILBAGETRUKKET, "2024-03-01")
                .withdraw("w1", "pl", "2024-04-01")
                .history();

        ActorHistory actor = history.actor("pl").orElseThrow();

        assertThat(actor.roles())
                .containsExactly(
                        new RoleInterval(Role.FACILITATOR, date("2024-01-01"), Optional.of(date("2024-02-01"))),
                        new RoleInterval(Role.KONVENER, date("2024-02-01"), Optional.of(date("2024-03-01"))),
                        new RoleInterval(Role.TILBAGETRUKKET, date("2024-03-01"), Optional.of(date("2024-04-01"))));
        assertThat(actor.roleOn(date("2023-12-31"))).isEmpty();
        assertThat(actor.roleOn(date("2024-01-31"))).contains(Role.FACILITATOR);
        assertThat(actor.roleOn(date("2024-02-01"))).contains(Role.KONVENER);
        assertThat(actor.roleOn(date("2024-03-31"))).contains(Role.TILBAGETRUKKET);
        assertThat(actor.roleOn(date("2024-04-01"))).isEmpty();
    }

    @Test
    void aShiftOnTheSameDayReplacesTheRoleOfThatDay() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("pl", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-01")
                .shift("s1", "pl", Role.KONVENER, "2024-01-01")
                .history();

        assertThat(history.actor("pl").orElseThrow().roles())
                .containsExactly(new RoleInterval(Role.KONVENER, date("2024-01-01"), Optional.empty()));
    }

    @Test
    void retractedEntriesAreLeftOutAsIfNeverWritten() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("pl", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-01")
                .register("borger", ActorKind.BORGER, Role.MEDDESIGNER, "2024-01-01")
                .register("fejl", ActorKind.BORGER, Role.MODTAGER, "2024-01-01")
                .shift("s1", "pl", Role.BESLUTTENDE, "2024-02-01")
                .withdraw("w1", "borger", "2024-02-15")
                .engage("e1", "2024-02-10", EngagementKind.HOERING, "pl", as("pl", Influence.BESTEMMENDE))
                .engage("e2", "2024-02-11", EngagementKind.WORKSHOP, "borger", as("borger", Influence.INDDRAGET))
                .declare("d1", "2024-01-01", 0.5, -0.5)
                .declare("d2", "2024-02-01", -0.5, -0.5)
                .retract("s1", "2024-03-01")
                .retract("w1", "2024-03-01")
                .retract("e1", "2024-03-01")
                .retract("d2", "2024-03-01")
                .retract("reg-fejl", "2024-03-01")
                .history();

        assertThat(history.actors()).extracting(ActorHistory::actorId).containsExactly("borger", "pl");
        assertThat(history.actor("pl").orElseThrow().roleOn(date("2024-06-01"))).contains(Role.FACILITATOR);
        assertThat(history.actor("borger").orElseThrow().withdrawnOn()).isEmpty();
        assertThat(history.engagements()).extracting(Engagement::engagementId).containsExactly("e2");
        assertThat(history.declarations())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("d1");
        assertThat(history.declaredOn(date("2024-06-01")).orElseThrow().point())
                .isEqualTo(new TypologyPoint(0.5, -0.5));
    }

    @Test
    void aBackdatedEntrySlotsInAtItsEffectiveDate() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("pl", ActorKind.PROJEKTLEDER, Role.FACILITATOR, "2024-01-01")
                .engage("e2", "2024-03-01", EngagementKind.WORKSHOP, "pl", as("pl", Influence.INDDRAGET))
                .engage("e1", "2024-02-01", EngagementKind.WORKSHOP, "pl", as("pl", Influence.INDDRAGET))
                .declare("d2", "2024-03-01", -0.5, -0.5)
                .declare("d1", "2024-01-01", 0.5, 0.5)
                .history();

        assertThat(history.engagements()).extracting(Engagement::engagementId).containsExactly("e1", "e2");
        assertThat(history.declarations())
                .extracting(DeclaredPlacement::entryId)
                .containsExactly("d1", "d2");
        assertThat(history.declaredOn(date("2024-02-15")).orElseThrow().entryId())
                .isEqualTo("d1");
    }

    @Test
    void participantsAndInitiatorCarryTheSectorOfTheirRegistration() {
        ProjectHistory history = Journal.startedOn("2024-01-01")
                .register("forening", ActorKind.FORENING, Role.INNOVATOR, "2024-01-01")
                .register("chef", ActorKind.CHEF, Role.MAALSAETTENDE, "2024-01-01")
                .engage(
                        "e1",
                        "2024-01-02",
                        EngagementKind.MOEDE,
                        "forening",
                        as("forening", Influence.MEDBESTEMMENDE),
                        as("chef", Influence.BESTEMMENDE))
                .history();

        Engagement engagement = history.engagements().get(0);
        assertThat(engagement.initiatorSector()).contains(Sector.NON_PUBLIC);
        assertThat(engagement.participants())
                .containsExactly(
                        new Participant("forening", Sector.NON_PUBLIC, Influence.MEDBESTEMMENDE),
                        new Participant("chef", Sector.PUBLIC, Influence.BESTEMMENDE));
    }

    @Test
    void eventsOfTwoProjectsAreRefused() {
        List<JournalEvent> events =
                new ArrayList<>(Journal.startedOn("2024-01-01").events());
        events.add(
                new ProjectStarted("andet-projekt", "x", date("2024-01-01"), "Andet", "Kommune", Area.ANDET, "formål"));

        assertThatThrownBy(() -> ProjectHistory.of(events)).isInstanceOf(IllegalArgumentException.class);
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
