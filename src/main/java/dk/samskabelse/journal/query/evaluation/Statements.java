package dk.samskabelse.journal.query.evaluation;

import dk.samskabelse.journal.query.evaluation.EvaluationReport.Count;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The few ways a section words a statement, shared so that every section cites its evidence the same way. */
final class Statements {

    private Statements() {}

    /** A statement resting on the given entries. */
    static Statement fact(String key, List<Object> arguments, List<String> entryIds) {
        return new Statement(key, arguments, entryIds, false);
    }

    /** A statement that the journal holds nothing for a question. */
    static Statement missing(String key) {
        return new Statement(key, List.of(), List.of(), true);
    }

    /** Entry ids without gaps or repeats, in first-seen order; a mutable list, so callers may add more. */
    static List<String> ids(Stream<String> ids) {
        return ids.filter(Objects::nonNull).distinct().collect(Collectors.toCollection(ArrayList::new));
    }

    static List<Count> counts(Map<? extends Enum<?>, Long> counted) {
        return counted.entrySet().stream()
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
