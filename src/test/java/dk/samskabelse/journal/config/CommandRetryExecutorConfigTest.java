package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

class CommandRetryExecutorConfigTest {

    @Test
    void closingTheContextShutsTheRetryExecutorDown() {
        ScheduledExecutorService executor;
        try (var context = new AnnotationConfigApplicationContext(CommandRetryExecutorConfig.class)) {
            executor =
                    context.getBean(CommandRetryExecutorConfig.COMMAND_RETRY_EXECUTOR, ScheduledExecutorService.class);
            assertThat(executor.isShutdown()).isFalse();
        }

        assertThat(executor.isShutdown()).isTrue();
    }

    @Test
    void retriesRunOnANamedDaemonThread() throws Exception {
        try (var context = new AnnotationConfigApplicationContext(CommandRetryExecutorConfig.class)) {
            var executor =
                    context.getBean(CommandRetryExecutorConfig.COMMAND_RETRY_EXECUTOR, ScheduledExecutorService.class);

            Thread thread = executor.submit(Thread::currentThread).get();

            assertThat(thread.getName()).isEqualTo("command-retry");
            assertThat(thread.isDaemon()).isTrue();
        }
    }
}
