package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import dk.samskabelse.journal.query.eventlog.ProjectEventLog;
import dk.samskabelse.journal.query.project.EngagementsView;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.RolesView;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.project.TimelineView;
import dk.samskabelse.journal.query.research.ResearchExport;
import dk.samskabelse.journal.query.research.ResearchViews;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pseudonymised research access (DOMAIN.md "Users": Forsker; "Personal data": research exports are
 * pseudonymised): the same views and export as under /api/projects, with actors as stable per-project
 * pseudonyms, recorders as user pseudonyms and free texts only where marked shareable. Same parameters
 * (asOf, knownAt, model, format) as the ordinary views. Every read is written to the access log.
 */
@RestController
@RequestMapping("/api/research/projects/{projectId}")
@Tag(name = "Research", description = "Pseudonymised views and export for researchers")
class ResearchController {

    private final ProjectDataSource source;
    private final ProjectEventLog eventLog;
    private final ResearchViews research;
    private final ResearchExport export;
    private final EventExports exports;
    private final TypologyService typology;
    private final TypologyModels models;
    private final ReadLog readLog;
    private final Clock clock;

    ResearchController(
            ProjectDataSource source,
            ProjectEventLog eventLog,
            ResearchViews research,
            ResearchExport export,
            EventExports exports,
            TypologyService typology,
            TypologyModels models,
            ReadLog readLog,
            Clock clock) {
        this.source = source;
        this.eventLog = eventLog;
        this.research = research;
        this.export = export;
        this.exports = exports;
        this.typology = typology;
        this.models = models;
        this.readLog = readLog;
        this.clock = clock;
    }

    @GetMapping("/events")
    @Operation(operationId = "researchEvents", summary = "The project's entries, pseudonymised, as NDJSON or CSV")
    ResponseEntity<String> events(
            @PathVariable String projectId,
            TimeTravel when,
            @Parameter(description = "ndjson (default) or csv") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<LoggedEntry> entries = eventLog.entries(PathIds.project(projectId), when)
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project"));
        boolean csv = EventExports.isCsv(format, accept);
        List<LoggedEntry> pseudonymised = export.pseudonymise(projectId, entries);
        readLog.export(projectId, "research events", csv, when);
        return exports.answer("forskning-" + projectId, pseudonymised, csv);
    }

    @GetMapping("/timeline")
    @Operation(operationId = "researchTimeline", summary = "All entries in one chronological list, pseudonymised")
    TimelineView timeline(@PathVariable String projectId, TimeTravel when) {
        return research.timeline(load(projectId, "research timeline", when), clock.getZone());
    }

    @GetMapping("/roles")
    @Operation(
            operationId = "researchRoles",
            summary = "Role intervals per actor (pseudonyms) and the role distribution over time")
    RolesView roles(@PathVariable String projectId, TimeTravel when) {
        return research.roles(load(projectId, "research roles", when));
    }

    @GetMapping("/phases")
    @Operation(operationId = "researchPhases", summary = "Phase intervals, notes only where shareable")
    PhasesView phases(@PathVariable String projectId, TimeTravel when) {
        return research.phases(load(projectId, "research phases", when));
    }

    @GetMapping("/engagements")
    @Operation(
            operationId = "researchEngagements",
            summary = "The engagement log (pseudonyms) and statistics per month")
    EngagementsView engagements(@PathVariable String projectId, TimeTravel when) {
        return research.engagements(load(projectId, "research engagements", when));
    }

    @GetMapping("/typology")
    @Operation(
            operationId = "researchTypology",
            summary = "Declared and enacted typology, drift; with model=<name> side by side with another model")
    Object typology(@PathVariable String projectId, TimeTravel when, @RequestParam(required = false) String model) {
        ProjectData data = load(projectId, when);
        LocalDate horizon = when.asOf() != null ? when.asOf() : LocalDate.now(clock);
        TypologyView active = research.typology(data, typology.view(data, models.active(), horizon));
        if (model == null || model.isBlank()) {
            readLog.view(projectId, "research typology", when, null);
            return active;
        }
        TypologyModel alternative =
                models.named(model).orElseThrow(() -> new InvalidParameterException("model", "problem.model.unknown"));
        TypologyView other = research.typology(data, typology.view(data, alternative, horizon));
        readLog.view(projectId, "research typology", when, model);
        return new TypologyView.Comparison(active, other);
    }

    private ProjectData load(String projectId, String view, TimeTravel when) {
        ProjectData data = load(projectId, when);
        readLog.view(projectId, view, when, null);
        return data;
    }

    private ProjectData load(String projectId, TimeTravel when) {
        return source.load(PathIds.project(projectId), when)
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project at that time"));
    }
}
