package dk.samskabelse.journal.query.project;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.roles.Absence;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Per actor the role intervals; per date on which anything changed, how many actors hold each role. */
public record RolesView(List<ActorRoles> actors, List<RoleCount> distribution) {

    public record Interval(String entryId, Role role, LocalDate from, LocalDate to, String reason) {}

    /**
     * currentRoles: every role held now (seed 001's "dobbeltrolle"), currentRole the first of them; absences: each
     * time between a withdrawal and a rejoining (the last one open while the actor stays away).
     */
    public record ActorRoles(
            String actorId,
            String name,
            ActorKind kind,
            Sector sector,
            LocalDate joinedOn,
            LocalDate withdrawnOn,
            Role currentRole,
            List<Interval> intervals,
            List<Role> currentRoles,
            List<Absence> absences,
            boolean commercialSupplier) {

        public ActorRoles(
                String actorId,
                String name,
                ActorKind kind,
                Sector sector,
                LocalDate joinedOn,
                LocalDate withdrawnOn,
                Role currentRole,
                List<Interval> intervals) {
            this(
                    actorId,
                    name,
                    kind,
                    sector,
                    joinedOn,
                    withdrawnOn,
                    currentRole,
                    intervals,
                    currentRole == null ? List.of() : List.of(currentRole),
                    List.of(),
                    false);
        }
    }

    public record RoleCount(LocalDate date, Map<Role, Integer> counts) {}

    /** names: the display name per actor id, as the caller may see it (or a pseudonym). */
    public static RolesView from(ProjectData data, Function<String, String> names) {
        Map<String, List<RoleInterval>> byActor =
                data.roleIntervals().stream().collect(Collectors.groupingBy(RoleInterval::getActorId));
        List<ActorRoles> actors = new ArrayList<>();
        for (ActorRow actor : data.actors()) {
            List<Interval> intervals = byActor.getOrDefault(actor.getActorId(), List.of()).stream()
                    .map(i -> new Interval(i.getEntryId(), i.getRole(), i.getFromDate(), i.getToDate(), i.getReason()))
                    .toList();
            List<Role> current = actor.getWithdrawnOn() != null
                    ? List.of()
                    : intervals.stream()
                            .filter(i -> i.to() == null)
                            .map(Interval::role)
                            .distinct()
                            .toList();
            actors.add(new ActorRoles(
                    actor.getActorId(),
                    names.apply(actor.getActorId()),
                    actor.getKind(),
                    actor.getSector(),
                    actor.getJoinedOn(),
                    actor.getWithdrawnOn(),
                    current.isEmpty() ? null : current.get(0),
                    intervals,
                    current,
                    actor.getAbsences(),
                    actor.isCommercialSupplier()));
        }
        return new RolesView(actors, distribution(data.roleIntervals()));
    }

    /** The count at each date an interval begins or ends; an interval covers [from, to). */
    static List<RoleCount> distribution(List<RoleInterval> intervals) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        intervals.forEach(i -> {
            dates.add(i.getFromDate());
            if (i.getToDate() != null) {
                dates.add(i.getToDate());
            }
        });
        List<RoleCount> counts = new ArrayList<>();
        for (LocalDate date : dates) {
            Map<Role, Integer> count = new EnumMap<>(Role.class);
            for (RoleInterval i : intervals) {
                if (!i.getFromDate().isAfter(date) && (i.getToDate() == null || date.isBefore(i.getToDate()))) {
                    count.merge(i.getRole(), 1, Integer::sum);
                }
            }
            counts.add(new RoleCount(date, count));
        }
        return counts;
    }
}
