package dk.samskabelse.journal.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * journal.login.* (security/LoginThrottle):
 * <ul>
 * <li>account-failures: failed logins for one account from one address before that address is locked for that
 * account;</li>
 * <li>account-total-failures: failed logins for one account from all addresses together before every address that
 * has failed for it is locked for it (an address that has not failed for it still signs in);</li>
 * <li>address-failures: failed logins from one address, whatever the names, before it is locked for every account
 * that has not signed in from it within known-address-for (a town hall's users share one address and keep signing
 * in);</li>
 * <li>window: how long a failure is remembered after the last one; first-lock and longest-lock: how long a lock
 * lasts, doubling with each further failure.</li>
 * </ul>
 */
@ConfigurationProperties("journal.login")
public record LoginThrottleProperties(
        @DefaultValue("5") int accountFailures,
        @DefaultValue("20") int accountTotalFailures,
        @DefaultValue("20") int addressFailures,
        @DefaultValue("15m") Duration window,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("15m") Duration longestLock,
        @DefaultValue("30d") Duration knownAddressFor) {}
