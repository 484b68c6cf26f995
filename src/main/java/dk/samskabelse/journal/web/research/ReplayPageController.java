package dk.samskabelse.journal.web.research;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.RolesView;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.web.EntrySummaries;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import dk.samskabelse.journal.web.RenderedFragments;
import dk.samskabelse.journal.web.charts.ChartFactory;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The researcher's replay of a project: a slider and previous/next steps through its entries, on the effective
 * clock (what had happened by a date) or the recorded clock (what the journal said at a moment), showing the
 * roles, the phase, the typology point under the active model and the entries so far; with the event export.
 * With another model chosen (review 2026-12-04, 3.3) both trajectories share the plane and a table gives the
 * values under both models and their difference, date by date.
 */
@PageController
class ReplayPageController {

    /** An entry as the replay lists it: both clocks, a summary, and whether it was retracted by then. */
    record Line(
            String entryId,
            String type,
            String summary,
            LocalDate effectiveOn,
            ZonedDateTime recordedAt,
            boolean retracted) {}

    private final ProjectLoader projects;
    private final ActorNames actorNames;
    private final TypologyService typology;
    private final TypologyModels models;
    private final ChartFactory charts;
    private final EntrySummaries summaries;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RenderedFragments fragments;

    ReplayPageController(
            ProjectLoader projects,
            ActorNames actorNames,
            TypologyService typology,
            TypologyModels models,
            ChartFactory charts,
            EntrySummaries summaries,
            AccessLog accessLog,
            Clock clock,
            RenderedFragments fragments) {
        this.fragments = fragments;
        this.accessLog = accessLog;
        this.projects = projects;
        this.actorNames = actorNames;
        this.typology = typology;
        this.models = models;
        this.charts = charts;
        this.summaries = summaries;
        this.clock = clock;
    }

    @GetMapping("/projekter/{projectId}/genafspilning")
    String replay(
            @PathVariable String projectId,
            @RequestParam(name = "ur", required = false) String clockName,
            @RequestParam(name = "trin", required = false) String stepNumber,
            @RequestParam(name = "model", required = false) String modelName,
            Model model) {
        ProjectData now = projects.load(projectId);
        ReplaySteps.Clock chosenClock = ReplaySteps.Clock.of(clockName);
        ReplaySteps steps = ReplaySteps.of(now.timeline(), chosenClock);
        ReplaySteps.Step step = steps.at(number(stepNumber), clock.instant(), LocalDate.now(clock));

        Optional<TypologyModel> named =
                modelName == null || modelName.isBlank() ? Optional.empty() : models.named(modelName);
        TypologyModel active = models.active();
        // Comparing the active model with itself shows nothing: then the page is the plain replay.
        Optional<TypologyModel> comparison = named.filter(m -> !m.equals(active));
        Function<String, String> lookup = actorNames.lookup(now, projects.pseudonymised());
        Map<String, String> names = now.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));

        model.addAttribute("summary", now.summary());
        model.addAttribute("steps", steps);
        model.addAttribute("step", step);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute(
                "stepAt", step.instant() == null ? null : step.instant().atZone(clock.getZone()));
        model.addAttribute("clockParameter", chosenClock.parameter());
        model.addAttribute("recordedClock", chosenClock == ReplaySteps.Clock.RECORDED);
        model.addAttribute("modelName", named.map(TypologyModel::name).orElse(""));
        model.addAttribute("unknownModel", named.isEmpty() && modelName != null && !modelName.isBlank());
        model.addAttribute("activeModel", active);
        model.addAttribute("availableModels", models.available());
        Map<String, Object> page = Collections.unmodifiableMap(new HashMap<>(model.asMap()));
        // The steps and the project as it stood at the step, rendered once per project version (issue 14): what the
        // journal said at a step changes only with a new entry (a backdated one, a retraction), a new version.
        model.addAttribute(
                "stepList",
                fragments.html(now, "replay-steps", List.of(chosenClock), "research/replay-steps", () -> page));
        model.addAttribute(
                "renderedContent",
                fragments.html(
                        now,
                        "replay-page",
                        List.of(chosenClock, step, active, comparison, names),
                        "research/replay-content",
                        () -> content(projectId, page, step, active, comparison, lookup, chosenClock)));
        accessLog.record(
                AccessKind.REPLAY,
                projectId,
                "replay page " + chosenClock.parameter() + " step " + stepNumber
                        + (named.isPresent() ? " model " + modelName : ""));
        return "research/replay";
    }

    private Map<String, Object> content(
            String projectId,
            Map<String, Object> page,
            ReplaySteps.Step step,
            TypologyModel typologyModel,
            Optional<TypologyModel> comparison,
            Function<String, String> lookup,
            ReplaySteps.Clock chosenClock) {
        ProjectData then = projects.find(projectId, step.timeTravel()).orElseThrow(ProjectNotFoundException::new);
        LocalDate horizon = step.date() != null
                ? step.date()
                : step.instant().atZone(clock.getZone()).toLocalDate();
        TypologyView view = typology.view(then, typologyModel, horizon);
        List<Line> entries = then.timeline().stream()
                .sorted(
                        chosenClock == ReplaySteps.Clock.EFFECTIVE
                                ? Comparator.comparing(TimelineEntry::getEffectiveOn)
                                        .thenComparingLong(TimelineEntry::getSequenceNumber)
                                        .reversed()
                                : Comparator.comparing(TimelineEntry::getRecordedAt)
                                        .thenComparingLong(TimelineEntry::getSequenceNumber)
                                        .reversed())
                .filter(e -> chosenClock == ReplaySteps.Clock.RECORDED || !e.isRetracted())
                .map(e -> new Line(
                        e.getEntryId(),
                        e.getType(),
                        summaries.summarize(e.getType(), e.getPayload(), lookup),
                        e.getEffectiveOn(),
                        e.getRecordedAt().atZone(clock.getZone()),
                        e.isRetracted()))
                .toList();
        Map<String, Object> content = new HashMap<>(page);
        content.put("phase", PhasesView.from(then).current());
        content.put("roles", RolesView.from(then, lookup).actors());
        content.put("typology", view);
        content.put("entries", entries);
        content.put("plane", charts.plane());
        TypologyPlane.Trajectory trajectory = charts.trajectory(view);
        content.put("trajectory", trajectory);
        content.put("declared", charts.declared(view));
        // Issue 18 item 7: phases, the declaration in force, reasons and labels placed apart; no perspective marks.
        content.put("planeMarks", charts.planeMarks(then, view, trajectory, typologyModel.windowDays(), List.of()));
        content.put("chart", charts.timeline(then, lookup, horizon));
        content.put("asOf", step.date());
        content.put("knownAt", step.instant());
        content.put(
                "modelComparison",
                comparison
                        .map(other -> {
                            TypologyView otherView = typology.view(then, other, horizon);
                            return ModelComparison.of(view, otherView, charts.trajectory(otherView));
                        })
                        .orElse(null));
        return content;
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
