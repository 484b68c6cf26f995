package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;

import java.time.LocalDate;

/** An actor as the journal page and the forms show it: display name, kind, current role, in and out. */
record ActorLine(String actorId, String name, ActorKind kind, Role currentRole, LocalDate joinedOn,
                 LocalDate withdrawnOn) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
