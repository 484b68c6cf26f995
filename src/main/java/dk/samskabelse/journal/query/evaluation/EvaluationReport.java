package dk.samskabelse.journal.query.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Phase;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The Erkendelse evaluation of one project (seed 002, phase 3): one section per focus point, each made of
 * groups of statements. A statement is a message key with its arguments and the journal entries it rests on;
 * the page and the Markdown download render the same statements, so they say the same.
 */
public record EvaluationReport(
        String projectId,
        String projectName,
        String municipality,
        LocalDate horizon,
        Phase phase,
        String model,
        String modelVersion,
        List<Section> sections,
        Map<String, Evidence> entries) {

    public record Section(FocusPoint focus, List<Group> groups) {}

    /** key: the group's heading (a message key); anchor: its stable fragment id on the page. */
    public record Group(String key, String anchor, List<Statement> statements) {}

    /**
     * Arguments are texts, numbers, dates, enumeration values (shown with their label), {@link Count}s, {@link Sequence}s or lists
     * of these. noEvidence marks a statement that says what the journal does not hold.
     */
    public record Statement(String key, List<Object> arguments, List<String> entryIds, boolean noEvidence) {

        public Statement {
            arguments = List.copyOf(arguments);
            entryIds = List.copyOf(entryIds);
        }
    }

    /** Values in the order they followed each other, e.g. the roles an actor held ("Meddesigner → Medproducent"). */
    public record Sequence(List<?> items) {}

    /** "Medbestemmende: 3": an enumeration value and how often it occurred. */
    public record Count(Enum<?> value, long count) {}

    /** An entry a statement rests on, enough to name and link it. */
    public record Evidence(String entryId, String type, LocalDate effectiveOn) {}

    public Section section(FocusPoint focus) {
        return sections.stream().filter(s -> s.focus() == focus).findFirst().orElseThrow();
    }
}
