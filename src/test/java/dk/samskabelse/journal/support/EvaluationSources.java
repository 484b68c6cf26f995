package dk.samskabelse.journal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Issue 15: the evaluation's statements cite their entries by number ("[3]", "[4–7]") and the sources at the end
 * list each cited entry once. These checks hold for any report: every number in the text resolves to a source,
 * every source is cited, and the sources' entry ids are exactly the entries the statements cite.
 */
public final class EvaluationSources {

    private static final Pattern NUMBERS = Pattern.compile("\\\\\\[(\\d+)(?:–(\\d+))?\\\\\\]");
    private static final Pattern SOURCE_LINE =
            Pattern.compile("(?m)^- \\\\\\[(\\d+)\\\\\\] .* · \\[([^\\]]+)\\]\\([^)]*#indfoersel-([^)]+)\\)$");

    private EvaluationSources() {}

    /** The entry ids the statements within scope cite, each once, in the order of their numbers. */
    public static Set<String> cited(Element scope) {
        Set<String> ids = new LinkedHashSet<>();
        for (Element reference : scope.select(".evidence a[data-entries]")) {
            ids.addAll(Arrays.asList(reference.attr("data-entries").split(" ")));
        }
        return ids;
    }

    /** How many of the statements' references within scope name the entry. */
    public static long references(Element scope, String entryId) {
        return scope.select(".evidence a[data-entries]").stream()
                .filter(reference ->
                        Arrays.asList(reference.attr("data-entries").split(" ")).contains(entryId))
                .count();
    }

    /** The page: numbers resolve to sources with the entries they name; sources are numbered 1… and all cited. */
    public static void assertTraceable(Document page) {
        List<Element> sources = page.select("ol.sources > li.source");
        List<String> sourceIds = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Element source = sources.get(i);
            assertThat(source.id()).isEqualTo("kilde-" + (i + 1));
            assertThat(source.selectFirst(".source__number").text()).isEqualTo("[" + (i + 1) + "]");
            Element entry = source.selectFirst("a[data-entry]");
            assertThat(entry).as(source.text()).isNotNull();
            assertThat(entry.text()).isEqualTo(entry.attr("data-entry"));
            sourceIds.add(entry.attr("data-entry"));
        }
        assertThat(sourceIds).as("each entry listed once").doesNotHaveDuplicates();

        Set<Integer> citedNumbers = new TreeSet<>();
        for (Element reference : page.select(".evidence a[data-entries]")) {
            Matcher label = Pattern.compile("\\[(\\d+)(?:–(\\d+))?\\]").matcher(reference.text());
            assertThat(label.matches()).as(reference.text()).isTrue();
            int first = Integer.parseInt(label.group(1));
            int last = label.group(2) == null ? first : Integer.parseInt(label.group(2));
            assertThat(reference.attr("href")).isEqualTo("#kilde-" + first);
            assertThat(last).as(reference.text()).isGreaterThanOrEqualTo(first).isLessThanOrEqualTo(sources.size());
            assertThat(reference.attr("data-entries").split(" "))
                    .as("the entries of " + reference.text())
                    .containsExactlyElementsOf(sourceIds.subList(first - 1, last));
            for (int number = first; number <= last; number++) {
                citedNumbers.add(number);
            }
        }
        assertThat(citedNumbers).as("every source is cited").hasSize(sources.size());
        assertThat(cited(page)).as("the sources are the cited entries").containsExactlyInAnyOrderElementsOf(sourceIds);
    }

    /** The Markdown file: the same, with the entry id the one link of each source line. */
    public static void assertTraceable(String markdown) {
        int appendix = markdown.lastIndexOf("\n## ");
        List<String> sourceIds = new ArrayList<>();
        Matcher line = SOURCE_LINE.matcher(markdown.substring(appendix));
        while (line.find()) {
            assertThat(Integer.parseInt(line.group(1))).isEqualTo(sourceIds.size() + 1);
            assertThat(line.group(2).replace("\\", "")).isEqualTo(line.group(3));
            sourceIds.add(line.group(3));
        }
        assertThat(sourceIds).isNotEmpty().doesNotHaveDuplicates();
        assertThat(markdown.substring(appendix).lines().filter(l -> l.startsWith("- ")))
                .as("every line of the sources is a source with one link")
                .hasSize(sourceIds.size())
                .allSatisfy(l -> assertThat(l.split("]\\(", -1)).hasSize(2));

        Set<Integer> citedNumbers = new TreeSet<>();
        Matcher numbers = NUMBERS.matcher(markdown.substring(0, appendix));
        while (numbers.find()) {
            int first = Integer.parseInt(numbers.group(1));
            int last = numbers.group(2) == null ? first : Integer.parseInt(numbers.group(2));
            assertThat(last).isGreaterThanOrEqualTo(first).isLessThanOrEqualTo(sourceIds.size());
            for (int number = first; number <= last; number++) {
                citedNumbers.add(number);
            }
        }
        assertThat(citedNumbers).as("every source is cited").hasSize(sourceIds.size());
        assertThat(markdown.substring(0, appendix)).as("no links in the text").doesNotContain("](");
    }
}
