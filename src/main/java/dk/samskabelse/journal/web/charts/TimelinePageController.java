package dk.samskabelse.journal.web.charts;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import dk.samskabelse.journal.query.typology.TypologyView;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    private final ViewCache cache;

    TimelinePageController(ProjectLoader projects, ActorNames actorNames, TypologyService typology,
                           TypologyModels models, ChartFactory charts, AccessLog accessLog, Clock clock,
                           ViewCache cache) {
        this.cache = cache;
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
        LocalDate end = data.summary().getClosedOn() != null ? data.summary().getClosedOn() : today;
        Function<String, String> lookup = actorNames.lookup(data, projects.pseudonymised());
        Map<String, String> names = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        TypologyView view = typology.view(data, models.active(), today);
        model.addAttribute("summary", data.summary());
        model.addAttribute("names", names);
        // The chart carries the names and the labels of the viewer's language: both are in its key, so an erased
        // name or another language is a new chart.
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("chart", cache.view(data, "timeline-chart", List.of(end, locale, Map.copyOf(names)),
                () -> charts.timeline(data, names::get, end)));
        model.addAttribute("typology", view);
        model.addAttribute("plane", charts.plane());
        model.addAttribute("trajectory", charts.trajectory(view));
        // Issue 13: the placements from every perspective in force side by side; the project's own earlier
        // declarations stay as diamonds.
        model.addAttribute("declared", charts.earlierDeclarations(view));
        model.addAttribute("perspectiveMarks", charts.perspectives(view, names::get));
        model.addAttribute("perspectiveLabels", view.perspectives().stream()
                .collect(Collectors.toMap(TypologyView.Declared::entryId,
                        d -> charts.perspectiveLabel(d, names::get, LocaleContextHolder.getLocale()))));
        accessLog.record(AccessKind.TIMELINE, projectId, "timeline page");
        return "charts/timeline-page";
    }
}
