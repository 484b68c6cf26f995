package dk.samskabelse.journal.query.typology;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The researcher's command line: --journal.replay-model=FILE [--journal.replay-output=FILE]
 * [--journal.replay-as-of=YYYY-MM-DD] writes every project's typology under the active model and under FILE as
 * JSON (to stdout without an output file) and exits.
 */
@Component
@ConditionalOnProperty("journal.replay-model")
class ModelReplayCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ModelReplayCommand.class);

    private final ModelReplay replay;
    private final ProjectionProcessors processors;
    private final ObjectMapper json;
    private final ApplicationContext context;
    private final String modelFile;
    private final String outputFile;
    private final String asOf;

    ModelReplayCommand(
            ModelReplay replay,
            ProjectionProcessors processors,
            ObjectMapper json,
            ApplicationContext context,
            TypologyModelProperties settings) {
        this.replay = replay;
        this.processors = processors;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.context = context;
        this.modelFile = settings.replayModel();
        this.outputFile = settings.replayOutput();
        this.asOf = settings.replayAsOf();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var model = new TypologyModelLoader().load(Path.of(modelFile));
        // The live projections must have every stored event before they are compared.
        if (!processors.awaitCaughtUp(Duration.ofHours(1))) {
            throw new IllegalStateException("The projections did not catch up with the event store");
        }
        ModelReplay.Result result = replay.replay(model, asOf.isBlank() ? null : LocalDate.parse(asOf));
        String output = json.writeValueAsString(result) + System.lineSeparator();
        if (outputFile.isBlank()) {
            System.out.print(output);
        } else {
            Files.writeString(Path.of(outputFile), output);
            log.info(
                    "Wrote the typology of {} projects under {} and {} to {}",
                    result.projects().size(),
                    result.activeModel().name(),
                    result.alternativeModel().name(),
                    outputFile);
        }
        System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> 0));
    }
}
