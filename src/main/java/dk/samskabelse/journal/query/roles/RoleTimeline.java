package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.Role;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The role semantics of issue 12 (docs/events.md; docs/domain.md "rolle / rolleskift") as one pure function of an
 * actor's role facts in (date, sequence) order, shared by the role projection and the typology's history:
 * a registration starts {role}; a shift replaces fromRole (if the actor does not hold it, only possible for old
 * data: the single role if there is exactly one, else the new role is added); an addition adds; an end removes; a
 * withdrawal ends every role and starts an absence; a rejoining ends the absence with its roles (none named: the
 * roles held at the withdrawal). Seed 001: a "dobbeltrolle" is one actor holding two roles.
 */
public final class RoleTimeline {

    private RoleTimeline() {}

    /** The facts sorted as the rules read them: effective date, then the order they were recorded. */
    public static final Comparator<RoleFact> ORDER =
            Comparator.comparing(RoleFact::on).thenComparingLong(RoleFact::sequence);

    /** One role interval as the recomputation gives it. */
    public record Computed(
            String id,
            Role role,
            java.time.LocalDate from,
            java.time.LocalDate to,
            String endedBy,
            String reason,
            boolean shareable,
            String previous) {}

    /** The intervals and absences of an actor from its facts in (date, sequence) order. */
    public static Result compute(List<RoleFact> facts) {
        Map<Role, Computed> open = new LinkedHashMap<>();
        List<Computed> closed = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        List<Role> heldAtWithdrawal = List.of();
        Absence absence = null;
        for (RoleFact f : facts) {
            switch (f.kind()) {
                case REGISTERED ->
                    open.putIfAbsent(
                            f.role(), new Computed(f.entryId(), f.role(), f.on(), null, null, null, false, null));
                case SHIFTED -> {
                    Role from = f.fromRole() != null && open.containsKey(f.fromRole())
                            ? f.fromRole()
                            : open.size() == 1 ? open.keySet().iterator().next() : null;
                    String previous = null;
                    if (from != null) {
                        Computed ended = open.remove(from);
                        closed.add(end(ended, f));
                        previous = ended.id();
                    }
                    if (!open.containsKey(f.role())) {
                        open.put(
                                f.role(),
                                new Computed(
                                        f.entryId(),
                                        f.role(),
                                        f.on(),
                                        null,
                                        null,
                                        f.reason(),
                                        f.shareable(),
                                        previous));
                    }
                }
                case ADDED ->
                    open.putIfAbsent(
                            f.role(),
                            new Computed(f.entryId(), f.role(), f.on(), null, null, f.reason(), f.shareable(), null));
                case ENDED -> {
                    Computed ended = open.remove(f.role());
                    if (ended != null) {
                        closed.add(end(ended, f));
                    }
                }
                case WITHDRAWN -> {
                    if (absence == null) {
                        heldAtWithdrawal = List.copyOf(open.keySet());
                        open.values().forEach(c -> closed.add(end(c, f)));
                        open.clear();
                        absence = new Absence(f.entryId(), f.on(), null, null, f.reason(), f.shareable());
                    }
                }
                case REJOINED -> {
                    if (absence != null) {
                        absences.add(new Absence(
                                absence.withdrawalEntryId(),
                                absence.from(),
                                f.on(),
                                f.entryId(),
                                absence.reason(),
                                absence.reasonShareable()));
                        absence = null;
                        Set<Role> roles = new LinkedHashSet<>(f.roles().isEmpty() ? heldAtWithdrawal : f.roles());
                        boolean first = true;
                        for (Role role : roles) {
                            String id = first ? f.entryId() : f.entryId() + "/" + role.name();
                            open.put(role, new Computed(id, role, f.on(), null, null, f.reason(), f.shareable(), null));
                            first = false;
                        }
                    }
                }
            }
        }
        if (absence != null) {
            absences.add(absence);
        }
        List<Computed> all = new ArrayList<>(closed);
        all.addAll(open.values());
        all.sort(Comparator.comparing(Computed::from).thenComparing(Computed::id));
        return new Result(all, absences);
    }

    public record Result(List<Computed> intervals, List<Absence> absences) {}

    private static Computed end(Computed c, RoleFact by) {
        return new Computed(c.id(), c.role(), c.from(), by.on(), by.entryId(), c.reason(), c.shareable(), c.previous());
    }
}
