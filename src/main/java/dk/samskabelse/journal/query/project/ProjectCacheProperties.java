package dk.samskabelse.journal.query.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** What the read side keeps in memory: journal.view-cache.* and journal.time-travel.*. */
@Validated
@ConfigurationProperties("journal")
public record ProjectCacheProperties(
        @Valid @DefaultValue ViewCacheSettings viewCache,
        @Valid @DefaultValue TimeTravelSettings timeTravel) {

    /**
     * Views served from memory (issue 14): enabled false makes every request read and compute; maximum-weight is in
     * rows (a project's rows weigh their count, each view kept with them as much again).
     */
    public record ViewCacheSettings(
            @DefaultValue("true") boolean enabled,
            @PositiveOrZero @DefaultValue("100000") long maximumWeight) {}

    /** cached-events: how many events of replayed projects are kept for the next asOf/knownAt question. */
    public record TimeTravelSettings(
            @PositiveOrZero @DefaultValue("200000") long cachedEvents) {}
}
