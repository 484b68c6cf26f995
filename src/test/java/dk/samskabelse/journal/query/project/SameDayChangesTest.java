package dk.samskabelse.journal.query.project;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.query.declarations.DeclarationsProjector;
import dk.samskabelse.journal.query.declarations.DeclaredPlacementRow;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.engagements.EngagementsProjector;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.phases.PhasesProjector;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.roles.RolesProjector;
import dk.samskabelse.journal.query.summary.PortfolioProjector;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.timeline.TimelineProjector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Changes on the same day as the previous one (the aggregate allows a role shift or phase change dated on the
 * day of the last change): the current role and phase are the ones written last, whatever the entry ids. The
 * entry ids here are chosen so that the later entry's id sorts first.
 */
class SameDayChangesTest {

    private static final String P = "projekt";
    private static final List<Projector> PROJECTORS = List.of(
            new PortfolioProjector(),
            new RolesProjector(),
            new PhasesProjector(),
            new EngagementsProjector(),
            new TimelineProjector(),
            new DeclarationsProjector());

    @Test
    void aRoleShiftOnTheDayOfJoiningIsTheCurrentRole() {
        ProjectData data = replay(
                new ProjectStarted(P, "x-start", date("2020-01-01"), "Samme dag", "Næstved", Area.ANDET, null),
                new ActorRegistered(
                        P,
                        "z-registered",
                        date("2020-01-10"),
                        "aktoer",
                        ActorKind.BORGER,
                        ActorKind.BORGER.sector(),
                        Role.BRUGER),
                new RoleShifted(
                        P,
                        "a-shifted",
                        date("2020-01-10"),
                        "aktoer",
                        Role.BRUGER,
                        Role.MEDDESIGNER,
                        "Samme dag",
                        false));

        RolesView roles = RolesView.from(data, id -> id);

        assertThat(roles.actors())
                .singleElement()
                .extracting(RolesView.ActorRoles::currentRole)
                .isEqualTo(Role.MEDDESIGNER);
    }

    @Test
    void aPhaseChangeOnTheDayOfThePreviousOneIsTheCurrentPhaseOfAClosedProject() {
        ProjectData data = replay(
                new ProjectStarted(P, "x-start", date("2020-01-01"), "Samme dag", "Næstved", Area.ANDET, null),
                new PhaseChanged(
                        P, "z-planning", date("2020-02-01"), Phase.AFKLARING, Phase.PLANLAEGNING, false, null, false),
                new PhaseChanged(
                        P, "a-execution", date("2020-02-01"), Phase.PLANLAEGNING, Phase.UDFOERELSE, false, null, false),
                new ProjectClosed(P, "y-closed", date("2020-03-01"), null, false));

        assertThat(PhasesView.from(data).current()).isEqualTo(Phase.UDFOERELSE);
    }

    private static ProjectData replay(JournalEvent... events) {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        long sequence = 0;
        for (JournalEvent event : events) {
            EntryMeta meta = new EntryMeta(
                    sequence++, Instant.parse("2020-06-01T10:00:00Z").plusSeconds(sequence), "test");
            PROJECTORS.forEach(projector -> projector.apply(event, meta, store));
        }
        return new ProjectData(
                store.projectRow(ProjectSummary.class, P).orElseThrow(),
                store.forProject(ActorRow.class, P),
                store.forProject(RoleInterval.class, P),
                store.forProject(PhaseInterval.class, P),
                store.forProject(EngagementRow.class, P),
                store.forProject(DeclaredPlacementRow.class, P),
                store.forProject(TimelineEntry.class, P));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
