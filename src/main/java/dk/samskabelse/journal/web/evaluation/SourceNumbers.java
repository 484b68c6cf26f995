package dk.samskabelse.journal.web.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Numbers the cited entries in the order the report first cites them (issue 15): the first entry cited is [1],
 * and an entry cited again keeps its number, so the appendix lists each entry once.
 */
final class SourceNumbers {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** The entry's number, given on its first citation. */
    int cite(String entryId) {
        return numbers.computeIfAbsent(entryId, id -> numbers.size() + 1);
    }

    /** The cited entries in the order of their numbers. */
    List<String> entryIds() {
        return List.copyOf(numbers.keySet());
    }

    /** A run of consecutive numbers, first to last inclusive. */
    record Run(int first, int last) {}

    /** The numbers ascending, without repeats, as runs of consecutive numbers: 3, 4, 5, 7 → 3–5, 7. */
    static List<Run> runs(Collection<Integer> numbers) {
        List<Run> runs = new ArrayList<>();
        Integer first = null;
        int last = 0;
        for (int number : new TreeSet<>(numbers)) {
            if (first != null && number == last + 1) {
                last = number;
                continue;
            }
            if (first != null) {
                runs.add(new Run(first, last));
            }
            first = number;
            last = number;
        }
        if (first != null) {
            runs.add(new Run(first, last));
        }
        return runs;
    }
}
