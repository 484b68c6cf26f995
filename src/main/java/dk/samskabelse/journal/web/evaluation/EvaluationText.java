package dk.samskabelse.journal.web.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.query.evaluation.EvaluationReport;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Count;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Evidence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Sequence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the structured evaluation into sentences in one language; the page and the Markdown file share it. */
@Component
class EvaluationText {

    static final String SOURCES_ANCHOR = "kilder";

    private final MessageSource messages;

    EvaluationText(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * baseUrl: the journal's configured address (journal.base-url), for links that work outside the page too.
     * summaries: one line for each cited entry (the timeline's entry summary), by entry id. Entries are numbered
     * in the order the report first cites them; the statements carry the numbers, the appendix the entries.
     */
    RenderedReport render(EvaluationReport report, Locale locale, String baseUrl, Function<String, String> summaries) {
        Formatter format = new Formatter(locale);
        SourceNumbers numbers = new SourceNumbers();
        List<RenderedReport.Section> sections = new ArrayList<>();
        // In reading order, so the first entry cited is [1].
        for (EvaluationReport.Section section : report.sections()) {
            List<RenderedReport.Group> groups = new ArrayList<>();
            for (EvaluationReport.Group group : section.groups()) {
                List<RenderedReport.Line> lines = new ArrayList<>();
                for (Statement statement : group.statements()) {
                    lines.add(line(statement, report, format, numbers));
                }
                groups.add(new RenderedReport.Group(group.anchor(), text(locale, group.key()), lines));
            }
            sections.add(new RenderedReport.Section(
                    section.focus(),
                    anchor(section.focus()),
                    text(
                            locale,
                            "evaluation.section.heading",
                            section.focus().ordinal() + 1,
                            text(locale, "enum.FocusPoint." + section.focus())),
                    text(locale, "evaluation.focus." + section.focus() + ".question"),
                    groups));
        }
        String phase = report.phase() == null ? "–" : text(locale, "enum.Phase." + report.phase());
        return new RenderedReport(
                report.projectId(),
                text(locale, "evaluation.title.of", report.projectName()),
                text(
                        locale,
                        "evaluation.subtitle",
                        report.municipality(),
                        phase,
                        format.date(report.horizon()),
                        report.model(),
                        report.modelVersion()),
                sections,
                sources(report, numbers, format, baseUrl, summaries));
    }

    /** One statement as a sentence in the given language, without its evidence (the JSON API's text). */
    String sentence(Statement statement, Locale locale) {
        Formatter format = new Formatter(locale);
        Object[] arguments = statement.arguments().stream().map(format::value).toArray();
        return messages.getMessage(statement.key(), arguments, locale);
    }

    static String anchor(FocusPoint focus) {
        return "fokus-" + focus.name().toLowerCase(Locale.ROOT);
    }

    private RenderedReport.Line line(
            Statement statement, EvaluationReport report, Formatter format, SourceNumbers numbers) {
        Object[] arguments = statement.arguments().stream().map(format::value).toArray();
        NavigableMap<Integer, String> cited = new TreeMap<>();
        for (String entryId : statement.entryIds()) {
            if (report.entries().containsKey(entryId)) {
                cited.put(numbers.cite(entryId), entryId);
            }
        }
        List<RenderedReport.Reference> references = SourceNumbers.runs(cited.keySet()).stream()
                .map(run -> reference(run, cited))
                .toList();
        return new RenderedReport.Line(
                messages.getMessage(statement.key(), arguments, format.locale), statement.noEvidence(), references);
    }

    private static RenderedReport.Reference reference(SourceNumbers.Run run, NavigableMap<Integer, String> cited) {
        return new RenderedReport.Reference(
                run.first(),
                run.last(),
                run.first() == run.last() ? String.valueOf(run.first()) : run.first() + "–" + run.last(),
                sourceAnchor(run.first()),
                List.copyOf(cited.subMap(run.first(), run.last() + 1).values()));
    }

    private RenderedReport.Sources sources(
            EvaluationReport report,
            SourceNumbers numbers,
            Formatter format,
            String baseUrl,
            Function<String, String> summaries) {
        String journal = baseUrl + "/projekter/" + report.projectId() + "?alle=true#indfoersel-";
        List<String> entryIds = numbers.entryIds();
        List<RenderedReport.Source> lines = new ArrayList<>();
        for (int i = 0; i < entryIds.size(); i++) {
            Evidence evidence = report.entries().get(entryIds.get(i));
            lines.add(new RenderedReport.Source(
                    i + 1,
                    sourceAnchor(i + 1),
                    format.date(evidence.effectiveOn()),
                    text(format.locale, "entry.type." + evidence.type()),
                    summaries.apply(evidence.entryId()),
                    evidence.entryId(),
                    journal + evidence.entryId()));
        }
        return new RenderedReport.Sources(
                SOURCES_ANCHOR,
                text(format.locale, "evaluation.sources"),
                text(format.locale, "evaluation.sources.intro"),
                lines);
    }

    static String sourceAnchor(int number) {
        return "kilde-" + number;
    }

    private String text(Locale locale, String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /** Values as the user reads them: dates in words, decimals with the locale's comma, enumerations by label. */
    private final class Formatter {

        private final Locale locale;
        private final DateTimeFormatter dates;
        private final NumberFormat decimals;

        Formatter(Locale locale) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofPattern(messages.getMessage("format.date", null, locale), locale);
            this.decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMinimumFractionDigits(2);
            decimals.setMaximumFractionDigits(2);
        }

        String date(LocalDate date) {
            return date.format(dates);
        }

        /** Whole numbers stay numbers, so that a message can choose its words by them ({0,choice,…}). */
        Object value(Object value) {
            if (value instanceof Integer || value instanceof Long) {
                return value;
            }
            if (value instanceof LocalDate date) {
                return date(date);
            }
            if (value instanceof Double || value instanceof Float) {
                return decimals.format(value);
            }
            if (value instanceof Enum<?> constant) {
                return messages.getMessage(
                        "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(), null, locale);
            }
            if (value instanceof Count count) {
                return messages.getMessage(
                        "evaluation.count", new Object[] {value(count.value()), String.valueOf(count.count())}, locale);
            }
            if (value instanceof Sequence sequence) {
                return sequence.items().stream()
                        .map(item -> String.valueOf(value(item)))
                        .collect(Collectors.joining(" → "));
            }
            if (value instanceof Collection<?> values) {
                return values.isEmpty()
                        ? "–"
                        : values.stream()
                                .map(item -> String.valueOf(value(item)))
                                .collect(Collectors.joining(", "));
            }
            return String.valueOf(value);
        }
    }
}
