package dk.samskabelse.journal.query.rebuild;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** The rebuild's and the processors' settings: journal.rebuild.* and journal.processors.*. */
@Validated
@ConfigurationProperties("journal")
public record RebuildProperties(
        @Valid @DefaultValue Rebuild rebuild,
        @Valid @DefaultValue Processors processors) {

    /**
     * threads: the offline rebuild's threads (0: one per processor); batch-size: rows written per statement;
     * copy: false keeps PostgreSQL's COPY out of the rebuild (plain batched inserts).
     */
    public record Rebuild(
            @PositiveOrZero @DefaultValue("0") int threads,
            @Positive @DefaultValue("500") int batchSize,
            @DefaultValue("true") boolean copy) {}

    /** balance-interval: how often the instances' share of the processors' segments is checked. */
    public record Processors(
            @NotNull @DurationMin(millis = 1) @DefaultValue("2s")
            Duration balanceInterval) {}
}
