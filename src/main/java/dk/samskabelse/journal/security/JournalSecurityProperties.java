package dk.samskabelse.journal.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * journal.admin-password: the first administrator's password (JOURNAL_ADMIN_PASSWORD; empty: none is created,
 * InitialUsers), and journal.security.bcrypt-strength: the password hashes' cost (BCrypt takes 4 to 31; tests use
 * 4 for speed). The login throttle has its own (LoginThrottleProperties).
 */
@Validated
@ConfigurationProperties("journal")
public record JournalSecurityProperties(
        @NotNull @DefaultValue("") String adminPassword,
        @Valid @DefaultValue Hashing security) {

    public record Hashing(
            @Min(4) @Max(31) @DefaultValue("10") int bcryptStrength) {}
}
