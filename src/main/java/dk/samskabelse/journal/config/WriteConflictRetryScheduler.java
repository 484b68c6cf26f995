package dk.samskabelse.journal.config;

import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.commandhandling.gateway.IntervalRetryScheduler;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Retries a command only when it lost a race for the project's next sequence number to another journal
 * process, or was refused on a stale cached copy of its project (StaleProjectCopy): the command is then re-run
 * on the fresh state. Every other failure (a refusal, a duplicate project id, a bug) is answered at once rather
 * than repeated.
 */
class WriteConflictRetryScheduler extends IntervalRetryScheduler {

    WriteConflictRetryScheduler(ScheduledExecutorService executor, int intervalMillis, int maxRetries) {
        super(IntervalRetryScheduler.builder()
                .retryExecutor(executor)
                .retryInterval(intervalMillis)
                .maxRetryCount(maxRetries));
    }

    @Override
    protected boolean isExplicitlyNonTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException) {
                return false;
            }
        }
        return true;
    }
}
