package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TypologyDeclared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the typology needs of one project's journal: the actors with their role intervals, the engagements and
 * the declared placements. Retracted entries are left out entirely: a retraction corrects the record, so the
 * history reads as if the entry had never been written (DOMAIN.md "Two clocks"). Entries are ordered by effective
 * date, entries of the same date in stored order, so a backdated entry slots in at its place.
 */
public record ProjectHistory(List<ActorHistory> actors, List<Engagement> engagements,
                             List<DeclaredPlacement> declarations) {

    public ProjectHistory {
        actors = actors.stream().sorted(Comparator.comparing(ActorHistory::actorId)).toList();
        // Stable sorts: entries of the same date keep the order they were given in (the stored order).
        engagements = engagements.stream().sorted(Comparator.comparing(Engagement::occurredOn)).toList();
        declarations = declarations.stream().sorted(Comparator.comparing(DeclaredPlacement::effectiveOn)).toList();
    }

    /** Builds the history from a project's events in stored order. */
    public static ProjectHistory of(List<? extends JournalEvent> events) {
        Set<String> projects = new HashSet<>();
        Set<String> retracted = new HashSet<>();
        for (JournalEvent event : events) {
            projects.add(event.projectId());
            if (event instanceof EntryRetracted retraction) {
                retracted.add(retraction.retractedEntryId());
            }
        }
        if (projects.size() > 1) {
            throw new IllegalArgumentException("Events of more than one project: " + projects);
        }
        List<JournalEvent> kept = events.stream()
                .filter(event -> !(event instanceof EntryRetracted) && !retracted.contains(event.entryId()))
                .map(JournalEvent.class::cast)
                // Stable sort: the stored order decides between entries of the same effective date.
                .sorted(Comparator.comparing(JournalEvent::effectiveOn))
                .toList();

        Map<String, ActorRegistered> registrations = new LinkedHashMap<>();
        Map<String, List<RoleShifted>> shifts = new LinkedHashMap<>();
        Map<String, LocalDate> withdrawals = new LinkedHashMap<>();
        for (JournalEvent event : kept) {
            if (event instanceof ActorRegistered registered) {
                registrations.putIfAbsent(registered.actorId(), registered);
            } else if (event instanceof RoleShifted shifted) {
                shifts.computeIfAbsent(shifted.actorId(), id -> new ArrayList<>()).add(shifted);
            } else if (event instanceof ActorWithdrawn withdrawn) {
                withdrawals.putIfAbsent(withdrawn.actorId(), withdrawn.effectiveOn());
            }
        }

        List<ActorHistory> actors = new ArrayList<>();
        for (ActorRegistered registered : registrations.values()) {
            Optional<LocalDate> withdrawnOn = Optional.ofNullable(withdrawals.get(registered.actorId()))
                    .map(date -> date.isBefore(registered.effectiveOn()) ? registered.effectiveOn() : date);
            actors.add(new ActorHistory(registered.actorId(), registered.kind(), sector(registered),
                    registered.effectiveOn(), withdrawnOn,
                    intervals(registered, shifts.getOrDefault(registered.actorId(), List.of()), withdrawnOn)));
        }

        List<Engagement> engagements = new ArrayList<>();
        List<DeclaredPlacement> declarations = new ArrayList<>();
        for (JournalEvent event : kept) {
            if (event instanceof EngagementRecorded recorded) {
                engagements.add(engagement(recorded, registrations));
            } else if (event instanceof TypologyDeclared declared) {
                declarations.add(new DeclaredPlacement(declared.entryId(), declared.effectiveOn(),
                        new TypologyPoint(declared.openness(), declared.centrality()), declared.rationale()));
            }
        }
        return new ProjectHistory(actors, engagements, declarations);
    }

    public Optional<ActorHistory> actor(String actorId) {
        return actors.stream().filter(actor -> actor.actorId().equals(actorId)).findFirst();
    }

    /** The declaration in force on a date: the latest one dated on or before it. */
    public Optional<DeclaredPlacement> declaredOn(LocalDate date) {
        return declaredOn(declarations, date);
    }

    static Optional<DeclaredPlacement> declaredOn(List<DeclaredPlacement> declarations, LocalDate date) {
        DeclaredPlacement inForce = null;
        for (DeclaredPlacement declaration : declarations) {
            if (!declaration.effectiveOn().isAfter(date)) {
                inForce = declaration;
            }
        }
        return Optional.ofNullable(inForce);
    }

    private static Sector sector(ActorRegistered registered) {
        return registered.sector() != null ? registered.sector() : registered.kind().sector();
    }

    /**
     * Registration role from joining, then each shift from its date; a shift on the same date as the previous
     * change replaces it. Everything ends at the withdrawal.
     */
    private static List<RoleInterval> intervals(ActorRegistered registered, List<RoleShifted> shifts,
                                                Optional<LocalDate> withdrawnOn) {
        List<Role> roles = new ArrayList<>(List.of(registered.role()));
        List<LocalDate> starts = new ArrayList<>(List.of(registered.effectiveOn()));
        for (RoleShifted shift : shifts) {
            LocalDate from = shift.effectiveOn().isBefore(registered.effectiveOn())
                    ? registered.effectiveOn() : shift.effectiveOn();
            int last = starts.size() - 1;
            if (from.equals(starts.get(last))) {
                roles.set(last, shift.toRole());
            } else {
                roles.add(shift.toRole());
                starts.add(from);
            }
        }
        List<RoleInterval> intervals = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            LocalDate from = starts.get(i);
            Optional<LocalDate> until = i + 1 < starts.size() ? Optional.of(starts.get(i + 1)) : Optional.empty();
            if (withdrawnOn.isPresent() && (until.isEmpty() || withdrawnOn.get().isBefore(until.get()))) {
                until = withdrawnOn;
            }
            if (until.isEmpty() || from.isBefore(until.get())) {
                intervals.add(new RoleInterval(roles.get(i), from, until));
            }
        }
        return intervals;
    }

    private static Engagement engagement(EngagementRecorded recorded, Map<String, ActorRegistered> registrations) {
        List<Participant> participants = new ArrayList<>();
        List<Participation> participations = recorded.participants() == null ? List.of() : recorded.participants();
        for (Participation participation : participations) {
            // A participant whose registration was retracted is no longer known; the write side forbids this
            // (ENTRY_STILL_REFERENCED), so it only happens with inconsistent input.
            ActorRegistered actor = registrations.get(participation.actorId());
            if (actor != null) {
                participants.add(new Participant(participation.actorId(), sector(actor), participation.influence()));
            }
        }
        Optional<Sector> initiatorSector = Optional.ofNullable(recorded.initiatedBy())
                .map(registrations::get).map(ProjectHistory::sector);
        String engagementId = recorded.engagementId() != null ? recorded.engagementId() : recorded.entryId();
        return new Engagement(engagementId, recorded.effectiveOn(), recorded.kind(), recorded.initiatedBy(),
                initiatorSector, participants);
    }
}
