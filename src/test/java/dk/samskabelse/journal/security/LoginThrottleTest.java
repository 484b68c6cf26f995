package dk.samskabelse.journal.security;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle's counting on a clock the test moves: limits, doubling locks, the window, success. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(3, 5,
            Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(4)), ticker);

    @Test
    void anAccountIsLockedFromItsLimitOnWithDoublingLocksUpToTheLongest() {
        fail("leder", "10.0.0.1", 2);
        assertThat(throttle.lockedFor("leder", "10.0.0.2")).isEmpty();

        fail("leder", "10.0.0.2", 1);
        assertThat(throttle.lockedFor("leder", "10.0.0.3")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("LEDER ", "10.0.0.3")).as("names are compared as stored")
                .contains(Duration.ofMinutes(1));

        fail("leder", "10.0.0.3", 1);
        assertThat(throttle.lockedFor("leder", null)).contains(Duration.ofMinutes(2));
        fail("leder", "10.0.0.4", 1);
        assertThat(throttle.lockedFor("leder", null)).contains(Duration.ofMinutes(4));
        fail("leder", "10.0.0.5", 1);
        assertThat(throttle.lockedFor("leder", null)).as("never longer than the longest lock")
                .contains(Duration.ofMinutes(4));

        advance(Duration.ofMinutes(4).plusSeconds(1));
        assertThat(throttle.lockedFor("leder", null)).isEmpty();
        assertThat(throttle.lockedFor("chef", null)).as("other accounts are not locked").isEmpty();
    }

    @Test
    void anAddressIsLockedWhateverTheNamesTried() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("navn-" + i, "10.0.0.9");
        }

        assertThat(throttle.lockedFor("helt-ny", "10.0.0.9")).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockedFor("helt-ny", "10.0.0.10")).isEmpty();
    }

    @Test
    void aSuccessClearsTheAccountButNotTheAddress() {
        fail("leder", "10.0.0.1", 2);
        throttle.succeeded("leder");
        fail("leder", "10.0.0.1", 2);
        assertThat(throttle.lockedFor("leder", "10.0.0.2")).isEmpty();
        fail("chef", "10.0.0.1", 1);
        assertThat(throttle.lockedFor("forsker", "10.0.0.1")).as("five failures from the address").isPresent();
    }

    @Test
    void failuresAreForgottenAWindowAfterTheLast() {
        fail("leder", "10.0.0.1", 2);
        advance(Duration.ofMinutes(16));
        fail("leder", "10.0.0.1", 2);

        assertThat(throttle.lockedFor("leder", "10.0.0.2")).isEmpty();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }
}
