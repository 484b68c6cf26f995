package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import dk.samskabelse.journal.web.RenderedFragments;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chef's timeline of one project: phases, role swimlanes, engagements with influence, course corrections
 * and insights on one axis, and the typology plane with the enacted trajectory; each with a table view. A GET
 * form zooms the axis to a date range (fra, til), shows the project as it stood on a date (asOf, as in the API)
 * and computes the typology under another model (model, as on the replay page): issue 18, item 6.
 */
@PageController
class TimelinePageController {

    private final ProjectLoader projects;
    private final ActorNames actorNames;
    private final TypologyService typology;
    private final TypologyModels models;
    private final ChartFactory charts;
    private final AccessLog accessLog;
    private final Clock clock;
    private final RenderedFragments fragments;
    private final MessageSource messages;

    TimelinePageController(
            ProjectLoader projects,
            ActorNames actorNames,
            TypologyService typology,
            TypologyModels models,
            ChartFactory charts,
            AccessLog accessLog,
            Clock clock,
            RenderedFragments fragments,
            MessageSource messages) {
        this.fragments = fragments;
        this.accessLog = accessLog;
        this.projects = projects;
        this.actorNames = actorNames;
        this.typology = typology;
        this.models = models;
        this.charts = charts;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/projekter/{projectId}/tidslinje")
    String timeline(
            @PathVariable String projectId,
            @RequestParam(name = "fra", required = false) String rawFrom,
            @RequestParam(name = "til", required = false) String rawTo,
            @RequestParam(name = "asOf", required = false) String rawAsOf,
            @RequestParam(name = "knownAt", required = false) String rawKnownAt,
            @RequestParam(name = "model", required = false) String rawModel,
            Model model) {
        ProjectData now = projects.load(projectId);
        LocalDate today = LocalDate.now(clock);
        TimelineAsOf asOf = TimelineAsOf.of(rawAsOf, now.summary().getStartedOn(), today);
        // The effective clock only (what had happened by the date), as the API's asOf; never kept in the cache.
        ProjectData data = !asOf.timeTravel()
                ? now
                : projects.find(projectId, new TimeTravel(asOf.date(), null))
                        .orElseThrow(ProjectNotFoundException::new);
        LocalDate horizon = asOf.timeTravel() ? asOf.date() : today;
        // As of a date the axis runs to that date; today it is fitted to the entries (issue 18, item 6).
        LocalDate end = asOf.timeTravel() ? asOf.date() : TimelineChart.fittedEnd(data, today);
        TimelineRange range = TimelineRange.of(rawFrom, rawTo, data.summary().getStartedOn(), end, horizon);
        TimelineModelChoice choice = TimelineModelChoice.of(rawModel, models);
        TypologyModel typologyModel = choice.model();

        Function<String, String> lookup = actorNames.lookup(data, projects.pseudonymised());
        Map<String, String> names = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        model.addAttribute("summary", data.summary());
        addForm(model, rawFrom, rawTo, rawAsOf, rawKnownAt, rawModel, asOf, range, choice);
        model.addAttribute("presets", TimelinePresets.phases(data, end));
        model.addAttribute("wholeFrom", data.summary().getStartedOn());
        model.addAttribute("wholeTo", end);
        // The charts and tables carry the names, the model, the range, the asOf date and the day (the trajectory
        // runs to today): all in the key, so each renders apart (RenderedFragments adds the language).
        Map<String, Object> page = Collections.unmodifiableMap(new HashMap<>(model.asMap()));
        List<Object> key = List.of(
                end,
                today,
                typologyModel,
                range.from(),
                range.to(),
                range.zoomed(),
                asOf.timeTravel() ? asOf.date().toString() : "",
                Map.copyOf(names));
        model.addAttribute(
                "renderedContent",
                fragments.html(
                        data,
                        "timeline-page",
                        key,
                        "charts/timeline-content",
                        () -> content(data, page, names, typologyModel, horizon, range)));
        record(projectId, asOf, choice);
        return "charts/timeline-page";
    }

    /** The form's values as given (so a wrong one can be corrected) and what was wrong, in the user's language. */
    private void addForm(
            Model model,
            String rawFrom,
            String rawTo,
            String rawAsOf,
            String rawKnownAt,
            String rawModel,
            TimelineAsOf asOf,
            TimelineRange range,
            TimelineModelChoice choice) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("fra", rawFrom == null ? "" : rawFrom.strip());
        model.addAttribute("til", rawTo == null ? "" : rawTo.strip());
        model.addAttribute("asOfValue", rawAsOf == null ? "" : rawAsOf.strip());
        model.addAttribute("asOf", asOf.date());
        // Links keep what is in force: a wrong asOf or model is not carried on.
        model.addAttribute("asOfParameter", asOf.timeTravel() ? asOf.date().toString() : "");
        model.addAttribute(
                "modelParameter", choice.alternative() ? choice.model().name() : "");
        model.addAttribute("range", range);
        model.addAttribute("fromError", text(range.fromProblem(), locale));
        model.addAttribute("toError", text(range.toProblem(), locale));
        model.addAttribute("asOfError", text(asOf.problem(), locale));
        model.addAttribute("knownAtGiven", rawKnownAt != null && !rawKnownAt.isBlank());
        model.addAttribute("modelError", text(choice.problem(), locale));
        model.addAttribute("modelChoice", choice);
        model.addAttribute("modelValue", rawModel == null ? "" : rawModel.strip());
        model.addAttribute("activeModel", models.active());
        model.addAttribute("availableModels", models.available());
    }

