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
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import dk.samskabelse.journal.web.charts.ChartFactory;
import dk.samskabelse.journal.web.journal.EntrySummaries;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The researcher's replay of a project: a slider and previous/next steps through its entries, on the effective
 * clock (what had happened by a date) or the recorded clock (what the journal said at a moment), showing the
 * roles, the phase, the typology point under a chosen model and the entries so far; with the event export.
 */
@PageController
class ReplayPageController {

    /** An entry as the replay lists it: both clocks, a summary, and whether it was retracted by then. */
    record Line(String entryId, String type, String summary, LocalDate effectiveOn, ZonedDateTime recordedAt,
                boolean retracted) {
    }

    private final ProjectLoader projects;
    private final ActorNames actorNames;
    private final TypologyService typology;
    private final TypologyModels models;
    private final ChartFactory charts;
    private final EntrySummaries summaries;
    private final AccessLog accessLog;
    private final Clock clock;

    ReplayPageController(ProjectLoader projects, ActorNames actorNames, TypologyService typology,
                         TypologyModels models, ChartFactory charts, EntrySummaries summaries, AccessLog accessLog,
                         Clock clock) {
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
    String replay(@PathVariable String projectId, @RequestParam(name = "ur", required = false) String clockName,
                  @RequestParam(name = "trin", required = false) String stepNumber,
                  @RequestParam(name = "model", required = false) String modelName, Model model) {
        ProjectData now = projects.load(projectId);
        ReplaySteps.Clock chosenClock = ReplaySteps.Clock.of(clockName);
        ReplaySteps steps = ReplaySteps.of(now.timeline(), chosenClock);
        ReplaySteps.Step step = steps.at(number(stepNumber), clock.instant(), LocalDate.now(clock));
        ProjectData then = projects.find(projectId, step.timeTravel()).orElseThrow(ProjectNotFoundException::new);

        Optional<TypologyModel> named = modelName == null || modelName.isBlank() ? Optional.empty()
                : models.named(modelName);
        TypologyModel typologyModel = named.orElse(models.active());
        LocalDate horizon = step.date() != null ? step.date() : step.instant().atZone(clock.getZone()).toLocalDate();
        TypologyView view = typology.view(then, typologyModel, horizon);

        Function<String, String> lookup = actorNames.lookup(then, projects.pseudonymised());
        Map<String, String> names = then.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        List<Line> entries = then.timeline().stream()
                .sorted(chosenClock == ReplaySteps.Clock.EFFECTIVE
                        ? Comparator.comparing(TimelineEntry::getEffectiveOn)
                        .thenComparingLong(TimelineEntry::getSequenceNumber).reversed()
                        : Comparator.comparing(TimelineEntry::getRecordedAt)
                        .thenComparingLong(TimelineEntry::getSequenceNumber).reversed())
                .filter(e -> chosenClock == ReplaySteps.Clock.RECORDED || !e.isRetracted())
                .map(e -> new Line(e.getEntryId(), e.getType(), summaries.summarize(e.getType(), e.getPayload(), lookup),
                        e.getEffectiveOn(), e.getRecordedAt().atZone(clock.getZone()), e.isRetracted()))
                .toList();

        model.addAttribute("summary", now.summary());
        model.addAttribute("steps", steps);
        model.addAttribute("step", step);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("stepAt", step.instant() == null ? null : step.instant().atZone(clock.getZone()));
        model.addAttribute("clockParameter", chosenClock.parameter());
        model.addAttribute("recordedClock", chosenClock == ReplaySteps.Clock.RECORDED);
        model.addAttribute("modelName", named.isPresent() ? modelName : "");
        model.addAttribute("unknownModel", named.isEmpty() && modelName != null && !modelName.isBlank());
        model.addAttribute("activeModel", models.active());
        model.addAttribute("availableModels", models.available());
        model.addAttribute("phase", PhasesView.from(then).current());
        model.addAttribute("roles", RolesView.from(then, lookup).actors());
        model.addAttribute("typology", view);
        model.addAttribute("entries", entries);
        model.addAttribute("plane", charts.plane());
        accessLog.record(AccessKind.REPLAY, projectId, "replay page " + chosenClock.parameter() + " step "
                + stepNumber + (named.isPresent() ? " model " + modelName : ""));
        model.addAttribute("trajectory", charts.trajectory(view));
        model.addAttribute("declared", charts.declared(view));
        model.addAttribute("chart", charts.timeline(then, names::get, horizon));
        model.addAttribute("asOf", step.date());
        model.addAttribute("knownAt", step.instant());
        return "research/replay";
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
