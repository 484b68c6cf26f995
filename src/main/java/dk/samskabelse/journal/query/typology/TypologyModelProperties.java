package dk.samskabelse.journal.query.typology;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The typology models' settings: projection-model (a model file to project with; empty: the packaged standard
 * model), projection-dir (where a researcher's model files and validation cases are), and the researcher's
 * command line replay-model, replay-output and replay-as-of (ModelReplayCommand). All directly under journal.*.
 */
@Validated
@ConfigurationProperties("journal")
public record TypologyModelProperties(
        @NotNull @DefaultValue("") String projectionModel,
        @NotNull @DefaultValue("projections") String projectionDir,
        @DefaultValue("") String replayModel,
        @DefaultValue("") String replayOutput,
        @DefaultValue("") String replayAsOf) {}
