package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.query.roles.Absence;
import dk.samskabelse.journal.query.roles.RoleFact;
import dk.samskabelse.journal.query.roles.RoleTimeline;
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
 * the declared placements (of every perspective; drift uses the project's own). Retracted entries are left out
 * entirely: a retraction corrects the record, so the history reads as if the entry had never been written
 * (docs/domain.md "Two clocks"). Entries are ordered by effective date, entries of the same date in stored order, so a
 * backdated entry slots in at its place.
 */
public record ProjectHistory(
        List<ActorHistory> actors,
        List<Engagement> engagements,
        List<DeclaredPlacement> declarations,
        Optional<TaskOrigin> taskOrigin) {

    /** A history without a recorded task origin. */
    public ProjectHistory(
            List<ActorHistory> actors, List<Engagement> engagements, List<DeclaredPlacement> declarations) {
        this(actors, engagements, declarations, Optional.empty());
    }

    public ProjectHistory {
        taskOrigin = taskOrigin == null ? Optional.empty() : taskOrigin;
        actors = actors.stream()
                .sorted(Comparator.comparing(ActorHistory::actorId))
                .toList();
        // Stable sorts: entries of the same date keep the order they were given in (the stored order).
        engagements = engagements.stream()
                .sorted(Comparator.comparing(Engagement::occurredOn))
                .toList();
        declarations = declarations.stream()
                .sorted(Comparator.comparing(DeclaredPlacement::effectiveOn))
                .toList();
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
        Map<String, List<RoleFact>> facts = new LinkedHashMap<>();
        for (int i = 0; i < kept.size(); i++) {
            JournalEvent event = kept.get(i);
            RoleFact fact = roleFact(event, i);
            if (event instanceof ActorRegistered registered) {
                if (registrations.putIfAbsent(registered.actorId(), registered) != null) {
                    continue;
                }
            }
            if (fact != null) {
                facts.computeIfAbsent(actorOf(event), id -> new ArrayList<>()).add(fact);
            }
        }

        List<ActorHistory> actors = new ArrayList<>();
        for (ActorRegistered registered : registrations.values()) {
            List<RoleFact> own = new ArrayList<>(facts.getOrDefault(registered.actorId(), List.of()));
            // A fact dated before the joining counts from the joining (only possible for inconsistent input).
            own.replaceAll(f -> f.on().isBefore(registered.effectiveOn())
                    ? new RoleFact(
                            f.entryId(),
                            f.sequence(),
                            f.kind(),
                            registered.effectiveOn(),
                            f.fromRole(),
                            f.roles(),
                            f.reason(),
                            f.shareable())
                    : f);
            own.sort(RoleTimeline.ORDER);
            RoleTimeline.Result timeline = RoleTimeline.compute(own);
            List<RoleInterval> intervals = timeline.intervals().stream()
                    .filter(c -> c.to() == null || c.from().isBefore(c.to()))
                    .map(c -> new RoleInterval(c.role(), c.from(), Optional.ofNullable(c.to())))
                    .toList();
            Optional<LocalDate> withdrawnOn = timeline.absences().stream()
                    .filter(a -> a.to() == null)
                    .map(Absence::from)
                    .findFirst();
            actors.add(new ActorHistory(
                    registered.actorId(),
                    registered.kind(),
                    sector(registered),
                    registered.effectiveOn(),
                    withdrawnOn,
                    intervals,
                    registered.commercialSupplier()));
        }

        List<Engagement> engagements = new ArrayList<>();
        List<DeclaredPlacement> declarations = new ArrayList<>();
        TaskOrigin taskOrigin = null;
        for (JournalEvent event : kept) {
            if (event instanceof ProjectClarified clarified && clarified.taskOrigin() != null) {
                // The latest clarification stating an origin decides (kept is in effective-date order).
                taskOrigin = clarified.taskOrigin();
            } else if (event instanceof EngagementRecorded recorded) {
                engagements.add(engagement(recorded, registrations));
            } else if (event instanceof TypologyDeclared declared) {
                declarations.add(new DeclaredPlacement(
                        declared.entryId(),
                        declared.effectiveOn(),
                        new TypologyPoint(declared.openness(), declared.centrality()),
                        declared.rationale(),
                        declared.perspective(),
                        declared.actorId()));
            }
        }
        return new ProjectHistory(actors, engagements, declarations, Optional.ofNullable(taskOrigin));
    }

    public Optional<ActorHistory> actor(String actorId) {
        return actors.stream().filter(actor -> actor.actorId().equals(actorId)).findFirst();
    }

    /** The project's own declarations (CHEF, PROJEKTLEDER, not recorded), in date order: what drift measures. */
    public List<DeclaredPlacement> ownDeclarations() {
        return declarations.stream().filter(DeclaredPlacement::isOwn).toList();
    }

    /** The project's own declaration in force on a date: the latest one dated on or before it. */
    public Optional<DeclaredPlacement> declaredOn(LocalDate date) {
        return declaredOn(ownDeclarations(), date);
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
        return registered.sector() != null
                ? registered.sector()
                : registered.kind().sector();
    }

    /** The role fact an event is, with its place in the stored order as its sequence; else null. */
    private static RoleFact roleFact(JournalEvent event, long sequence) {
        if (event instanceof ActorRegistered e) {
            return new RoleFact(
                    e.entryId(),
                    sequence,
                    RoleFact.Kind.REGISTERED,
                    e.effectiveOn(),
                    null,
                    List.of(e.role()),
                    null,
                    false);
        } else if (event instanceof RoleShifted e) {
            return new RoleFact(
                    e.entryId(),
                    sequence,
                    RoleFact.Kind.SHIFTED,
                    e.effectiveOn(),
                    e.fromRole(),
                    List.of(e.toRole()),
                    null,
                    false);
        } else if (event instanceof RoleAdded e) {
            return new RoleFact(
                    e.entryId(), sequence, RoleFact.Kind.ADDED, e.effectiveOn(), null, List.of(e.role()), null, false);
        } else if (event instanceof RoleEnded e) {
            return new RoleFact(
                    e.entryId(), sequence, RoleFact.Kind.ENDED, e.effectiveOn(), null, List.of(e.role()), null, false);
        } else if (event instanceof ActorWithdrawn e) {
            return new RoleFact(
                    e.entryId(), sequence, RoleFact.Kind.WITHDRAWN, e.effectiveOn(), null, List.of(), null, false);
        } else if (event instanceof ActorRejoined e) {
            return new RoleFact(
                    e.entryId(), sequence, RoleFact.Kind.REJOINED, e.effectiveOn(), null, e.roles(), null, false);
        }
        return null;
    }

    private static String actorOf(JournalEvent event) {
        if (event instanceof ActorRegistered e) {
            return e.actorId();
        } else if (event instanceof RoleShifted e) {
            return e.actorId();
        } else if (event instanceof RoleAdded e) {
            return e.actorId();
        } else if (event instanceof RoleEnded e) {
            return e.actorId();
        } else if (event instanceof ActorWithdrawn e) {
            return e.actorId();
        } else if (event instanceof ActorRejoined e) {
            return e.actorId();
        }
        throw new IllegalArgumentException("Not a role fact: " + event);
    }

    private static Engagement engagement(EngagementRecorded recorded, Map<String, ActorRegistered> registrations) {
        List<Participant> participants = new ArrayList<>();
        List<Participation> participations = recorded.participants() == null ? List.of() : recorded.participants();
        for (Participation participation : participations) {
            // A participant whose registration was retracted is no longer known; the write side forbids this
            // (ENTRY_STILL_REFERENCED), so it only happens with inconsistent input.
            ActorRegistered actor = registrations.get(participation.actorId());
            // A commercial supplier's participation gives no signal (seed 002, "rent kommercielle relationer").
            if (actor != null && !actor.commercialSupplier()) {
                participants.add(new Participant(participation.actorId(), sector(actor), participation.influence()));
            }
        }
        Optional<Sector> initiatorSector = initiatorSector(recorded.initiatedBy(), registrations);
        List<Engagement.Initiator> initiators = recorded.initiatedBy() == null
                ? List.of()
                : recorded.initiators().stream()
                        .map(id -> new Engagement.Initiator(id, initiatorSector(id, registrations)))
                        .toList();
        String engagementId = recorded.engagementId() != null ? recorded.engagementId() : recorded.entryId();
        return new Engagement(
                engagementId,
                recorded.effectiveOn(),
                recorded.kind(),
                recorded.initiatedBy(),
                initiatorSector,
                participants,
                initiators);
    }

    private static Optional<Sector> initiatorSector(String actorId, Map<String, ActorRegistered> registrations) {
        return Optional.ofNullable(actorId)
                .map(registrations::get)
                .filter(actor -> !actor.commercialSupplier())
                .map(ProjectHistory::sector);
    }
}
