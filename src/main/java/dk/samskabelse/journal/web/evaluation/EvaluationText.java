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
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the structured evaluation into sentences in one language; the page and the Markdown file share it. */
@Component
class EvaluationText {

    private final MessageSource messages;

    EvaluationText(MessageSource messages) {
        this.messages = messages;
    }

    /** baseUrl: the journal's configured address (journal.base-url), for links that work outside the page too. */
    RenderedReport render(EvaluationReport report, Locale locale, String baseUrl) {
        Formatter format = new Formatter(locale);
        String journal = baseUrl + "/projekter/" + report.projectId() + "?alle=true#indfoersel-";
        List<RenderedReport.Section> sections = report.sections().stream()
                .map(section -> new RenderedReport.Section(
                        section.focus(),
                        anchor(section.focus()),
                        text(
                                locale,
                                "evaluation.section.heading",
                                section.focus().ordinal() + 1,
                                text(locale, "enum.FocusPoint." + section.focus())),
                        text(locale, "evaluation.focus." + section.focus() + ".question"),
                        section.groups().stream()
                                .map(group -> new RenderedReport.Group(
                                        group.anchor(),
                                        text(locale, group.key()),
                                        group.statements().stream()
                                                .map(statement -> line(statement, report, format, journal))
                                                .toList()))
                                .toList()))
                .toList();
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
                sections);
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

    private RenderedReport.Line line(Statement statement, EvaluationReport report, Formatter format, String journal) {
        Object[] arguments = statement.arguments().stream().map(format::value).toArray();
        List<RenderedReport.Link> links = statement.entryIds().stream()
                .map(id -> report.entries().get(id))
                .filter(java.util.Objects::nonNull)
                .map(evidence -> link(evidence, format, journal))
                .toList();
        return new RenderedReport.Line(
                messages.getMessage(statement.key(), arguments, format.locale), statement.noEvidence(), links);
    }

    private RenderedReport.Link link(Evidence evidence, Formatter format, String journal) {
        return new RenderedReport.Link(
                evidence.entryId(),
                text(
                        format.locale,
                        "evaluation.evidence.label",
                        text(format.locale, "entry.type." + evidence.type()),
                        format.date(evidence.effectiveOn())),
                journal + evidence.entryId());
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
