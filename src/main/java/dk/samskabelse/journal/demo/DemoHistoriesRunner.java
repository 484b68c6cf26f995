package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.config.DemoMode;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the demo histories once the journal is up, in demo mode or when asked with --journal.demo-load, on a
 * thread of its own: the web server answers from the first second, and the portfolio fills while it runs.
 */
@Component
class DemoHistoriesRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistoriesRunner.class);

    private final DemoMode demoMode;
    private final DemoLoader loader;
    private final boolean asked;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile DemoLoader.Result result;

    DemoHistoriesRunner(DemoMode demoMode, DemoLoader loader, @Value("${journal.demo-load:false}") String demoLoad) {
        this.demoMode = demoMode;
        this.loader = loader;
        // `--journal.demo-load` without a value arrives as an empty string.
        this.asked = demoLoad != null && !demoLoad.strip().equalsIgnoreCase("false");
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!demoMode.enabled() && !asked) {
            done.countDown();
            return;
        }
        Thread thread = new Thread(this::load, "demo-histories");
        thread.setDaemon(true);
        thread.start();
    }

    private void load() {
        try {
            DemoLoader.Result loaded = loader.loadIntoEmptyJournal();
            result = loaded;
            if (loaded.loaded()) {
                log.info(
                        "Loaded {} demo histories ({} entries) in {} ms",
                        loaded.histories(),
                        loaded.entries(),
                        loaded.took().toMillis());
            } else {
                log.info("Demo histories not loaded: {}", loaded.skipped());
            }
        } catch (RuntimeException e) {
            log.error("Demo histories could not be loaded: {}", e.getMessage(), e);
        } finally {
            done.countDown();
        }
    }

    /** The outcome of the start-up load once it has finished; empty if it failed or the time ran out. */
    Optional<DemoLoader.Result> awaitLoaded(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.ofNullable(result) : Optional.empty();
    }
}
