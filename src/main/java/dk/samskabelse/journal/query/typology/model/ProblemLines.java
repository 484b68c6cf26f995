package dk.samskabelse.journal.query.typology.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a problem at a location of a model file into its line "file: entry: problem". The entry is the list entry
 * the location lies in, with its key when readable ("roles[3] (KONVENER)"), followed by the rest of the path;
 * "model" for the top level.
 */
final class ProblemLines {

    /** The fields that name a list entry, in the order they are joined ("NON_PUBLIC BESTEMMENDE"). */
    private static final List<String> KEY_FIELDS =
            List.of("role", "origin", "initiator", "kind", "sector", "influence");

    private final String file;
    private final JsonNode document;

    ProblemLines(String file, JsonNode document) {
        this.file = file;
        this.document = document;
    }

    /** path: field names and list indexes from the top of the document. */
    String at(List<Object> path, String problem) {
        return ModelProblemWording.line(file, entry(path), problem);
    }

    private String entry(List<Object> path) {
        // A problem about a field is told at the entry holding it: the field is named in the problem itself.
        List<Object> holder = path;
        if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
            holder = path.subList(0, path.size() - 1);
        }
        if (holder.isEmpty()) {
            return ModelProblemWording.TOP_LEVEL;
        }
        StringBuilder text = new StringBuilder();
        JsonNode node = document;
        for (int i = 0; i < holder.size(); i++) {
            Object element = holder.get(i);
            if (element instanceof Integer index) {
                text.append('[').append(index).append(']');
                node = node == null ? null : node.get(index);
                if (i == 1) {
                    key(node).ifPresent(key -> text.append(" (").append(key).append(')'));
                }
            } else {
                if (!text.isEmpty()) {
                    text.append('.');
                }
                text.append(element);
                node = node == null ? null : node.get(String.valueOf(element));
            }
        }
        return text.toString();
    }

    private static Optional<String> key(JsonNode entry) {
        if (entry == null || !entry.isObject()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (String field : KEY_FIELDS) {
            JsonNode value = entry.get(field);
            if (value != null && value.isTextual()) {
                parts.add(value.asText());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }
}
