package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.config.JournalBaseUrl;
import dk.samskabelse.journal.query.evaluation.EvaluationService;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.RenderedFragments;
import dk.samskabelse.journal.web.journal.EntrySummaries;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The Erkendelse evaluation of a project (seed 002, phase 3) as a printable page and as a Markdown file; both
 * render the same report, built from the journal's evidence under the active typology model.
 */
@PageController
class EvaluationPageController {

    private final ProjectLoader projects;
    private final EvaluationService evaluation;
    private final TypologyModels models;
    private final ActorNames actorNames;
    private final EvaluationText text;
    private final MessageSource messages;
    private final AccessLog accessLog;
    private final Clock clock;
    private final JournalBaseUrl baseUrl;
    private final DemoProvenance demo;
    private final ViewCache cache;
    private final RenderedFragments fragments;
    private final EntrySummaries summaries;

    EvaluationPageController(
            ProjectLoader projects,
            EvaluationService evaluation,
            TypologyModels models,
            ActorNames actorNames,
            EvaluationText text,
            MessageSource messages,
            AccessLog accessLog,
            Clock clock,
            JournalBaseUrl baseUrl,
            DemoProvenance demo,
            ViewCache cache,
            RenderedFragments fragments,
            EntrySummaries summaries) {
        this.summaries = summaries;
        this.cache = cache;
        this.fragments = fragments;
        this.baseUrl = baseUrl;
        this.demo = demo;
        this.accessLog = accessLog;
        this.projects = projects;
        this.evaluation = evaluation;
        this.models = models;
        this.actorNames = actorNames;
        this.text = text;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/projekter/{projectId}/evaluering")
    String page(@PathVariable String projectId, Model model) {
        Evaluated evaluated = evaluate(projectId);
        RenderedReport report = evaluated.report();
        model.addAttribute("report", report);
        // The table of contents and the six focus points, rendered once per report (issue 14): a 1,000-entry
        // history's report is a megabyte of HTML.
        model.addAttribute(
                "renderedContent",
                fragments.html(
                        evaluated.data(),
                        "evaluation-page",
                        evaluated.key(),
                        "evaluation/evaluation-content",
                        () -> Map.of("report", report)));
        accessLog.record(AccessKind.EVALUATION, projectId, "page");
        return "evaluation/evaluation";
    }

    @GetMapping(path = "/projekter/{projectId}/evaluering.md")
    ResponseEntity<String> markdown(@PathVariable String projectId) {
        Locale locale = LocaleContextHolder.getLocale();
        RenderedReport report = report(projectId);
        // Issue 13: a demo's report says so in the file itself, wherever the download ends up.
        String demoNotice = demo.project(projectId)
                .map(project -> messages.getMessage("demo.report.notice", new Object[] {project.seedFile()}, locale))
                .orElse(null);
        String markdown = MarkdownReport.write(
                report,
                messages.getMessage("evaluation.evidence", null, locale),
                messages.getMessage("evaluation.noEvidence", null, locale),
                demoNotice);
        accessLog.record(AccessKind.EVALUATION, projectId, "markdown");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("evaluering-" + projectId + ".md", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(markdown);
    }

    private RenderedReport report(String projectId) {
        return evaluate(projectId).report();
    }

    /** The appendix's one line per entry: the timeline's summary, with actors named as in the report. */
    private Function<String, String> summaries(ProjectData data, Function<String, String> lookup) {
        Map<String, TimelineEntry> entries = data.timeline().stream()
                .collect(Collectors.toMap(TimelineEntry::getEntryId, e -> e, (first, second) -> first));
        return entryId -> {
            TimelineEntry entry = entries.get(entryId);
            return entry == null ? "" : summaries.summarize(entry.getType(), entry.getPayload(), lookup);
        };
    }

    /** A project's rendered report with the rows it came from and the key it is kept under. */
    private record Evaluated(ProjectData data, List<Object> key, RenderedReport report) {}

    private Evaluated evaluate(String projectId) {
        ProjectData data = projects.load(projectId);
        // A researcher's project was loaded pseudonymised: actors are labelled by their research pseudonym (as in
        // the replay and the research export), never looked up in the register.
        Function<String, String> lookup = actorNames.lookup(data, projects.pseudonymised());
        TypologyModel model = models.active();
        LocalDate today = LocalDate.now(clock);
        Locale locale = LocaleContextHolder.getLocale();
        // The report carries the actors' names and the viewer's language: both are in its key (an erased name
        // makes a new report).
        Map<String, String> names = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        List<Object> key = List.of(model, today, locale, baseUrl.value(), names);
        return new Evaluated(
                data,
                key,
                cache.view(
                        data,
                        "evaluation",
                        key,
                        () -> text.render(
                                evaluation.evaluate(data, model, today, lookup),
                                locale,
                                baseUrl.value(),
                                summaries(data, lookup))));
    }
}
