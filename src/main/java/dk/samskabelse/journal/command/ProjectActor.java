package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An actor's state inside one project: kind, the dated role spans (registration first, then each shift) and
 * whether the actor has withdrawn. Retracting the newest span restores the previous role.
 */
class ProjectActor {

    record RoleSpan(String entryId, Role role, LocalDate since) {
    }

    private final String actorId;
    private final String registrationEntryId;
    private final ActorKind kind;
    private final LocalDate joinedOn;
    private final List<RoleSpan> roles = new ArrayList<>();
    private String withdrawalEntryId;
    private LocalDate withdrawnOn;

    ProjectActor(String actorId, String registrationEntryId, ActorKind kind, Role role, LocalDate joinedOn) {
        this.actorId = actorId;
        this.registrationEntryId = registrationEntryId;
        this.kind = kind;
        this.joinedOn = joinedOn;
        roles.add(new RoleSpan(registrationEntryId, role, joinedOn));
    }

    String actorId() {
        return actorId;
    }

    String registrationEntryId() {
        return registrationEntryId;
    }

    ActorKind kind() {
        return kind;
    }

    LocalDate joinedOn() {
        return joinedOn;
    }

    Role currentRole() {
        return latestSpan().role();
    }

    LocalDate currentRoleSince() {
        return latestSpan().since();
    }

    String latestRoleEntryId() {
        return latestSpan().entryId();
    }

    boolean hasRoleShifts() {
        return roles.size() > 1;
    }

    boolean isWithdrawn() {
        return withdrawalEntryId != null;
    }

    String withdrawalEntryId() {
        return withdrawalEntryId;
    }

    LocalDate withdrawnOn() {
        return withdrawnOn;
    }

    boolean isActiveOn(LocalDate date) {
        return !date.isBefore(joinedOn) && (withdrawnOn == null || date.isBefore(withdrawnOn));
    }

    void shiftRole(String entryId, Role role, LocalDate since) {
        roles.add(new RoleSpan(entryId, role, since));
    }

    void retractLatestRoleShift() {
        roles.remove(roles.size() - 1);
    }

    void withdraw(String entryId, LocalDate on) {
        withdrawalEntryId = entryId;
        withdrawnOn = on;
    }

    void undoWithdrawal() {
        withdrawalEntryId = null;
        withdrawnOn = null;
    }

    private RoleSpan latestSpan() {
        return roles.get(roles.size() - 1);
    }
}
