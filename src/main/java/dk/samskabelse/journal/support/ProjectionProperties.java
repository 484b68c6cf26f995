package dk.samskabelse.journal.support;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * journal.projections.*: after this instance commits events, the projections' processor waits batch-delay (0 to
 * 1 s) before it reads them, so that writes arriving one at a time are projected in one batch; poll-interval is how
 * often it looks for events committed by another instance. Here, not in query/projection, because the event store
 * (config) wakes its reader on the same delay.
 */
@Validated
@ConfigurationProperties("journal.projections")
public record ProjectionProperties(
        @NotNull @DurationMin(millis = 0) @DurationMax(seconds = 1) @DefaultValue("20ms")
        Duration batchDelay,

        @NotNull @DurationMin(millis = 1) @DefaultValue("500ms")
        Duration pollInterval) {}
