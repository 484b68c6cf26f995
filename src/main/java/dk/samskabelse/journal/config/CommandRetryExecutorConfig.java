package dk.samskabelse.journal.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The thread that re-sends commands after a write conflict (WriteConflictRetryScheduler). A Spring bean so it is
 * shut down with the context: a retry still pending then would run against a closing command bus.
 */
@Configuration(proxyBeanMethods = false)
class CommandRetryExecutorConfig {

    static final String COMMAND_RETRY_EXECUTOR = "commandRetryExecutor";

    @Bean(name = COMMAND_RETRY_EXECUTOR, destroyMethod = "shutdownNow")
    ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }
}
