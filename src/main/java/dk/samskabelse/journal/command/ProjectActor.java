package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ACTOR_ABSENT;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_NOT_WITHDRAWN;
import static dk.samskabelse.journal.api.RejectionReason.ACTOR_WITHDRAWN;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.FROM_ROLE_REQUIRED;
import static dk.samskabelse.journal.api.RejectionReason.LAST_ROLE;
import static dk.samskabelse.journal.api.RejectionReason.PARTICIPANT_NOT_ACTIVE;
import static dk.samskabelse.journal.api.RejectionReason.ROLE_NOT_HELD;
import static dk.samskabelse.journal.api.RejectionReason.SAME_ROLE;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An actor's state inside one project: its kind and its dated facts, kept in journal order (effective date, then
 * the order they were recorded; docs/events.md). Role facts (registration, shift, added, ended, withdrawal,
 * rejoin) change the actor's set of roles and its presence; references (engagements and leadership actions naming
 * the actor) need the actor present on their date; mentions (a chef's reflection) only need the actor to exist.
 * On one date the references come after the role facts: an actor that withdraws on a date takes no part that day,
 * one that joins or rejoins on a date does.
 *
 * <p>Every rule about one actor is checked by walking this actor's facts alone, with the new fact slotted in at its
 * date (or the retracted one left out): a back-dated entry is judged as of its date, and an entry it would make
 * impossible later on is named in CONTRADICTS_LATER_ENTRY. The walk never touches another actor or the project's
 * other entries, so its cost is the size of this actor's history, not the project's.
 */
class ProjectActor {

    enum FactKind {
        REGISTERED,
        SHIFTED,
        ADDED,
        ENDED,
        WITHDRAWN,
        REJOINED,
        REFERENCE,
        MENTION;

        boolean isRoleFact() {
            return this != REFERENCE && this != MENTION;
        }
    }

    /**
     * One dated fact about the actor. role: the registered, added or ended role, or the new role of a shift;
     * fromRole: the replaced role of a shift; roles: the roles of a rejoin (empty: those held at the withdrawal);
     * type: the entry's kind, named in a rejection by its stored name.
     */
    record Fact(
            String entryId,
            long sequence,
            LocalDate date,
            FactKind kind,
            Role role,
            Role fromRole,
            List<Role> roles,
            EntryType type,
            boolean soleRoleShift) {

        static Fact of(String entryId, long sequence, LocalDate date, FactKind kind, EntryType type) {
            return new Fact(entryId, sequence, date, kind, null, null, List.of(), type, false);
        }

        Fact withRole(Role role) {
            return new Fact(entryId, sequence, date, kind, role, fromRole, roles, type, soleRoleShift);
        }

        Fact withShift(Role from, Role to) {
            return new Fact(entryId, sequence, date, kind, to, from, roles, type, soleRoleShift);
        }

        Fact withRoles(List<Role> rejoinedWith) {
            return new Fact(
                    entryId, sequence, date, kind, role, fromRole, List.copyOf(rejoinedWith), type, soleRoleShift);
        }

        Fact asSoleRoleShift() {
            return new Fact(entryId, sequence, date, kind, role, fromRole, roles, type, true);
        }
    }

    /** The sequence of a fact not yet recorded: on its date it comes after everything already in the journal. */
    static final long NEW = Long.MAX_VALUE;

    /** Journal order: date, then role facts before references, then the order of recording. */
    private static final Comparator<Fact> ORDER = Comparator.comparing(Fact::date)
            .thenComparing(fact -> fact.kind().isRoleFact() ? 0 : 1)
            .thenComparingLong(Fact::sequence);

    private final String actorId;
    private final String registrationEntryId;
    private final ActorKind kind;
    private final LocalDate joinedOn;
    private final List<Fact> facts = new ArrayList<>();
    /**
     * The facts that change the actor's roles or presence, in the same order: what its state on a date is walked
     * from. Every engagement adds a REFERENCE fact, so an active actor's facts grow with the project, and walking
     * all of them for each participant made a command's cost grow with the project's history (bench W1, issue 14).
     */
    private final List<Fact> roleFacts = new ArrayList<>();

    ProjectActor(
            String actorId, String registrationEntryId, long sequence, ActorKind kind, Role role, LocalDate joinedOn) {
        this.actorId = actorId;
        this.registrationEntryId = registrationEntryId;
        this.kind = kind;
        this.joinedOn = joinedOn;
        insert(Fact.of(registrationEntryId, sequence, joinedOn, FactKind.REGISTERED, EntryType.ACTOR_REGISTERED)
                .withRole(role));
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

    /** Whether any entry but the registration names the actor (a retraction of the registration must wait). */
    boolean isNamedByOtherEntries() {
        return facts.size() > 1;
    }

    void add(Fact recorded) {
        // A shift recorded while the actor held one role on its date replaced that role, whichever it was: a
        // step slotted in before it later changes which role that is, not the shift (see State.apply).
        Fact fact = recorded.kind() == FactKind.SHIFTED
                        && stateBefore(recorded).roles.size() == 1
                ? recorded.asSoleRoleShift()
                : recorded;
        insert(fact);
    }

    private void insert(Fact fact) {
        insertInOrder(facts, fact);
        if (fact.kind().isRoleFact()) {
            insertInOrder(roleFacts, fact);
        }
    }

    private static void insertInOrder(List<Fact> list, Fact fact) {
        int at = list.size();
        // Mostly recorded in date order: search from the end.
        while (at > 0 && ORDER.compare(list.get(at - 1), fact) > 0) {
            at--;
        }
        list.add(at, fact);
    }

    void remove(String entryId) {
        facts.removeIf(fact -> fact.entryId().equals(entryId));
        roleFacts.removeIf(fact -> fact.entryId().equals(entryId));
    }

    /** The roles held by the actor on this date, after everything recorded for that date (empty when absent). */
    Set<Role> rolesOn(LocalDate date) {
        return stateBefore(Fact.of(null, NEW, date, FactKind.REFERENCE, null)).roles;
    }

    /** Whether the actor takes part in the project on this date (joined, and not between a withdrawal and a rejoin). */
    boolean isPresentOn(LocalDate date) {
        return stateBefore(Fact.of(null, NEW, date, FactKind.REFERENCE, null)).present;
    }

    /**
     * The fact to record for a shift to {@code to} on this date: the replaced role is the given one, or, when none is
     * given, the one role the actor holds then (FROM_ROLE_REQUIRED when it holds several).
     */
    Role replacedRole(LocalDate date, Role from) {
        if (from != null) {
            return from;
        }
        Set<Role> held = rolesOn(date);
        if (held.size() > 1) {
            throw new JournalRejection(
                    FROM_ROLE_REQUIRED,
                    "fromRole",
                    "The actor holds " + held + " on " + date + "; say which role the new one replaces");
        }
        return held.isEmpty() ? null : held.iterator().next();
    }

    /**
     * Checks the actor's facts with {@code added} slotted in at its date and the fact of {@code removedEntryId} left
     * out (either may be null). A problem with the added fact itself is refused with its own reason; a problem it
     * (or the removal) causes in any later fact is refused as CONTRADICTS_LATER_ENTRY naming the first such fact.
     */
    void check(Fact added, String removedEntryId) {
        State state = new State();
        List<Fact> ordered = JournalOrder.withChange(facts, added, removedEntryId, ORDER, Fact::entryId);
        for (Fact fact : ordered) {
            JournalRejection problem = state.apply(fact);
            if (problem != null) {
                if (fact == added) {
                    throw problem;
                }
                throw contradiction(fact, problem);
            }
        }
    }

    private static JournalRejection contradiction(Fact later, JournalRejection problem) {
        return new JournalRejection(
                CONTRADICTS_LATER_ENTRY,
                "effectiveOn",
                "The entry would make the later entry "
                        + later.entryId() + " (" + later.type() + ", " + later.date() + ") impossible: "
                        + problem.getMessage(),
                later.date(),
                later.entryId(),
                later.type().storedName());
    }

    private State stateBefore(Fact probe) {
        State state = new State();
        // Only role facts change the state (State.apply: a REFERENCE or MENTION changes nothing).
        for (Fact fact : roleFacts) {
            if (ORDER.compare(fact, probe) > 0) {
                break;
            }
            state.apply(fact);
        }
        return state;
    }

    /** The actor's roles and presence while walking its facts. */
    private final class State {
        private boolean present;
        private final Set<Role> roles = EnumSet.noneOf(Role.class);
        private final Set<Role> heldAtWithdrawal = EnumSet.noneOf(Role.class);

        /** Applies the fact, or answers why it cannot happen at this point (state unchanged then). */
        JournalRejection apply(Fact fact) {
            switch (fact.kind()) {
                case REGISTERED -> {
                    present = true;
                    roles.clear();
                    roles.add(fact.role());
                }
                case SHIFTED -> {
                    if (!present) {
                        return absent(fact);
                    }
                    Role from = fact.fromRole();
                    // The stored fromRole names the role replaced as the journal knew it when the shift was
                    // recorded. A shift recorded of an actor with one role, which still has one role here, replaces
                    // that role, whatever a step slotted in before it since: a forgotten intermediate step
                    // (FACILITATOR -> [KATALYSATOR] -> LIGEVAERDIG_DELTAGER) slots in without retracting the later
                    // shift (issue 12). With several roles the replaced role has to be one of them.
                    if (fact.soleRoleShift() && roles.size() == 1) {
                        from = roles.iterator().next();
                    }
                    if (from == null || !roles.contains(from)) {
                        return new JournalRejection(
                                ROLE_NOT_HELD,
                                "fromRole",
                                "The actor does not hold " + from + " on " + fact.date(),
                                from);
                    }
                    if (roles.contains(fact.role())) {
                        return sameRole(fact);
                    }
                    roles.remove(from);
                    roles.add(fact.role());
                }
                case ADDED -> {
                    if (!present) {
                        return absent(fact);
                    }
                    if (roles.contains(fact.role())) {
                        return sameRole(fact);
                    }
                    roles.add(fact.role());
                }
                case ENDED -> {
                    if (!present) {
                        return absent(fact);
                    }
                    if (!roles.contains(fact.role())) {
                        return new JournalRejection(
                                ROLE_NOT_HELD,
                                "role",
                                "The actor does not hold " + fact.role() + " on " + fact.date(),
                                fact.role());
                    }
                    if (roles.size() == 1) {
                        return new JournalRejection(
                                LAST_ROLE, "role", "The actor's only role cannot end; the actor withdraws instead");
                    }
                    roles.remove(fact.role());
                }
                case WITHDRAWN -> {
                    if (!present) {
                        return new JournalRejection(
                                ACTOR_WITHDRAWN, "actorId", "The actor has already withdrawn by " + fact.date());
                    }
                    heldAtWithdrawal.clear();
                    heldAtWithdrawal.addAll(roles);
                    roles.clear();
                    present = false;
                }
                case REJOINED -> {
                    if (present) {
                        return new JournalRejection(
                                ACTOR_NOT_WITHDRAWN,
                                "actorId",
                                "The actor takes part in the project on " + fact.date(),
                                fact.date());
                    }
                    roles.clear();
                    roles.addAll(fact.roles().isEmpty() ? heldAtWithdrawal : fact.roles());
                    present = true;
                }
                case REFERENCE -> {
                    if (!present) {
                        return new JournalRejection(
                                PARTICIPANT_NOT_ACTIVE,
                                "actorId",
                                "Actor " + actorId + " was not part of the project on " + fact.date(),
                                actorId,
                                fact.date());
                    }
                }
                case MENTION -> {
                    // A reflection may name an actor on any date.
                }
            }
            return null;
        }

        private JournalRejection absent(Fact fact) {
            return new JournalRejection(
                    ACTOR_ABSENT,
                    "effectiveOn",
                    "The actor was not part of the project on " + fact.date(),
                    fact.date());
        }

        private JournalRejection sameRole(Fact fact) {
            return new JournalRejection(
                    SAME_ROLE,
                    "role",
                    "The actor already holds role " + fact.role() + " on " + fact.date(),
                    fact.role());
        }
    }
}
