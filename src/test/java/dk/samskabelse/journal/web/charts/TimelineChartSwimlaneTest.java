package dk.samskabelse.journal.web.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The role swimlanes: concurrent roles of one actor on sub-lanes, an absence drawn as such. */
class TimelineChartSwimlaneTest {

    static final String P = "p1";
    static final String CITIZEN = "citizen";
    static final String LEADER = "leader";

    @Test
    void a_double_role_takes_two_sub_lanes_and_an_absence_spans_the_lane() {
        TimelineChart chart = chart(List.of(
                new ProjectStarted(P, "e1", d(1), "Lejre", "Lejre", Area.KULTUR_OG_FRITID, "Formål"),
                new ActorRegistered(P, "e2", d(2), CITIZEN, ActorKind.BORGER, Sector.NON_PUBLIC, Role.MEDDESIGNER),
                new ActorRegistered(P, "e3", d(2), LEADER, ActorKind.PROJEKTLEDER, Sector.PUBLIC, Role.BESLUTTENDE),
                new RoleAdded(P, "e4", d(10), CITIZEN, Role.MEDPRODUCENT, "Dobbeltrolle", true),
                new RoleEnded(P, "e5", d(20), CITIZEN, Role.MEDPRODUCENT, null, false),
                new ActorWithdrawn(P, "e6", d(30), CITIZEN, "Pause", false),
                new ActorRejoined(P, "e7", d(40), CITIZEN, List.of(), "Tilbage", true),
                new RoleShifted(P, "e8", d(15), LEADER, Role.BESLUTTENDE, Role.FACILITATOR, "Jævnbyrdige", true)));

        TimelineChart.Lane citizen = lane(chart, CITIZEN);
        assertThat(citizen.subLanes()).isEqualTo(2);
        assertThat(citizen.roles())
                .extracting(TimelineChart.RoleBar::role, TimelineChart.RoleBar::subLane)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Role.MEDDESIGNER, 0),
                        org.assertj.core.groups.Tuple.tuple(Role.MEDPRODUCENT, 1),
                        org.assertj.core.groups.Tuple.tuple(Role.MEDDESIGNER, 0));
        TimelineChart.RoleBar first = citizen.roles().get(0);
        TimelineChart.RoleBar second = citizen.roles().get(1);
        assertThat(Double.parseDouble(second.y())).isGreaterThan(Double.parseDouble(first.y()));
        assertThat(first.shift()).isFalse();
        assertThat(second.shift()).isFalse();
        assertThat(citizen.absences()).singleElement().satisfies(a -> {
            assertThat(a.from()).isEqualTo(d(30));
            assertThat(a.to()).isEqualTo(d(40));
            assertThat(Double.parseDouble(a.width())).isPositive();
        });
        assertThat(citizen.withdrawnX()).isNull();

        TimelineChart.Lane leader = lane(chart, LEADER);
        assertThat(leader.subLanes()).isEqualTo(1);
        assertThat(leader.roles()).extracting(TimelineChart.RoleBar::shift).containsExactly(false, true);
        assertThat(Double.parseDouble(lane(chart, LEADER).row().y()))
                .as("the leader's lane begins below the citizen's two sub-lanes")
                .isGreaterThan(Double.parseDouble(citizen.roles().get(1).y()) + 10);
        assertThat(chart.absencesShown()).isTrue();
        assertThat(chart.concurrentRolesShown()).isTrue();
    }

    @Test
    void an_open_absence_runs_to_the_end_and_keeps_the_withdrawal_mark() {
        TimelineChart chart = chart(List.of(
                new ProjectStarted(P, "e1", d(1), "Lejre", "Lejre", Area.KULTUR_OG_FRITID, "Formål"),
                new ActorRegistered(P, "e2", d(2), CITIZEN, ActorKind.BORGER, Sector.NON_PUBLIC, Role.MEDDESIGNER),
                new ActorWithdrawn(P, "e3", d(30), CITIZEN, "Flyttet", false)));

        TimelineChart.Lane citizen = lane(chart, CITIZEN);
        assertThat(citizen.subLanes()).isEqualTo(1);
        assertThat(citizen.absences())
                .singleElement()
                .satisfies(a -> assertThat(a.to()).isNull());
        assertThat(citizen.withdrawnX()).isNotNull();
        assertThat(chart.concurrentRolesShown()).isFalse();
    }

    private static TimelineChart.Lane lane(TimelineChart chart, String actorId) {
        return chart.lanes().stream()
                .filter(l -> l.actorId().equals(actorId))
                .findFirst()
                .orElseThrow();
    }

    private static TimelineChart chart(List<JournalEvent> events) {
        return TimelineChart.of(
                ProjectedData.of(P, events),
                id -> id,
                d(60),
                DateTimeFormatter.ofPattern("MMM yyyy"),
                Role::name,
                Enum::name);
    }

    private static LocalDate d(int day) {
        return LocalDate.of(2024, 1, 1).plusDays(day);
    }
}
