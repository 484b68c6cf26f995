package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.Role;
import java.util.List;

/** A role the model deliberately leaves without a signal, and why. */
public record RoleWithoutSignal(Role role, String reason, List<Citation> citations) {

    public RoleWithoutSignal {
        citations = List.copyOf(citations);
    }
}
