package dk.samskabelse.journal.query.actorreport;

import dk.samskabelse.journal.api.ActorKind;
import java.time.LocalDate;

/**
 * An actor of a project as the administrator's personal-data page lists it: every actor ever registered,
 * also one whose registration was retracted (its register row may still hold a name). The name is null once
 * erased.
 */
public record ActorStatus(
        String actorId,
        String name,
        ActorKind kind,
        LocalDate joinedOn,
        boolean withdrawn,
        boolean registrationRetracted,
        boolean erased) {

    @Override
    public String toString() {
        return "ActorStatus[" + actorId + "]";
    }
}
