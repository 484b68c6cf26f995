package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Test
    void theDataFilesGiveTheSameIdsEveryTime() {
        List<DemoPlan> first = DemoHistories.plans(ZONE);
        List<DemoPlan> second = DemoHistories.plans(ZONE);
        assertThat(first).hasSize(6);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).projectId()).isEqualTo(second.get(i).projectId());
            assertThat(first.get(i).steps().stream().map(step -> step.command().toString()).toList())
                    .isEqualTo(second.get(i).steps().stream().map(step -> step.command().toString()).toList());
        }
    }

    @Test
    void stepsAreSentInTheOrderTheyWereRecordedAndNeverBeforeTheyHappened() {
        for (DemoPlan plan : DemoHistories.plans(ZONE)) {
            List<DemoPlan.Step> steps = plan.steps();
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).recordedAt()).as(plan.file() + " " + steps.get(i).label())
                        .isAfter(steps.get(i - 1).recordedAt());
            }
            assertThat(steps).allSatisfy(step -> assertThat(step.recordedBy()).isIn("leder", "chef"));
        }
    }

    @Test
    void aLaterEntryIsRecordedOnItsRecordedDate() {
        DemoHistory history = history(List.of(
                entry(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 2), "a"),
                entry(LocalDate.of(2020, 2, 10), null, "a")));
        List<DemoPlan.Step> steps = DemoPlan.of("test.yaml", history, ZONE).steps();
        // Start and actor on 1 February, the workshop of 10 February, then the one written on 2 March.
        assertThat(steps).extracting(DemoPlan.Step::label)
                .containsExactly("project", "actors[0] (a)", "journal[1]", "journal[0]");
        assertThat(steps.get(3).recordedAt().atZone(ZONE).toLocalDate()).isEqualTo(LocalDate.of(2020, 3, 2));
    }

    @Test
    void anUnknownActorIsNamedWithFileAndEntry() {
        DemoHistory history = history(List.of(entry(LocalDate.of(2020, 2, 1), null, "b")));
        assertThatThrownBy(() -> DemoPlan.of("test.yaml", history, ZONE))
                .isInstanceOf(DemoDataException.class)
                .hasMessage("test.yaml: journal[0].initiatedBy: names no actor 'b' of this file's actors");
    }

    @Test
    void anEntryRecordedBeforeItHappenedIsRefused() {
        DemoHistory history = history(List.of(entry(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 31), "a")));
        assertThatThrownBy(() -> DemoPlan.of("test.yaml", history, ZONE))
                .hasMessageContaining("journal[0]").hasMessageContaining("before it happened");
    }

    private static DemoHistory history(List<DemoHistory.Entry> journal) {
        return new DemoHistory("test", "leder", 0,
                new DemoHistory.Project("Test", "Næstved", Area.SUNDHED, "Prøve", LocalDate.of(2020, 2, 1), null, null),
                List.of(new DemoHistory.Actor("a", "Test T.", ActorKind.BORGER, Role.MEDDESIGNER, null, null, null, null)),
                journal);
    }

    private static DemoHistory.Entry entry(LocalDate date, LocalDate recorded, String initiator) {
        return new DemoHistory.Entry(null, date, recorded, null, null, null, null,
                new DemoHistory.Engagement(EngagementKind.WORKSHOP, "Workshop", initiator,
                        Map.of("a", Influence.INDDRAGET), null, null),
                null, null, null, null, null, null, null);
    }
}
