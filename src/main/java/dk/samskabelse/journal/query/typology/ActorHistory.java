package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One actor's course through a project: active from joining (inclusive) until withdrawal (exclusive), with the
 * role intervals in date order. The same rule as the write side (command.ProjectActor#isActiveOn).
 */
public record ActorHistory(
        String actorId,
        ActorKind kind,
        Sector sector,
        LocalDate joinedOn,
        Optional<LocalDate> withdrawnOn,
        List<RoleInterval> roles,
        boolean commercialSupplier) {

    public ActorHistory {
        roles = List.copyOf(roles);
    }

    public ActorHistory(
            String actorId,
            ActorKind kind,
            Sector sector,
            LocalDate joinedOn,
            Optional<LocalDate> withdrawnOn,
            List<RoleInterval> roles) {
        this(actorId, kind, sector, joinedOn, withdrawnOn, roles, false);
    }

    /**
     * Every role held on a date, each once, in the order their intervals began (seed 001's "dobbeltrolle": one
     * actor, several roles). Empty before joining, during an absence (the role intervals end at a withdrawal and
     * begin again at a rejoining) and from a final withdrawal on.
     */
    public List<Role> rolesOn(LocalDate date) {
        if (!activeOn(date)) {
            return List.of();
        }
        return roles.stream()
                .filter(interval -> interval.covers(date))
                .map(RoleInterval::role)
                .distinct()
                .toList();
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joinedOn) && withdrawnOn.map(date::isBefore).orElse(true);
    }

    /** The role held on a date; empty before joining and from the withdrawal on. */
    public Optional<Role> roleOn(LocalDate date) {
        if (!activeOn(date)) {
            return Optional.empty();
        }
        return rolesOn(date).stream().findFirst();
    }
}
