package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ALREADY_RETRACTED;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_ID_TAKEN;
import static dk.samskabelse.journal.api.RejectionReason.ENTRY_NOT_RETRACTABLE;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_ENTRY;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the journal remembers of each of its entries, by entry id: to tell a resent command from another entry under
 * the same id ({@link #isRepeated}), to judge retractions, and to know which standing entries a closure dated before
 * them would put into closed time. Rebuilt from the events whenever a project is loaded; projects are cached in
 * memory only and never snapshotted, so no stored state has another shape.
 */
final class JournalEntries {

    /**
     * One entry: its kind, date, the actors the retraction rules look at, and its subject (the actor of an entry
     * about one actor, the target of a retraction, else null), which tells a repeat from another entry.
     */
    record Entry(EntryType type, LocalDate effectiveOn, Set<String> actorIds, String subject, boolean retracted) {
        Entry retract() {
            return new Entry(type, effectiveOn, actorIds, subject, true);
        }

        /** The one actor of an entry about one actor (a registration or role fact). */
        String actorId() {
            return actorIds.iterator().next();
        }
    }

    /** An entry by its date, recording order and kind, for naming it in CONTRADICTS_LATER_ENTRY. */
    private record Dated(String entryId, EntryType type) {}

    /** How many entries the journal holds: the recording order of the next one. */
    private long recorded;

    private final Map<String, Entry> entries = new HashMap<>();
    /**
     * The standing entries a closed project would refuse, by date (in recording order within a date): a closure
     * dated before one of them would put it into closed time.
     */
    private final TreeMap<LocalDate, List<Dated>> closable = new TreeMap<>();

    /** Records the entry; answers its place in the recording order (1 for the start). */
    long remember(JournalEvent event, Set<String> actorIds) {
        EntryType type = EntryType.of(event);
        entries.put(
                event.entryId(), new Entry(type, event.effectiveOn(), Set.copyOf(actorIds), subjectOf(event), false));
        if (!Closures.acceptedWhileClosed(type)) {
            closable.computeIfAbsent(event.effectiveOn(), date -> new ArrayList<>())
                    .add(new Dated(event.entryId(), type));
        }
        return ++recorded;
    }

    /** Marks the entry retracted; answers it as it was. */
    Entry retract(String entryId) {
        Entry target = entries.get(entryId);
        entries.put(entryId, target.retract());
        List<Dated> sameDate = closable.get(target.effectiveOn());
        if (sameDate != null) {
            sameDate.removeIf(dated -> dated.entryId().equals(entryId));
            if (sameDate.isEmpty()) {
                closable.remove(target.effectiveOn());
            }
        }
        return target;
    }

    /** The entry a retraction names: known, not yet retracted, of a kind that can be retracted. */
    Entry retractable(String entryId) {
        Entry target = entries.get(entryId);
        if (target == null) {
            throw new JournalRejection(
                    UNKNOWN_ENTRY, "retractedEntryId", "No entry " + entryId + " in this project", entryId);
        }
        if (target.retracted()) {
            throw new JournalRejection(ALREADY_RETRACTED, "retractedEntryId", "The entry is already retracted");
        }
        if (!target.type().isRetractable()) {
            throw new JournalRejection(
                    ENTRY_NOT_RETRACTABLE,
                    "retractedEntryId",
                    "Entries of type " + target.type().storedName() + " cannot be retracted",
                    target.type().storedName());
        }
        return target;
    }

    /** A closure on this date must not put a standing entry a closed project refuses into closed time. */
    void checkNothingClosableAfter(LocalDate closedOn) {
        Map.Entry<LocalDate, List<Dated>> later = closable.higherEntry(closedOn);
        if (later != null) {
            // The project would have been closed when that entry happened.
            Dated first = later.getValue().get(0);
            throw new JournalRejection(
                    CONTRADICTS_LATER_ENTRY,
                    "effectiveOn",
                    "Entry " + first.entryId() + " is dated " + later.getKey() + ", after the closure",
                    later.getKey(),
                    first.entryId(),
                    first.type().storedName());
        }
    }

    /**
     * The one repeat check of every command (see {@link RepeatedCommands}). True when the journal already holds
     * this entry id for the same kind of entry with the same subject: the command is a resend and is acknowledged
     * without a second event. False when the id is new. When the id names another kind of entry, or the same kind
     * about another actor or target, the command is refused (ENTRY_ID_TAKEN): acknowledging it would answer with
     * ids (an actor id, say) that the journal never recorded. Retracted entries count like any other.
     */
    boolean isRepeated(String entryId, EntryType type, String subject) {
        Entry stored = entries.get(entryId);
        if (stored == null) {
            return false;
        }
        if (stored.type() == type && Objects.equals(stored.subject(), subject)) {
            return true;
        }
        throw new JournalRejection(
                ENTRY_ID_TAKEN,
                "entryId",
                "Entry " + entryId + " is already recorded as another " + "entry ("
                        + stored.type().storedName() + "); a new request needs a new Idempotency-Key or form");
    }

    /** What an entry is about beyond its kind, for telling a repeat from another entry: see {@link Entry}. */
    private static String subjectOf(JournalEvent event) {
        return switch (EntryType.of(event)) {
            case ACTOR_REGISTERED -> ((ActorRegistered) event).actorId();
            case ROLE_SHIFTED -> ((RoleShifted) event).actorId();
            case ROLE_ADDED -> ((RoleAdded) event).actorId();
            case ROLE_ENDED -> ((RoleEnded) event).actorId();
            case ACTOR_WITHDRAWN -> ((ActorWithdrawn) event).actorId();
            case ACTOR_REJOINED -> ((ActorRejoined) event).actorId();
            case ACTOR_PERSONAL_DATA_ERASED -> ((ActorPersonalDataErased) event).actorId();
            case ENTRY_RETRACTED -> ((EntryRetracted) event).retractedEntryId();
            case PROJECT_STARTED,
                    PROJECT_CLARIFIED,
                    TYPOLOGY_DECLARED,
                    PHASE_CHANGED,
                    PLANNING_RECORDED,
                    COURSE_CORRECTED,
                    INSIGHT_RECORDED,
                    PROJECT_CLOSED,
                    PROJECT_REOPENED,
                    ENGAGEMENT_RECORDED,
                    LEADERSHIP_ACTION_RECORDED,
                    LEADERSHIP_REFLECTION_RECORDED -> null;
        };
    }
}
