package dk.samskabelse.journal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.TypologyPerspective;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoPlanTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    @Test
    void theDataFilesGiveTheSameIdsEveryTime() {
        List<DemoPlan> first = DemoHistories.plans(ZONE);
        List<DemoPlan> second = DemoHistories.plans(ZONE);
        assertThat(first).hasSize(6);
        for (int i = 0; i < first.size(); i++) {
            assertThat(first.get(i).projectId()).isEqualTo(second.get(i).projectId());
            assertThat(first.get(i).steps().stream()
                            .map(step -> step.command().toString())
                            .toList())
                    .isEqualTo(second.get(i).steps().stream()
                            .map(step -> step.command().toString())
                            .toList());
        }
    }

    @Test
    void stepsAreSentInTheOrderTheyWereRecordedAndNeverBeforeTheyHappened() {
        for (DemoPlan plan : DemoHistories.plans(ZONE)) {
            List<DemoPlan.Step> steps = plan.steps();
            for (int i = 1; i < steps.size(); i++) {
                assertThat(steps.get(i).recordedAt())
                        .as(plan.file() + " " + steps.get(i).label())
                        .isAfter(steps.get(i - 1).recordedAt());
            }
            assertThat(steps).allSatisfy(step -> assertThat(step.recordedBy()).isIn("leder", "chef"));
        }
    }

    /** Issue 12: the histories use the new capabilities where their seeds say so. */
    @Test
    void theHistoriesUseWhatTheSeedsDescribe() {
        Map<String, DemoPlan> plans = DemoHistories.plans(ZONE).stream()
                .collect(java.util.stream.Collectors.toMap(DemoPlan::key, plan -> plan));
        DemoPlan naturensRige = plans.get("naturens-rige");
        // Seed 000: the project leader's forgotten catalyst step is recorded after her later role shifts.
        List<Object> commands = commands(naturensRige);
        AddRole catalyst = only(commands, AddRole.class);
        assertThat(catalyst.role()).isEqualTo(Role.KATALYSATOR);
        int added = commands.indexOf(catalyst);
        assertThat(commands.subList(0, added))
                .filteredOn(ShiftRole.class::isInstance)
                .map(ShiftRole.class::cast)
                .filteredOn(shift -> shift.actorId().equals(catalyst.actorId()))
                .anySatisfy(shift -> assertThat(shift.effectiveOn()).isAfter(catalyst.effectiveOn()));
        assertThat(only(commands, EndRole.class).role()).isEqualTo(Role.KATALYSATOR);
        // Seed 000, "fleksibel inddragelse": an association steps out and back in.
        assertThat(only(commands, RejoinActor.class).roles()).containsExactly(Role.MEDPRODUCENT);
        assertThat(commands)
                .filteredOn(RecordEngagement.class::isInstance)
                .map(RecordEngagement.class::cast)
                .anySatisfy(e -> assertThat(e.attendance()).isNotEmpty());
        // Forankring shows after the end.
        CloseProject close = only(commands, CloseProject.class);
        assertThat(commands.subList(commands.indexOf(close), commands.size()))
                .filteredOn(RecordInsight.class::isInstance)
                .map(RecordInsight.class::cast)
                .allSatisfy(insight -> assertThat(insight.focus()).isEqualTo(FocusPoint.FORANKRING))
                .isNotEmpty();
        assertThat(only(commands, ClarifyProject.class).partnerOrganisations()).hasSize(7);
        assertThat(only(commands, RecordPlanning.class).intendedInfluence()).isEqualTo(Influence.MEDBESTEMMENDE);

        List<Object> lejre = commands(plans.get("lejre-idraetshal"));
        // Seed 002: Lejre's associations take initiatives together; the paid architects are a commercial relation.
        assertThat(lejre)
                .filteredOn(RecordEngagement.class::isInstance)
                .map(RecordEngagement.class::cast)
                .filteredOn(e -> !e.coInitiators().isEmpty())
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(lejre)
                .filteredOn(RegisterActor.class::isInstance)
                .map(RegisterActor.class::cast)
                .filteredOn(RegisterActor::commercialSupplier)
                .extracting(RegisterActor::kind)
                .containsExactly(ActorKind.VIRKSOMHED);
        assertThat(lejre)
                .filteredOn(RecordLeadershipAction.class::isInstance)
                .map(RecordLeadershipAction.class::cast)
                .extracting(RecordLeadershipAction::act)
                .contains(LeadershipAct.KONVENER);
        assertThat(only(commands(plans.get("hjerterum")), RecordLeadershipReflection.class)
                        .text())
                .isNotBlank();
        // Seed 001: the citizen's "dobbeltrolle" in Ligeværdig.
        assertThat(only(commands(plans.get("familie-med-hjerte")), AddRole.class)
                        .role())
                .isEqualTo(Role.MEDPRODUCENT);
        assertThat(plans.values())
                .allSatisfy(plan -> assertThat(
                                only(commands(plan), ClarifyProject.class).taskOrigin())
                        .as(plan.file())
                        .isNotNull());
    }

    @Test
    void aDemoDeclarationIsThePlacementOfWhoeverWroteIt() {
        for (DemoPlan plan : DemoHistories.plans(ZONE)) {
            for (DemoPlan.Step step : plan.steps()) {
                if (step.command() instanceof DeclareTypology declaration) {
                    assertThat(declaration.perspective())
                            .as(plan.file() + " " + step.label())
                            .isEqualTo(
                                    switch (step.recordedBy()) {
                                        case "chef" -> TypologyPerspective.CHEF;
                                        case "leder" -> TypologyPerspective.PROJEKTLEDER;
                                        default -> null;
                                    });
                    assertThat(declaration.actorId()).isNull();
                }
            }
        }
    }

    private static List<Object> commands(DemoPlan plan) {
        return plan.steps().stream().map(DemoPlan.Step::command).toList();
    }

    private static <T> T only(List<Object> commands, Class<T> type) {
        List<T> found =
                commands.stream().filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as(type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aLaterEntryIsRecordedOnItsRecordedDate() {
        DemoHistory history = history(List.of(
                entry(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 3, 2), "a"),
                entry(LocalDate.of(2020, 2, 10), null, "a")));
        List<DemoPlan.Step> steps = DemoPlan.of("test.yaml", history, ZONE).steps();
        // Start and actor on 1 February, the workshop of 10 February, then the one written on 2 March.
        assertThat(steps)
                .extracting(DemoPlan.Step::label)
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
                .hasMessageContaining("journal[0]")
                .hasMessageContaining("before it happened");
    }

    private static DemoHistory history(List<DemoHistory.Entry> journal) {
        return new DemoHistory(
                "test",
                "leder",
                0,
                new DemoHistory.Project("Test", "Næstved", Area.SUNDHED, "Prøve", LocalDate.of(2020, 2, 1), null, null),
                List.of(new DemoHistory.Actor(
                        "a", "Test T.", ActorKind.BORGER, Role.MEDDESIGNER, null, null, null, null)),
                journal,
                "000_6b9a6d0be96d5ed0.txt");
    }

    private static DemoHistory.Entry entry(LocalDate date, LocalDate recorded, String initiator) {
        return new DemoHistory.Entry(
                null,
                date,
                recorded,
                null,
                null,
                null,
                null,
                new DemoHistory.Engagement(
                        EngagementKind.WORKSHOP, "Workshop", initiator, Map.of("a", Influence.INDDRAGET), null, null),
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
