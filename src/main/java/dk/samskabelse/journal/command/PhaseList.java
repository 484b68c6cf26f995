package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.CONTRADICTS_LATER_ENTRY;
import static dk.samskabelse.journal.api.RejectionReason.SAME_PHASE;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Phase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The project's phase facts in journal order (effective date, then the order of recording; docs/events.md): the
 * start (Afklaring) and every phase change not retracted. A change may be slotted in between earlier ones (project
 * leaders log days after, docs/domain.md "Two clocks"); the one rule is that a change goes to another phase than the
 * one the project is in at that point, for the new change and for every change after it.
 */
final class PhaseList {

    record PhaseFact(String entryId, long sequence, LocalDate since, Phase phase, EntryType type) {}

    private static final Comparator<PhaseFact> ORDER =
            Comparator.comparing(PhaseFact::since).thenComparingLong(PhaseFact::sequence);

    private final List<PhaseFact> facts = new ArrayList<>();

    void add(PhaseFact fact) {
        int at = facts.size();
        while (at > 0 && ORDER.compare(facts.get(at - 1), fact) > 0) {
            at--;
        }
        facts.add(at, fact);
    }

    void remove(String entryId) {
        facts.removeIf(fact -> fact.entryId().equals(entryId));
    }

    /** The phase on this date, after everything recorded for that date. */
    Phase phaseOn(LocalDate date) {
        Phase phase = facts.get(0).phase();
        for (PhaseFact fact : facts) {
            if (fact.since().isAfter(date)) {
                break;
            }
            phase = fact.phase();
        }
        return phase;
    }

    /**
     * Checks the list with {@code added} slotted in and {@code removedEntryId} left out (either may be null): SAME_PHASE
     * for the added change itself, CONTRADICTS_LATER_ENTRY naming the first later change that would go to the phase
     * the project is then already in.
     */
    void check(PhaseFact added, String removedEntryId) {
        List<PhaseFact> ordered = JournalOrder.withChange(facts, added, removedEntryId, ORDER, PhaseFact::entryId);
        Phase current = null;
        for (PhaseFact fact : ordered) {
            if (fact.phase() == current) {
                if (fact == added) {
                    throw new JournalRejection(
                            SAME_PHASE,
                            "phase",
                            "The project is already in phase " + current + " on " + fact.since(),
                            current);
                }
                throw new JournalRejection(
                        CONTRADICTS_LATER_ENTRY,
                        "effectiveOn",
                        "The later phase change " + fact.entryId() + " (" + fact.since()
                                + ") would go to the phase the project is then already in",
                        fact.since(),
                        fact.entryId(),
                        fact.type().storedName());
            }
            current = fact.phase();
        }
    }
}
