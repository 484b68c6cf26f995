package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Actors and their role intervals: the role timeline of seed 000's "vi blev jævnbyrdige", with concurrent roles
 * (seed 001's "dobbeltrolle") and absences between a withdrawal and a rejoining (seed 000, "fleksibel
 * inddragelse").
 * <p>
 * The actor row keeps the actor's dated role facts; any new, back-dated or retracted fact recomputes that one
 * actor's intervals from its facts sorted by (date, sequence number) (docs: brief of issue 12, "Roles of an
 * actor"), so the rows do not depend on the order the facts were recorded in, and no other actor is read.
 */
@Component
@Order(2) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class RolesProjector implements Projector {

    private static final Comparator<RoleFact> ORDER = RoleTimeline.ORDER;

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        long seq = meta.sequenceNumber();
        if (event instanceof ActorRegistered e) {
            ActorRow actor = new ActorRow(
                    e.actorId(),
                    e.projectId(),
                    e.kind(),
                    e.sector(),
                    e.effectiveOn(),
                    e.entryId(),
                    e.commercialSupplier());
            store.persist(actor);
            addFact(
                    actor,
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.REGISTERED,
                            e.effectiveOn(),
                            null,
                            List.of(e.role()),
                            null,
                            false),
                    store);
        } else if (event instanceof RoleShifted e) {
            addFact(
                    e.projectId(),
                    e.actorId(),
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.SHIFTED,
                            e.effectiveOn(),
                            e.fromRole(),
                            List.of(e.toRole()),
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof RoleAdded e) {
            addFact(
                    e.projectId(),
                    e.actorId(),
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.ADDED,
                            e.effectiveOn(),
                            null,
                            List.of(e.role()),
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof RoleEnded e) {
            addFact(
                    e.projectId(),
                    e.actorId(),
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.ENDED,
                            e.effectiveOn(),
                            null,
                            List.of(e.role()),
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof ActorWithdrawn e) {
            addFact(
                    e.projectId(),
                    e.actorId(),
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.WITHDRAWN,
                            e.effectiveOn(),
                            null,
                            List.of(),
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof ActorRejoined e) {
            addFact(
                    e.projectId(),
                    e.actorId(),
                    new RoleFact(
                            e.entryId(),
                            seq,
                            RoleFact.Kind.REJOINED,
                            e.effectiveOn(),
                            null,
                            e.roles(),
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof EntryRetracted e) {
            retract(e, store);
        }
    }

    private static void addFact(String projectId, String actorId, RoleFact fact, ProjectionStore store) {
        addFact(store.find(ActorRow.class, projectId, actorId).orElseThrow(), fact, store);
    }

    private static void addFact(ActorRow actor, RoleFact fact, ProjectionStore store) {
        List<RoleFact> facts = new ArrayList<>(actor.getRoleFacts());
        if (facts.stream().anyMatch(f -> f.entryId().equals(fact.entryId()))) {
            return; // the same entry delivered again
        }
        facts.add(fact);
        facts.sort(ORDER);
        actor.setRoleFacts(facts);
        recompute(actor, store);
    }

    private static void retract(EntryRetracted e, ProjectionStore store) {
        switch (EntryType.fromStoredName(e.retractedEntryType())
                .map(RolesProjector::touches)
                .orElse(Touches.NOTHING)) {
            case REGISTRATION ->
                actorWithFact(e, store).ifPresent(actor -> {
                    actor.getIntervalIds()
                            .forEach(id -> store.find(RoleInterval.class, e.projectId(), id)
                                    .ifPresent(store::remove));
                    store.remove(actor);
                });
            case ROLE_FACT ->
                actorWithFact(e, store).ifPresent(actor -> {
                    actor.setRoleFacts(actor.getRoleFacts().stream()
                            .filter(f -> !f.entryId().equals(e.retractedEntryId()))
                            .toList());
                    recompute(actor, store);
                });
            case NOTHING -> {
                // Retractions of other entries do not touch roles.
            }
        }
    }

    private enum Touches {
        REGISTRATION,
        ROLE_FACT,
        NOTHING
    }

    /** What retracting an entry of this kind does to roles; a switch expression, so a new kind must be placed. */
    private static Touches touches(EntryType retracted) {
        return switch (retracted) {
            case ACTOR_REGISTERED -> Touches.REGISTRATION;
            case ROLE_SHIFTED, ROLE_ADDED, ROLE_ENDED, ACTOR_WITHDRAWN, ACTOR_REJOINED -> Touches.ROLE_FACT;
            case PROJECT_STARTED,
                    PROJECT_CLARIFIED,
                    TYPOLOGY_DECLARED,
                    PHASE_CHANGED,
                    PLANNING_RECORDED,
                    COURSE_CORRECTED,
                    INSIGHT_RECORDED,
                    PROJECT_CLOSED,
                    PROJECT_REOPENED,
                    ENTRY_RETRACTED,
                    ACTOR_PERSONAL_DATA_ERASED,
                    ENGAGEMENT_RECORDED,
                    LEADERSHIP_ACTION_RECORDED,
                    LEADERSHIP_REFLECTION_RECORDED -> Touches.NOTHING;
        };
    }

    /** Retractions are rare, so looking the actor up among the project's actors is fine here. */
    private static Optional<ActorRow> actorWithFact(EntryRetracted e, ProjectionStore store) {
        return store.forProject(ActorRow.class, e.projectId()).stream()
                .filter(actor ->
                        actor.getRoleFacts().stream().anyMatch(f -> f.entryId().equals(e.retractedEntryId())))
                .findFirst();
    }

    private static void recompute(ActorRow actor, ProjectionStore store) {
        RoleTimeline.Result result = RoleTimeline.compute(actor.getRoleFacts());
        Set<String> newIds = new LinkedHashSet<>();
        for (RoleTimeline.Computed c : result.intervals()) {
            newIds.add(c.id());
            Optional<RoleInterval> existing = store.find(RoleInterval.class, actor.getProjectId(), c.id());
            if (existing.isPresent()) {
                existing.get().update(c.role(), c.from(), c.to(), c.endedBy(), c.reason(), c.shareable(), c.previous());
            } else {
                RoleInterval row = new RoleInterval(
                        c.id(),
                        actor.getProjectId(),
                        actor.getActorId(),
                        c.role(),
                        c.from(),
                        c.reason(),
                        c.shareable(),
                        c.previous());
                row.update(c.role(), c.from(), c.to(), c.endedBy(), c.reason(), c.shareable(), c.previous());
                store.persist(row);
            }
        }
        for (String old : actor.getIntervalIds()) {
            if (!newIds.contains(old)) {
                store.find(RoleInterval.class, actor.getProjectId(), old).ifPresent(store::remove);
            }
        }
        actor.setIntervalIds(List.copyOf(newIds));
        actor.setAbsences(result.absences());
        Absence current = result.absences().isEmpty()
                ? null
                : result.absences().get(result.absences().size() - 1);
        if (current != null && current.to() == null) {
            actor.withdraw(current.from(), current.withdrawalEntryId());
        } else {
            actor.withdraw(null, null);
        }
        actor.setCurrentIntervalId(
                result.intervals().isEmpty()
                        ? null
                        : result.intervals().get(result.intervals().size() - 1).id());
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(RoleInterval.class, ActorRow.class);
    }
}
