package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.typology.Quadrant;
import java.time.LocalDate;
import java.util.List;

/**
 * One seed case of the validation set (projections/validation/README.md): a small history written as journal
 * events, the classification its seed gives, the passage it rests on and what a model must show to agree.
 */
public record ValidationCase(
        String key,
        String name,
        String source,
        String passage,
        Quadrant classification,
        Expectation expectation,
        LocalDate startedOn,
        LocalDate endsOn,
        List<JournalEvent> events) {

    public ValidationCase {
        events = List.copyOf(events);
    }
}
