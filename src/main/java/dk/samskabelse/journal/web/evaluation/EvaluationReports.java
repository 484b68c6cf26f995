package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.config.JournalBaseUrl;
import dk.samskabelse.journal.query.evaluation.EvaluationReport;
import dk.samskabelse.journal.query.evaluation.EvaluationService;
import dk.samskabelse.journal.query.project.ActorNames;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.project.ViewCache;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.web.EntrySummaries;
import dk.samskabelse.journal.web.ProjectLoader;
import dk.samskabelse.journal.web.ProjectNotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One project's evaluation as of its reference date (issue 15, item 5), for the page, its downloads and the JSON
 * API alike. For an open project, entries effective after the chosen date are left out by the journal's time
 * travel (the effective clock, as the API's asOf); when nothing is effective after it, the live rows are the same
 * and are used (and cached). A closed project is evaluated as of its closing date with all its entries, since
 * what was recorded after the closure is reflection on it.
 */
@Component
public class EvaluationReports {

    private final ProjectLoader projects;
    private final EvaluationService evaluation;
    private final TypologyModels models;
    private final ActorNames actorNames;
    private final EvaluationText text;
    private final Clock clock;
    private final JournalBaseUrl baseUrl;
    private final ViewCache cache;
    private final EntrySummaries summaries;

    EvaluationReports(
            ProjectLoader projects,
            EvaluationService evaluation,
            TypologyModels models,
            ActorNames actorNames,
            EvaluationText text,
            Clock clock,
            JournalBaseUrl baseUrl,
            ViewCache cache,
            EntrySummaries summaries) {
        this.summaries = summaries;
        this.projects = projects;
        this.evaluation = evaluation;
        this.models = models;
        this.actorNames = actorNames;
        this.text = text;
        this.clock = clock;
        this.baseUrl = baseUrl;
        this.cache = cache;
    }

    /** A chosen date the project cannot be evaluated as of: before its start or in the future. */
    public static final class DateOutOfRangeException extends RuntimeException {

        private final String messageKey;
        private final transient List<Object> arguments;

        DateOutOfRangeException(String messageKey, LocalDate chosen, LocalDate limit) {
            super("Reference date out of range: " + chosen);
            this.messageKey = messageKey;
            this.arguments = List.of(chosen, limit);
        }

        /** evaluation.date.beforeStart or evaluation.date.future; arguments: the chosen date and the limit. */
        public String messageKey() {
            return messageKey;
        }

        public List<Object> arguments() {
            return arguments;
        }
    }

    /**
     * The report with the rows it came from, the date it looks from, the key its renderings are kept under and the
     * actors' names as the reader may see them (read once, for the report and its sources alike).
     */
    public record Evaluation(
            ProjectData data,
            ReferenceDate reference,
            EvaluationReport report,
            List<Object> key,
            Function<String, String> names) {}

    /**
     * chosen: the reader's date, null for today; ignored for a closed project (its closing date counts). An id
     * that names no project is a ProjectNotFoundException.
     */
    public Evaluation evaluate(String projectId, LocalDate chosen) {
        ProjectData now = projects.load(projectId);
        LocalDate today = LocalDate.now(clock);
        if (chosen != null && now.summary().getClosedOn() == null) {
            LocalDate start = now.summary().getStartedOn();
            if (chosen.isBefore(start)) {
                throw new DateOutOfRangeException("evaluation.date.beforeStart", chosen, start);
            }
            if (chosen.isAfter(today)) {
                throw new DateOutOfRangeException("evaluation.date.future", chosen, today);
            }
        }
        LocalDate date = ReferenceDate.of(now, chosen, today);
        // A closed project's reflections recorded after its closure (insights, the chef's reflection) belong to its
        // evaluation: only an open project's report leaves out what followed the date.
        boolean closed = now.summary().getClosedOn() != null;
        ProjectData data = !closed && ReferenceDate.anyAfter(now.timeline(), date)
                ? projects.find(projectId, new TimeTravel(date, null)).orElseThrow(ProjectNotFoundException::new)
                : now;
        ReferenceDate reference = new ReferenceDate(
                date, ReferenceDate.basis(now, chosen), ReferenceDate.lastEntryOn(data.timeline(), date));
        // A researcher's project was loaded pseudonymised: actors are labelled by their research pseudonym (as in
        // the replay and the research export), never looked up in the register.
        Function<String, String> lookup = actorNames.lookup(data, projects.pseudonymised());
        TypologyModel model = models.active();
        // The report carries the actors' names: they are in its key (an erased name makes a new report).
        Map<String, String> names = data.actors().stream()
                .collect(Collectors.toMap(ActorRow::getActorId, a -> lookup.apply(a.getActorId())));
        List<Object> key = List.of(model, date, baseUrl.value(), names);
        EvaluationReport report =
                cache.view(data, "evaluation-report", key, () -> evaluation.evaluate(data, model, date, lookup));
        return new Evaluation(data, reference, report, key, lookup);
    }

    /** The report in the reader's language, kept with the project's rows. */
    RenderedReport rendered(Evaluation evaluation, Locale locale) {
        List<Object> key = List.of(evaluation.key(), locale);
        return cache.view(
                evaluation.data(),
                "evaluation",
                key,
                () -> text.render(
                        evaluation.report(),
                        locale,
                        baseUrl.value(),
                        summaries(evaluation.data(), evaluation.names())));
    }

    /** The Kilder appendix's one line per entry: the timeline's summary, with actors named as in the report. */
    private Function<String, String> summaries(ProjectData data, Function<String, String> lookup) {
        Map<String, TimelineEntry> entries = data.timeline().stream()
                .collect(Collectors.toMap(TimelineEntry::getEntryId, e -> e, (first, second) -> first));
        return entryId -> {
            TimelineEntry entry = entries.get(entryId);
            return entry == null ? "" : summaries.summarize(entry.getType(), entry.getPayload(), lookup);
        };
    }

    /** One statement as the sentence the page shows, without its evidence links. */
    public String sentence(EvaluationReport.Statement statement, Locale locale) {
        return text.sentence(statement, locale);
    }
}
