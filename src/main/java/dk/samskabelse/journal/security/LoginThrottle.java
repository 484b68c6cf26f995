package dk.samskabelse.journal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed logins per account name and per client address in expiring Caffeine caches. From the limit on,
 * every further failure locks logins for that key, first for journal.login.first-lock, then twice as long each
 * time up to journal.login.longest-lock. A count is forgotten a window after its last failure; a successful login
 * clears its account's count but not its address's, so that one's own account cannot reset the guessing of
 * others. Unknown and known names are counted alike, so the lock tells nothing about which names exist.
 */
@Component
public class LoginThrottle {

    /** Keys at most held in memory per cache: bounds what a flood of invented names or addresses can cost. */
    private static final long MAX_KEYS = 100_000;

    private record Failures(int count, long lockedUntilNanos) {
    }

    private final LoginThrottleProperties limits;
    private final Ticker ticker;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;

    @Autowired
    LoginThrottle(LoginThrottleProperties limits) {
        this(limits, Ticker.systemTicker());
    }

    LoginThrottle(LoginThrottleProperties limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.accounts = cache(limits.window(), ticker);
        this.addresses = cache(limits.window(), ticker);
    }

    /** How long logins for this account name or from this address are still locked; empty when they are not. */
    public Optional<Duration> lockedFor(String username, String address) {
        long now = ticker.read();
        long until = Math.max(lockedUntil(accounts, UserAccounts.normalise(username)), lockedUntil(addresses, address));
        return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
    }

    public void failed(String username, String address) {
        count(accounts, UserAccounts.normalise(username), limits.accountFailures());
        if (address != null) {
            count(addresses, address, limits.addressFailures());
        }
    }

    public void succeeded(String username) {
        accounts.invalidate(UserAccounts.normalise(username));
    }

    private void count(Cache<String, Failures> cache, String key, int limit) {
        cache.asMap().compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            long lockedUntil = count < limit ? 0 : ticker.read() + lock(count - limit).toNanos();
            return new Failures(count, lockedUntil);
        });
    }

    /** first-lock, doubled for every failure past the limit, never longer than longest-lock. */
    private Duration lock(int failuresPastLimit) {
        Duration lock = limits.firstLock();
        for (int i = 0; i < failuresPastLimit && lock.compareTo(limits.longestLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(limits.longestLock()) > 0 ? limits.longestLock() : lock;
    }

    private static long lockedUntil(Cache<String, Failures> cache, String key) {
        Failures failures = key == null ? null : cache.getIfPresent(key);
        return failures == null ? 0 : failures.lockedUntilNanos();
    }

    private static Cache<String, Failures> cache(Duration window, Ticker ticker) {
        return Caffeine.newBuilder().expireAfterWrite(window).maximumSize(MAX_KEYS).ticker(ticker).build();
    }
}
