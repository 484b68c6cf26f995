package dk.samskabelse.journal.security;

import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.api.WithdrawActor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read and write which project, denied by default:
 * <ul>
 * <li>a project leader reads and writes every kind of entry on the projects assigned to them;</li>
 * <li>a chef reads the projects assigned to them and records course corrections, typology declarations,
 * insights and their leadership actions and reflections on them (seed 002: the chef steers in 2B and evaluates
 * in Erkendelse);</li>
 * <li>a researcher reads, pseudonymised, the projects released for research, and records on them only a
 * placement in the typology from the researcher's perspective (issue 13);</li>
 * <li>an administrator reads every project (users, access, rebuilds and erasure need it) and writes no entries.</li>
 * </ul>
 * A project the viewer may not read is answered exactly like one that does not exist.
 */
@Service
public class ProjectAccess {

    /** Every kind of entry written into an existing project, by its command. */
    public static final List<Class<?>> ENTRY_COMMANDS = List.of(
            ClarifyProject.class,
            DeclareTypology.class,
            RegisterActor.class,
            ShiftRole.class,
            WithdrawActor.class,
            RecordEngagement.class,
            ChangePhase.class,
            RecordCourseCorrection.class,
            RecordInsight.class,
            RetractEntry.class,
            CloseProject.class,
            AddRole.class,
            EndRole.class,
            RejoinActor.class,
            ReopenProject.class,
            RecordPlanning.class,
            RecordLeadershipAction.class,
            RecordLeadershipReflection.class);

    /**
     * What a chef records besides reading (seed 002, 2B and 3), and their own leadership entries (seed 002,
     * "Ledelsesretninger og -relationer"; Afklaring "Reflektér grundigt over din egen rolle").
     */
    static final Set<Class<?>> CHEF_ENTRIES = Set.of(
            DeclareTypology.class,
            RecordCourseCorrection.class,
            RecordInsight.class,
            RecordLeadershipAction.class,
            RecordLeadershipReflection.class);

    private final UserStore store;

    ProjectAccess(UserStore store) {
        this.store = store;
    }

    /** The signed-in viewer of this request; empty for work without a user (demo loading, rebuilds). */
    public Optional<Viewer> viewer() {
        return Viewer.of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** Whether the current viewer reads this project pseudonymised (a researcher) or with names. */
    public boolean pseudonymised() {
        return viewer().map(Viewer::pseudonymised).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean canRead(Viewer viewer, String projectId) {
        return switch (viewer.role()) {
            case ADMIN -> true;
            case PROJEKTLEDER, CHEF -> store.isAssigned(viewer.username(), projectId);
            case FORSKER -> store.isReleased(projectId);
        };
    }

    /** May the viewer record this kind of entry (by its command class) on a project they can read? */
    public static boolean mayRecord(Viewer viewer, Class<?> entryCommand) {
        return switch (viewer.role()) {
            case PROJEKTLEDER -> true;
            case CHEF -> CHEF_ENTRIES.contains(entryCommand);
            case FORSKER -> entryCommand == DeclareTypology.class;
            case ADMIN -> false;
        };
    }

    /**
     * The perspectives from which the viewer may declare a placement in the typology (issue 13; seed 001 asks
     * whether the parties agree on the process they are in), the first being the viewer's own: a chef the chef's,
     * a project leader their own or a partner's (recorded on the partner's behalf, naming the actor), a researcher
     * the researcher's. An administrator declares none.
     */
    public static List<TypologyPerspective> declarablePerspectives(Viewer viewer) {
        return switch (viewer.role()) {
            case CHEF -> List.of(TypologyPerspective.CHEF);
            case PROJEKTLEDER -> List.of(TypologyPerspective.PROJEKTLEDER, TypologyPerspective.PARTNER);
            case FORSKER -> List.of(TypologyPerspective.FORSKER);
            case ADMIN -> List.of();
        };
    }

    /** The current viewer's declarable perspectives (none without a signed-in user). */
    public List<TypologyPerspective> declarablePerspectives() {
        return viewer().map(ProjectAccess::declarablePerspectives).orElse(List.of());
    }

    public static boolean mayStartProjects(Viewer viewer) {
        return viewer.role() == UserRole.PROJEKTLEDER || viewer.role() == UserRole.CHEF;
    }

    /** The entries the current viewer may record on a project they read, by command name, for the page's links. */
    public Set<String> recordableEntries() {
        return viewer().map(viewer -> ENTRY_COMMANDS.stream()
                        .filter(command -> mayRecord(viewer, command))
                        .map(Class::getSimpleName)
                        .collect(Collectors.toUnmodifiableSet()))
                .orElse(Set.of());
    }

    /** Which projects the current viewer may read, read once for a whole list such as the portfolio. */
    @Transactional(readOnly = true)
    public Predicate<String> readableProjects() {
        Optional<Viewer> current = viewer();
        if (current.isEmpty()) {
            return projectId -> false;
        }
        Viewer viewer = current.get();
        return switch (viewer.role()) {
            case ADMIN -> projectId -> true;
            case PROJEKTLEDER, CHEF -> store.projectsOf(viewer.username())::contains;
            case FORSKER -> store.releasedProjects()::contains;
        };
    }
}
