package dk.samskabelse.journal.config;

import dk.samskabelse.journal.api.JournalRejection;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * A command was refused on a cached copy of its project that is older than the stored project; a write conflict
 * like any other, so WriteConflictRetryScheduler has it retried on the fresh project.
 */
class StaleProjectCopy extends ConcurrencyException {

    StaleProjectCopy(JournalRejection refusal) {
        super(
                "Refused on a stale cached copy of the project, retried on the stored project: " + refusal.getMessage(),
                refusal);
    }
}