    private Map<String, Object> content(
            ProjectData data,
            Map<String, Object> page,
            Map<String, String> names,
            TypologyModel typologyModel,
            LocalDate horizon,
            TimelineRange range) {
        Map<String, Object> content = new HashMap<>(page);
        TypologyView view = typology.view(data, typologyModel, horizon);
        content.put(
                "chart",
                range.zoomed()
                        ? charts.timeline(data, names::get, range.from(), range.to())
                        : charts.timeline(data, names::get, range.to()));
        content.put("typology", view);
        content.put("plane", charts.plane());
        TypologyPlane.Trajectory trajectory = charts.trajectory(view);
        content.put("trajectory", trajectory);
        // Issue 13: the placements from every perspective in force side by side; the project's own earlier
        // declarations stay as diamonds.
        content.put("declared", charts.earlierDeclarations(view));
        List<TypologyPlane.PerspectiveMark> perspectiveMarks = charts.perspectives(view, names::get);
        content.put("perspectiveMarks", perspectiveMarks);
        // Issue 18 item 7: phases, current declarations, reasons and labels placed apart.
        content.put(
                "planeMarks", charts.planeMarks(data, view, trajectory, typologyModel.windowDays(), perspectiveMarks));
        content.put(
                "perspectiveLabels",
                view.perspectives().stream()
                        .collect(Collectors.toMap(
                                TypologyView.Declared::entryId,
                                d -> charts.perspectiveLabel(d, names::get, LocaleContextHolder.getLocale()))));
        return content;
    }

    /** As the replay page and the API (ReadLog): a read at another point in time or under another model. */
    private void record(String projectId, TimelineAsOf asOf, TimelineModelChoice choice) {
        if (!asOf.timeTravel() && !choice.alternative()) {
            accessLog.record(AccessKind.TIMELINE, projectId, "timeline page");
            return;
        }
        accessLog.record(
                AccessKind.REPLAY,
                projectId,
                "timeline page"
                        + (asOf.timeTravel() ? " asOf=" + asOf.date() : "")
                        + (choice.alternative() ? " model=" + choice.model().name() : ""));
    }

    private String text(PageProblem problem, Locale locale) {
        if (problem == null) {
            return null;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
        Object[] args = problem.args().stream()
                .map(arg -> arg instanceof LocalDate date ? date.format(dates) : arg)
                .toArray();
        return messages.getMessage(problem.code(), args, locale);
    }
}
