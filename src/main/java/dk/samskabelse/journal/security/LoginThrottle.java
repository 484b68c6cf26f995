package dk.samskabelse.journal.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins in expiring Caffeine caches and locks logins so that guessing stays bounded while no one
 * address can lock out users who sign in correctly elsewhere, nor the administrator everywhere:
 * <ul>
 * <li>per account and address: from journal.login.account-failures failures on, that address is locked for that
 * account;</li>
 * <li>per account, from all addresses together: from account-total-failures on, every address that has failed for
 * the account within the window is locked for it; an address without failures for it (the user's own) is not, and
 * a new address that fails once is locked too, so a guesser gets one try per address and lock;</li>
 * <li>per address, whatever the names: from address-failures on, the address is locked for every account that has
 * not signed in successfully from it within known-address-for (users behind the same town hall address who signed
 * in there before keep signing in).</li>
 * </ul>
 * Each lock lasts journal.login.first-lock, twice as long with each further failure, up to longest-lock. A count is
 * forgotten a window after its last failure. A successful login clears the count of its account and address and
 * makes that address known for the account; it clears neither the account's total nor the address's count, so one's
 * own account cannot reset the guessing of others. Unknown and known names are counted alike, so a lock tells
 * nothing about which names exist. The counts are per journal instance (in memory).
 * <p>
 * An "address" is an IPv4 address as it is, and an IPv6 address by its /64 prefix: one client (a household, a
 * phone, a rented server) usually holds a whole /64 and could otherwise fail from a fresh address each time. An
 * IPv4-mapped IPv6 address (::ffff:10.0.0.1) counts as its IPv4 address.
 */
@Component
public class LoginThrottle {

    /** Keys at most held in memory per cache: bounds what a flood of invented names or addresses can cost. */
    private static final long MAX_KEYS = 100_000;
    /** The "address" of a login whose client address is not known (not over HTTP). */
    private static final String NO_ADDRESS = "";

    private record Failures(int count, long lockedUntilNanos) {}

    private final LoginThrottleProperties limits;
    private final Ticker ticker;
    private final Cache<String, Failures> pairs;
    private final Cache<String, Failures> accounts;
    private final Cache<String, Failures> addresses;
    private final Cache<String, Boolean> knownAddresses;

    @Autowired
    LoginThrottle(LoginThrottleProperties limits) {
        this(limits, Ticker.systemTicker());
    }

    LoginThrottle(LoginThrottleProperties limits, Ticker ticker) {
        this.limits = limits;
        this.ticker = ticker;
        this.pairs = cache(limits.window(), ticker);
        this.accounts = cache(limits.window(), ticker);
        this.addresses = cache(limits.window(), ticker);
        this.knownAddresses = Caffeine.newBuilder()
                .expireAfterWrite(limits.knownAddressFor())
                .maximumSize(MAX_KEYS)
                .ticker(ticker)
                .<String, Boolean>build();
    }

    /** How long logins for this account name from this address are still locked; empty when they are not. */
    public Optional<Duration> lockedFor(String username, String address) {
        String account = UserAccounts.normalise(username);
        String from = counted(address);
        String pair = pair(account, from);
        long until = lockedUntil(pairs, pair);
        if (pairs.getIfPresent(pair) != null) {
            until = Math.max(until, lockedUntil(accounts, account));
        }
        if (knownAddresses.getIfPresent(pair) == null) {
            until = Math.max(until, lockedUntil(addresses, from));
        }
        long now = ticker.read();
        return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
    }

    public void failed(String username, String address) {
        String account = UserAccounts.normalise(username);
        String from = counted(address);
        count(pairs, pair(account, from), limits.accountFailures());
        count(accounts, account, limits.accountTotalFailures());
        if (address != null) {
            count(addresses, from, limits.addressFailures());
        }
    }

    public void succeeded(String username, String address) {
        String pair = pair(UserAccounts.normalise(username), counted(address));
        pairs.invalidate(pair);
        knownAddresses.put(pair, Boolean.TRUE);
    }

    /**
     * What a client address is counted as: IPv4 as it is, IPv6 by its /64 prefix ("2001:db8:1:2:0:0:0:0/64"),
     * IPv4-mapped IPv6 as IPv4. Anything else (not an address literal) as it is; never a name lookup.
     */
    static String counted(String address) {
        if (address == null) {
            return NO_ADDRESS;
        }
        String literal = address.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.indexOf(':') < 0) {
            return literal;
        }
        try {
            // With a ':' this parses an IPv6 literal (or fails) and never asks DNS; it returns an IPv4-mapped
            // address as Inet4Address.
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet4Address) {
                return parsed.getHostAddress();
            }
            if (parsed instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(Arrays.copyOf(parsed.getAddress(), 8), 16);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
        } catch (UnknownHostException | SecurityException notAnAddress) {
            // counted as given
        }
        return literal;
    }

    private static String pair(String account, String address) {
        // A user name never contains a space (UserAccounts.USERNAME); an unknown one is counted as typed, normalised.
        return account + ' ' + address;
    }

    private void count(Cache<String, Failures> cache, String key, int limit) {
        cache.asMap().compute(key, (k, previous) -> {
            int count = previous == null ? 1 : previous.count() + 1;
            long lockedUntil =
                    count < limit ? 0 : ticker.read() + lock(count - limit).toNanos();
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
        return Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(MAX_KEYS)
                .ticker(ticker)
                .build();
    }
}
