package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The journal refuses to start with a broken active model (journal.projection-model): a copy of the default
 * model with one mistake, and the start-up must fail with a message naming the file, the entry and the problem
 * (projections/README.md, "Copying and changing a model", step 4).
 */
class BrokenModelStartupIT {

    private static final Path DEFAULT_MODEL = Path.of("projections", "typology-model.yaml");
    /**
     * The mistakes are made in a copy of the first default model (typology-model-v1.yaml, issue 13), whose entry
     * positions (KONVENER at roles[4], KATALYSATOR at roles[5]) the expected lines name; today's default lists
     * those roles without signal.
     */
    private static final Path V1_MODEL = Path.of("projections", "typology-model-v1.yaml");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            unknown role        | "  - role: KONVENER"   | "  - role: KONVENOR" | roles[4] (KONVENOR)    | unknown role 'KONVENOR' (allowed: BESLUTTENDE, MAALSAETTENDE,
            value outside range | "    centrality: -0.3" | "    centrality: -1.3" | roles[4] (KONVENER)  | centrality -1.3 is outside [-1, 1]
            missing field       | "    centrality: -0.1" | ""                   | roles[5] (KATALYSATOR) | missing field 'centrality'
            """)
    void startupFailsNamingFileEntryAndProblem(
            String mistake, String line, String replacement, String entry, String problem, @TempDir Path dir)
            throws IOException {
        Path model = dir.resolve("typology-model-broken.yaml");
        Files.writeString(
                model,
                replaceOnce(Files.readString(V1_MODEL, StandardCharsets.UTF_8), line, replacement),
                StandardCharsets.UTF_8);

        Throwable failure = catchThrowable(() -> {
            try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JournalApplication.class)
                    .run(
                            "--server.port=0",
                            "--journal.projection-model=" + model,
                            "--spring.datasource.url=jdbc:h2:mem:broken-model-" + mistake.replace(' ', '-')
                                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
                // Started: the assertion below reports it.
            }
        });

        assertThat(failure).as("start-up with " + mistake).isNotNull();
        String expected = model + ": " + entry + ": " + problem;
        assertThat(messages(failure))
                .as("messages in the cause chain of %s", failure)
                .anySatisfy(message -> assertThat(message).contains(expected));
    }

    /** The control: the same copy without the mistake starts, and is the model the journal uses. */
    @Test
    void theUnchangedCopyStarts(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("typology-model-copy.yaml");
        Files.copy(DEFAULT_MODEL, model);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(JournalApplication.class)
                .run(
                        "--server.port=0",
                        "--journal.projection-model=" + model,
                        "--spring.datasource.url=jdbc:h2:mem:unchanged-model;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE")) {
            assertThat(context.getBean(TypologyModels.class).active())
                    .isEqualTo(new TypologyModelLoader().load(DEFAULT_MODEL));
        }
    }

    private static String replaceOnce(String text, String line, String replacement) {
        String target = "\n" + line + "\n";
        int at = text.indexOf(target);
        assertThat(at).as("'%s' in the default model", line).isNotNegative();
        assertThat(text.indexOf(target, at + 1))
                .as("'%s' only once in the default model", line)
                .isNegative();
        String inserted = replacement.isEmpty() ? "\n" : "\n" + replacement + "\n";
        return text.substring(0, at) + inserted + text.substring(at + target.length());
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }
}
