package dk.samskabelse.journal.config;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * journal.event-store.* (application.yml; README "Gaps and long transactions"): how long a processor waits for an
 * event whose global_index was taken by a transaction still open (gap-timeout, at least twice the transaction
 * timeouts: EventStoreConfig checks it against them), how many gaps are kept before they are cleaned, and how many
 * events one read fetches.
 */
@Validated
@ConfigurationProperties("journal.event-store")
public record EventStoreProperties(
        @NotNull Duration gapTimeout,
        @Positive int gapCleaningThreshold,
        @Positive int batchSize) {}
