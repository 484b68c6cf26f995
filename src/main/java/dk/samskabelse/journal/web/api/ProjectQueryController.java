package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.EngagementsView;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.ProjectViews;
import dk.samskabelse.journal.query.project.RolesView;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.project.TimelineView;
import dk.samskabelse.journal.query.research.ResearchPseudonyms;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.security.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of the JSON API. Without parameters the answers come from the live projections; asOf
 * (YYYY-MM-DD) and knownAt (ISO instant) replay the one project's events through the same projectors. Who may
 * read which project is decided before a request gets here (security/SecurityConfig); actors are named as the
 * viewer may see them (pseudonymised for researchers).
 */
@RestController
@RequestMapping("/api/projects/{projectId}")
@Tag(name = "Project views", description = "Timelines of one project, at any point in time")
class ProjectQueryController {

    private final ProjectDataSource source;
    private final ActorNames names;
    private final TypologyService typology;
    private final TypologyModels models;
    private final ProjectAccess access;
    private final ResearchPseudonyms pseudonyms;
    private final Clock clock;
    private final ReadLog readLog;
    private final ProjectViews views;

    ProjectQueryController(
            ProjectDataSource source,
            ActorNames names,
            TypologyService typology,
            TypologyModels models,
            ProjectAccess access,
            ResearchPseudonyms pseudonyms,
            Clock clock,
            ReadLog readLog,
            ProjectViews views) {
        this.views = views;
        this.source = source;
        this.pseudonyms = pseudonyms;
        this.access = access;
        this.names = names;
        this.typology = typology;
        this.models = models;
        this.clock = clock;
        this.readLog = readLog;
    }

    @GetMapping("/roles")
    @Operation(summary = "Role intervals per actor and the role distribution over time")
    RolesView roles(@PathVariable String projectId, TimeTravel when) {
        ProjectData data = load(projectId, "roles", when);
        return RolesView.from(data, names.lookup(data, access.pseudonymised()));
    }

    @GetMapping("/phases")
    @Operation(summary = "Phase intervals, including steps back")
    PhasesView phases(@PathVariable String projectId, TimeTravel when) {
        ProjectData data = load(projectId, "phases", when);
        return views.phases(data);
    }

    @GetMapping("/engagements")
    @Operation(summary = "The engagement log and statistics per month")
    EngagementsView engagements(@PathVariable String projectId, TimeTravel when) {
        ProjectData data = load(projectId, "engagements", when);
        return views.engagements(data);
    }

    @GetMapping("/timeline")
    @Operation(summary = "All entries in one chronological list, with both clocks and the recorder")
    TimelineView timeline(@PathVariable String projectId, TimeTravel when) {
        ProjectData data = load(projectId, "timeline", when);
        return views.timeline(data);
    }

    @GetMapping("/typology")
    @Operation(
            summary = "Declared placements, the enacted trajectory and drift; with model=<name> side by side "
                    + "with the same under another model (packaged, or a file in projections/)")
    Object typology(
            @PathVariable String projectId,
            TimeTravel when,
            @Parameter(description = "a model's name (e.g. hearings-weighted), or its file name without .yaml")
                    @RequestParam(required = false)
                    String model) {
        ProjectData data = load(projectId, when);
        LocalDate horizon = when.asOf() != null ? when.asOf() : LocalDate.now(clock);
        TypologyView active = typology.view(data, models.active(), horizon);
        if (model == null || model.isBlank()) {
            readLog.view(projectId, "typology", when, null);
            return active;
        }
        TypologyModel alternative =
                models.named(model).orElseThrow(() -> new InvalidParameterException("model", "problem.model.unknown"));
        TypologyView other = typology.view(data, alternative, horizon);
        readLog.view(projectId, "typology", when, model);
        return new TypologyView.Comparison(active, other);
    }

    /** Loads the project's data and writes the read to the access log. */
    private ProjectData load(String projectId, String view, TimeTravel when) {
        ProjectData data = load(projectId, when);
        readLog.view(projectId, view, when, null);
        return data;
    }

    /** A researcher gets the project pseudonymised (ProjectDataSource.loadPseudonymised), whatever the view. */
    private ProjectData load(String projectId, TimeTravel when) {
        String id = PathIds.project(projectId);
        return (access.pseudonymised()
                        ? source.loadPseudonymised(id, when, pseudonyms.forProject(id))
                        : source.load(id, when))
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project at that time"));
    }
}
