package dk.samskabelse.journal.query.roles;

import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import org.springframework.stereotype.Component;

import java.util.List;

/** Actors and their role intervals: the role timeline of seed 000's "vi blev jævnbyrdige". */
@Component
public class RolesProjector implements Projector {

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        if (event instanceof ActorRegistered e) {
            store.persist(new ActorRow(e.actorId(), e.projectId(), e.kind(), e.sector(), e.effectiveOn(),
                    e.entryId()));
            store.persist(new RoleInterval(e.entryId(), e.projectId(), e.actorId(), e.role(), e.effectiveOn(),
                    null, false, null));
        } else if (event instanceof RoleShifted e) {
            ActorRow actor = store.find(ActorRow.class, e.projectId(), e.actorId()).orElseThrow();
            store.find(RoleInterval.class, e.projectId(), actor.getCurrentIntervalId()).orElseThrow()
                    .end(e.effectiveOn(), e.entryId());
            store.persist(new RoleInterval(e.entryId(), e.projectId(), e.actorId(), e.toRole(), e.effectiveOn(),
                    e.reason(), e.shareable(), actor.getCurrentIntervalId()));
            actor.setCurrentIntervalId(e.entryId());
        } else if (event instanceof ActorWithdrawn e) {
            ActorRow actor = store.find(ActorRow.class, e.projectId(), e.actorId()).orElseThrow();
            actor.withdraw(e.effectiveOn(), e.entryId());
            store.find(RoleInterval.class, e.projectId(), actor.getCurrentIntervalId()).orElseThrow()
                    .end(e.effectiveOn(), e.entryId());
        } else if (event instanceof EntryRetracted e) {
            retract(e, store);
        }
    }

    private static void retract(EntryRetracted e, ProjectionStore store) {
        switch (e.retractedEntryType()) {
            case "ActorRegistered" -> store.find(RoleInterval.class, e.projectId(), e.retractedEntryId()).ifPresent(interval -> {
                store.find(ActorRow.class, e.projectId(), interval.getActorId()).ifPresent(store::remove);
                store.remove(interval);
            });
            case "RoleShifted" -> store.find(RoleInterval.class, e.projectId(), e.retractedEntryId()).ifPresent(interval -> {
                RoleInterval previous = store.find(RoleInterval.class, e.projectId(), interval.getPreviousEntryId()).orElseThrow();
                previous.reopen();
                store.find(ActorRow.class, e.projectId(), interval.getActorId()).orElseThrow()
                        .setCurrentIntervalId(previous.getEntryId());
                store.remove(interval);
            });
            // Retractions are rare, so looking the withdrawn actor up among the project's actors is fine here.
            case "ActorWithdrawn" -> store.forProject(ActorRow.class, e.projectId()).stream()
                    .filter(actor -> e.retractedEntryId().equals(actor.getWithdrawalEntryId()))
                    .findFirst()
                    .ifPresent(actor -> {
                        store.find(RoleInterval.class, e.projectId(), actor.getCurrentIntervalId()).orElseThrow().reopen();
                        actor.withdraw(null, null);
                    });
            default -> {
                // Retractions of other entries do not touch roles.
            }
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(RoleInterval.class, ActorRow.class);
    }
}
