package dk.samskabelse.journal.demo;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/** For tests outside this package: waits until the demo histories loaded at start-up are in the journal. */
public final class DemoLoaded {

    private DemoLoaded() {}

    /** The number of demo entries loaded; fails if the load failed, was skipped or took longer than the timeout. */
    public static int await(ApplicationContext context, Duration timeout) throws InterruptedException {
        DemoLoader.Result result = context.getBean(DemoHistoriesRunner.class)
                .awaitLoaded(timeout)
                .orElseThrow(() -> new IllegalStateException("The demo histories did not load within " + timeout));
        if (!result.loaded()) {
            throw new IllegalStateException("The demo histories were not loaded: " + result.skipped());
        }
        return result.entries();
    }
}
