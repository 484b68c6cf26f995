package dk.samskabelse.journal.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link of the Markdown documentation (README.md, docs/, projections/, bench/README.md) points to a
 * file that exists and, for a link into a Markdown file, to a heading (GitHub's anchor) or an explicit
 * {@code <a id>} in it. Moving a section without its links fails here rather than in a reader's browser.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern EXPLICIT_ANCHOR = Pattern.compile("<a id=\"([^\"]+)\"");

    @Test
    void everyRelativeLinkFindsItsFileAndHeading() throws IOException {
        List<Path> pages = pages();
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages) {
            for (String target : links(page)) {
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = file.isEmpty()
                        ? page
                        : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (anchor != null
                        && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(anchor)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        System.out.printf(
                "Documentation links: %d pages, %d relative links checked, %d broken%n",
                pages.size(), checked, broken.size());
        assertThat(checked).as("links found").isGreaterThan(50);
        assertThat(broken).as("broken links").isEmpty();
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("bench", "README.md")));
        for (Path dir : List.of(Path.of("docs"), Path.of("projections"))) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
            }
        }
        return pages;
    }

    /** The link targets of a page, outside fenced code blocks. */
    private static List<String> links(Path page) throws IOException {
        List<String> targets = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(page)) {
            if (line.stripLeading().startsWith("```")) {
                code = !code;
            } else if (!code) {
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    targets.add(link.group(1));
                }
            }
        }
        return targets;
    }

    private static final Map<Path, Set<String>> ANCHORS = new HashMap<>();

    /** GitHub's anchors: headings lower-cased, punctuation dropped, spaces as hyphens, repeats numbered. */
    private static Set<String> anchors(Path page) {
        return ANCHORS.computeIfAbsent(page, p -> {
            Set<String> anchors = new HashSet<>();
            Map<String, Integer> seen = new HashMap<>();
            boolean code = false;
            try {
                for (String line : Files.readAllLines(p)) {
                    if (line.stripLeading().startsWith("```")) {
                        code = !code;
                        continue;
                    }
                    Matcher explicit = EXPLICIT_ANCHOR.matcher(line);
                    while (explicit.find()) {
                        anchors.add(explicit.group(1));
                    }
                    Matcher heading = HEADING.matcher(line);
                    if (!code && heading.matches()) {
                        String slug = heading.group(1)
                                .toLowerCase(Locale.ROOT)
                                .replaceAll("[^\\p{L}\\p{N}_\\- ]", "")
                                .replace(' ', '-');
                        int repeat = seen.merge(slug, 1, Integer::sum) - 1;
                        anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return anchors;
        });
    }
}
