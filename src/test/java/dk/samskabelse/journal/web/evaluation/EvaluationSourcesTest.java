package dk.samskabelse.journal.web.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.evaluation.EvaluationReport;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Evidence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.support.EvaluationSources;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Issue 15: the statements cite their entries by number, in the order of first citation, as runs ("[1–4]"); the
 * sources list every cited entry once, and nothing else.
 */
class EvaluationSourcesTest {

    private static final String BASE = "https://journal.example.dk";

    private final EvaluationText text = new EvaluationText(messages());

    private final EvaluationReport report = new EvaluationReport(
            "p1",
            "Hallen",
            "Lejre",
            LocalDate.of(2021, 3, 1),
            Phase.ERKENDELSE,
            "standard",
            "1",
            List.of(
                    new EvaluationReport.Section(
                            FocusPoint.MAALOPFYLDELSE,
                            List.of(new EvaluationReport.Group(
                                    "evaluation.group.criteria",
                                    "kriterier",
                                    List.of(
                                            statement("A", "e1", "e2", "e3", "e4"),
                                            statement("B", "e5", "e2"),
                                            new Statement(
                                                    "evaluation.goals.noBottomLines", List.of(), List.of(), true))))),
                    new EvaluationReport.Section(
                            FocusPoint.PROCES,
                            List.of(new EvaluationReport.Group(
                                    "evaluation.group.corrections",
                                    "kursjusteringer",
                                    // An entry the report holds no evidence for is not cited.
                                    List.of(statement("C", "e6", "e1", "unknown", "e6")))))),
            evidence("e1", "e2", "e3", "e4", "e5", "e6", "uncited"));

    @Test
    void entriesAreNumberedInTheOrderOfFirstCitationAndCitedAsRuns() {
        RenderedReport rendered = text.render(report, Locale.forLanguageTag("da"), BASE, id -> "Om " + id);

        List<RenderedReport.Line> criteria =
                rendered.sections().get(0).groups().get(0).lines();
        assertThat(labels(criteria.get(0))).containsExactly("1–4");
        assertThat(labels(criteria.get(1))).containsExactly("2", "5");
        assertThat(criteria.get(2).references()).isEmpty();
        RenderedReport.Line correction =
                rendered.sections().get(1).groups().get(0).lines().get(0);
        assertThat(labels(correction)).containsExactly("1", "6");
        assertThat(correction.entryIds()).containsExactly("e1", "e6");
        assertThat(criteria.get(0).references().get(0).entryIds()).containsExactly("e1", "e2", "e3", "e4");
        assertThat(criteria.get(0).references().get(0).anchor()).isEqualTo("kilde-1");

        assertThat(rendered.sources().heading()).isEqualTo("Kilder");
        assertThat(rendered.sources().lines())
                .extracting(RenderedReport.Source::entryId)
                .containsExactly("e1", "e2", "e3", "e4", "e5", "e6");
        RenderedReport.Source first = rendered.sources().lines().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.date()).isEqualTo("1. januar 2020");
        assertThat(first.kind()).isEqualTo("Afklaring");
        assertThat(first.summary()).isEqualTo("Om e1");
        assertThat(first.href()).isEqualTo(BASE + "/projekter/p1?alle=true#indfoersel-e1");
    }

    @Test
    void everyNumberResolvesEverySourceIsCitedAndTheSourcesAreTheCitedEntries() {
        RenderedReport rendered = text.render(report, Locale.forLanguageTag("da"), BASE, id -> "Om " + id);

        Set<Integer> cited = new LinkedHashSet<>();
        Set<String> citedIds = new LinkedHashSet<>();
        for (RenderedReport.Section section : rendered.sections()) {
            for (RenderedReport.Group group : section.groups()) {
                for (RenderedReport.Line line : group.lines()) {
                    for (RenderedReport.Reference reference : line.references()) {
                        for (int number = reference.first(); number <= reference.last(); number++) {
                            RenderedReport.Source source =
                                    rendered.sources().lines().get(number - 1);
                            assertThat(source.number()).isEqualTo(number);
                            assertThat(reference.entryIds()).contains(source.entryId());
                            cited.add(number);
                        }
                    }
                    citedIds.addAll(line.entryIds());
                }
            }
        }
        assertThat(cited).hasSize(rendered.sources().lines().size());
        Set<String> statementIds = report.sections().stream()
                .flatMap(section -> section.groups().stream())
                .flatMap(group -> group.statements().stream())
                .flatMap(statement -> statement.entryIds().stream())
                .filter(report.entries()::containsKey)
                .collect(Collectors.toSet());
        assertThat(rendered.sources().lines())
                .extracting(RenderedReport.Source::entryId)
                .containsExactlyInAnyOrderElementsOf(statementIds)
                .containsExactlyInAnyOrderElementsOf(citedIds);
    }

    @Test
    void theMarkdownCitesByNumberAndLinksEachSourceOnce() {
        RenderedReport rendered = text.render(report, Locale.ENGLISH, BASE, id -> "About " + id);

        String markdown = MarkdownReport.write(rendered, "Evidence:", "No evidence:");

        assertThat(markdown)
                .contains(
                        "- Success criterion: “A” Evidence: \\[1–4\\]\n",
                        "- Success criterion: “B” Evidence: \\[2\\], \\[5\\]\n",
                        "\n## Sources\n",
                        "- \\[1\\] 1 January 2020 · Clarification · About e1 · [e1](" + BASE
                                + "/projekter/p1?alle=true#indfoersel-e1)\n")
                .doesNotContain("uncited");
        EvaluationSources.assertTraceable(markdown);
        assertThat(markdown.split("]\\(", -1)).hasSize(6 + 1);
    }

    private static List<String> labels(RenderedReport.Line line) {
        return line.references().stream().map(RenderedReport.Reference::label).toList();
    }

    private static Statement statement(String criterion, String... entryIds) {
        return new Statement("evaluation.goals.criterion", List.of(criterion), List.of(entryIds), false);
    }

    private static Map<String, Evidence> evidence(String... entryIds) {
        Map<String, Evidence> entries = new LinkedHashMap<>();
        for (int i = 0; i < entryIds.length; i++) {
            entries.put(entryIds[i], new Evidence(entryIds[i], "ProjectClarified", LocalDate.of(2020, 1, 1)));
        }
        return entries;
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Locale.forLanguageTag("da"));
        return messages;
    }
}
