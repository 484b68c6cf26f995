package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.ALREADY_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.DATE_BEFORE_CLOSURE;
import static dk.samskabelse.journal.api.RejectionReason.NOT_CLOSED;
import static dk.samskabelse.journal.api.RejectionReason.PROJECT_CLOSED;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalRejection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The project's closures and reopenings (docs/events.md): whether it is closed now, which dates lie in closed
 * time, and which kinds of entry a closed project still accepts.
 */
final class Closures {

    /** One closure, and the reopening that ended it (null while the project is closed). */
    record Closure(String entryId, LocalDate closedOn, String reopenEntryId, LocalDate reopenedOn) {
        Closure reopen(String entryId, LocalDate on) {
            return new Closure(this.entryId, closedOn, entryId, on);
        }

        boolean covers(LocalDate date) {
            return !date.isBefore(closedOn) && (reopenedOn == null || date.isBefore(reopenedOn));
        }
    }

    private final List<Closure> closures = new ArrayList<>();

    /**
     * Entries a closed project still accepts (docs/events.md), and the closure and reopening themselves; every
     * other kind is refused while closed and may not lie in closed time.
     */
    static boolean acceptedWhileClosed(EntryType type) {
        return switch (type) {
            case INSIGHT_RECORDED,
                    ENTRY_RETRACTED,
                    LEADERSHIP_REFLECTION_RECORDED,
                    ACTOR_PERSONAL_DATA_ERASED,
                    PROJECT_CLOSED,
                    PROJECT_REOPENED -> true;
            case PROJECT_STARTED,
                    PROJECT_CLARIFIED,
                    TYPOLOGY_DECLARED,
                    PHASE_CHANGED,
                    PLANNING_RECORDED,
                    COURSE_CORRECTED,
                    ACTOR_REGISTERED,
                    ROLE_SHIFTED,
                    ROLE_ADDED,
                    ROLE_ENDED,
                    ACTOR_WITHDRAWN,
                    ACTOR_REJOINED,
                    ENGAGEMENT_RECORDED,
                    LEADERSHIP_ACTION_RECORDED -> false;
        };
    }

    void closed(String entryId, LocalDate on) {
        closures.add(new Closure(entryId, on, null, null));
    }

    void reopened(String entryId, LocalDate on) {
        closures.set(closures.size() - 1, last().reopen(entryId, on));
    }

    boolean isClosed() {
        return !closures.isEmpty() && last().reopenedOn() == null;
    }

    /**
     * While the project is closed only insights, retractions, a chef's reflection, erasures and the reopening are
     * accepted (docs/events.md).
     */
    void requireOpen() {
        if (isClosed()) {
            throw new JournalRejection(PROJECT_CLOSED, null, "The project is closed");
        }
    }

    void notInClosedTime(LocalDate date, String field) {
        for (Closure closure : closures) {
            if (closure.covers(date)) {
                throw new JournalRejection(
                        PROJECT_CLOSED,
                        field,
                        "The project was closed from " + closure.closedOn() + " to " + closure.reopenedOn());
            }
        }
    }

    /** A closed project is not closed again (it is reopened first). */
    void requireNotAlreadyClosed() {
        if (isClosed()) {
            throw new JournalRejection(ALREADY_CLOSED, null, "The project is already closed");
        }
    }

    /** A closure after a reopening is not dated before it: the reopening would then lie in closed time. */
    void checkClosureAfterReopening(LocalDate on) {
        if (!closures.isEmpty()) {
            Closure last = last();
            if (on.isBefore(last.reopenedOn())) {
                throw new JournalRejection(
                        CONTRADICTS_LATER_ENTRY,
                        "effectiveOn",
                        "The project was reopened on " + last.reopenedOn(),
                        last.reopenedOn(),
                        last.reopenEntryId(),
                        EntryType.PROJECT_REOPENED.storedName());
            }
        }
    }

    void requireClosed() {
        if (!isClosed()) {
            throw new JournalRejection(NOT_CLOSED, null, "The project is not closed");
        }
    }

    /** A reopening is not dated before the closure it ends. */
    void checkReopening(LocalDate on) {
        LocalDate closedOn = last().closedOn();
        if (on.isBefore(closedOn)) {
            throw new JournalRejection(
                    DATE_BEFORE_CLOSURE, "effectiveOn", "The project was closed on " + closedOn, closedOn);
        }
    }

    private Closure last() {
        return closures.get(closures.size() - 1);
    }
}
