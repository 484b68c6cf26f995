package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.RenderedFragments;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chef's timeline of one project: phases, role swimlanes, engagements with influence, course corrections
 * and insights on one axis, and the typology plane with the enacted trajectory; each with a table view.
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

    TimelinePageController(ProjectLoader projects, ActorNames actorNames, TypologyService typology,
                           TypologyModels models, ChartFactory charts, AccessLog accessLog, Clock clock,
                           RenderedFragments fragments) {
        this.fragments = fragments;
        this.accessLog = accessLog;
        this.projects = projects;
        this.actorNames = actorNames;
        this.typology = typology;
        this.models = models;
        this.charts = charts;
        this.clock = clock;
    }

    @GetMapping("/projekter/{projectId}/tidslinje")
    String timeline(@PathVariable String projectId, Model model) {
        ProjectData data = projects.load(projectId);
        LocalDate today = LocalDate.now(clock);
        LocalDate end = TimelineChart.fittedEnd(data, today);
        Function<String, String> lookup = actorNames.lookup(data, projects.pseudonymised());
        Map<String, String> names = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        TypologyModel active = models.active();
        model.addAttribute("summary", data.summary());
        // The charts and tables carry the names, the model and the day (the trajectory runs to today): all in the
        // key, so an erased name, another model or a new day renders them anew (RenderedFragments adds the language).
        Map<String, Object> page = Collections.unmodifiableMap(new HashMap<>(model.asMap()));
        model.addAttribute("renderedContent", fragments.html(data, "timeline-page", List.of(end, today, active,
                Map.copyOf(names)), "charts/timeline-content", () -> content(data, page, names, active, today, end)));
        accessLog.record(AccessKind.TIMELINE, projectId, "timeline page");
        return "charts/timeline-page";
    }

    private Map<String, Object> content(ProjectData data, Map<String, Object> page, Map<String, String> names,
                                        TypologyModel active, LocalDate today, LocalDate end) {
        Map<String, Object> content = new HashMap<>(page);
        TypologyView view = typology.view(data, active, today);
        content.put("chart", charts.timeline(data, names::get, end));
        content.put("typology", view);
        content.put("plane", charts.plane());
        content.put("trajectory", charts.trajectory(view));
        // Issue 13: the placements from every perspective in force side by side; the project's own earlier
        // declarations stay as diamonds.
        content.put("declared", charts.earlierDeclarations(view));
        List<TypologyPlane.PerspectiveMark> perspectiveMarks = charts.perspectives(view, names::get);
        content.put("perspectiveMarks", perspectiveMarks);
        // Issue 18 item 7: phases, current declarations, reasons and labels placed apart.
        content.put("planeMarks", charts.planeMarks(data, view, active.windowDays(), perspectiveMarks));
        content.put("perspectiveLabels", view.perspectives().stream()
                .collect(Collectors.toMap(TypologyView.Declared::entryId,
                        d -> charts.perspectiveLabel(d, names::get, LocaleContextHolder.getLocale()))));
        return content;
    }
}
