package dk.samskabelse.journal.web.api;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** journal.api.max-request-bytes: request bodies over this are refused with 413 before they are parsed. */
@Validated
@ConfigurationProperties("journal.api")
public record ApiProperties(
        @Positive @DefaultValue("262144") long maxRequestBytes) {}
