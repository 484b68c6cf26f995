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
public record ActorHistory(String actorId, ActorKind kind, Sector sector, LocalDate joinedOn,
                           Optional<LocalDate> withdrawnOn, List<RoleInterval> roles) {

    public ActorHistory {
        roles = List.copyOf(roles);
    }

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(joinedOn) && withdrawnOn.map(date::isBefore).orElse(true);
    }

    /** The role held on a date; empty before joining and from the withdrawal on. */
    public Optional<Role> roleOn(LocalDate date) {
        if (!activeOn(date)) {
            return Optional.empty();
        }
        return roles.stream().filter(interval -> interval.covers(date)).map(RoleInterval::role).findFirst();
    }
}
