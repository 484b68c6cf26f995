package dk.samskabelse.journal.command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** The one way the aggregate tries out a change: facts in journal order with one slotted in and one left out. */
final class JournalOrder {

    private JournalOrder() {}

    /** {@code facts} (in {@code order}) with {@code added} slotted in and {@code removedEntryId} left out; either may be null. */
    static <T> List<T> withChange(
            List<T> facts, T added, String removedEntryId, Comparator<T> order, Function<T, String> entryId) {
        List<T> ordered = new ArrayList<>(facts.size() + 1);
        boolean addedSeen = added == null;
        for (T fact : facts) {
            if (!addedSeen && order.compare(added, fact) < 0) {
                ordered.add(added);
                addedSeen = true;
            }
            if (!entryId.apply(fact).equals(removedEntryId)) {
                ordered.add(fact);
            }
        }
        if (!addedSeen) {
            ordered.add(added);
        }
        return ordered;
    }
}
