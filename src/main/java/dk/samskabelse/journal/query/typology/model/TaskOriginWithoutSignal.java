package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.TaskOrigin;
import java.util.List;

/** A task origin the model deliberately leaves without a signal, and why. */
public record TaskOriginWithoutSignal(TaskOrigin origin, String reason, List<Citation> citations) {

    public TaskOriginWithoutSignal {
        citations = List.copyOf(citations);
    }
}
