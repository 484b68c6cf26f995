package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.List;

/**
 * An actor as the journal page and the forms show it: display name, kind, current role, in and out. roles: every
 * role it holds now (several at once: seed 001's "dobbeltrolle"), empty while it is absent.
 */
record ActorLine(
        String actorId,
        String name,
        ActorKind kind,
        Role currentRole,
        LocalDate joinedOn,
        LocalDate withdrawnOn,
        List<Role> roles) {

    ActorLine(
            String actorId, String name, ActorKind kind, Role currentRole, LocalDate joinedOn, LocalDate withdrawnOn) {
        this(
                actorId,
                name,
                kind,
                currentRole,
                joinedOn,
                withdrawnOn,
                currentRole == null ? List.of() : List.of(currentRole));
    }

    /** The message keys of the roles it holds, for a list in the user's language. */
    public List<String> roleKeys() {
        return roles.stream().map(Labels::key).toList();
    }

    public boolean holdsSeveralRoles() {
        return roles.size() > 1;
    }

    public boolean active() {
        return withdrawnOn == null;
    }
}
