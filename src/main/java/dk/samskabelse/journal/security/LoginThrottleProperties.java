package dk.samskabelse.journal.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * journal.login.*: how many failed logins an account and a client address may have within the window before
 * logins from them are locked, and how long the first and the longest lock last (each further failure doubles it).
 * The address limit is higher because a town hall's users may share one address.
 */
@ConfigurationProperties("journal.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("15m") Duration longestLock) {
}
