package dk.samskabelse.journal.query.typology.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * projections/typology-model.schema.json, compiled once: checks a model document and words each violation as
 * a problem line, in the order the locations appear in the file. Thread-safe.
 */
final class ModelSchema {

    private static final Set<String> AXES = Set.of("openness", "centrality");

    private final JsonSchema schema;

    ModelSchema(InputStream schemaJson, String resource) {
        // English messages whatever the machine's locale, so that the same file always gives the same lines.
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        try {
            JsonNode schemaNode = JournalJson.mapper().readTree(schemaJson);
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schemaNode, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the typology model schema " + resource, e);
        }
    }

    /** One line per violation, without repeats; empty when the document is valid. */
    List<String> problems(JsonNode document, ProblemLines lines) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing(ValidationMessage::getInstanceLocation, documentOrder(document))
                        .thenComparing(ValidationMessage::getMessage))
                .map(message -> lines.at(elements(message.getInstanceLocation()), describe(message)))
                .distinct()
                .toList();
    }

    private static String describe(ValidationMessage message) {
        List<Object> path = elements(message.getInstanceLocation());
        String field = path.isEmpty() ? "" : String.valueOf(path.get(path.size() - 1));
        String value = render(message.getInstanceNode());
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        Object limit = arguments.length > 0 ? arguments[0] : "";
        return switch (message.getType()) {
            case "required" -> ModelProblemWording.missingField(argument(message, arguments));
            case "additionalProperties" -> ModelProblemWording.unknownField(argument(message, arguments));
            case "enum" -> ModelProblemWording.unknownValue(field, value, allowed(message));
            case "minimum" ->
                AXES.contains(field)
                        ? ModelProblemWording.outsideAxis(field, value)
                        : ModelProblemWording.belowMinimum(field, value, limit);
            case "maximum" ->
                AXES.contains(field)
                        ? ModelProblemWording.outsideAxis(field, value)
                        : ModelProblemWording.aboveMaximum(field, value, limit);
            case "type" -> ModelProblemWording.wrongType(field, value, expectedType(arguments));
            case "minLength" -> ModelProblemWording.empty(field);
            default -> message.getError();
        };
    }

    private static String argument(ValidationMessage message, Object[] arguments) {
        if (message.getProperty() != null) {
            return message.getProperty();
        }
        return arguments.length > 0 ? String.valueOf(arguments[0]) : "?";
    }

    /** "an integer", "a string", "a number or null" from the validator's expected type(s). */
    private static String expectedType(Object[] arguments) {
        if (arguments.length < 2) {
            return ModelProblemWording.otherType();
        }
        List<String> types = new ArrayList<>();
        for (String type :
                String.valueOf(arguments[1]).replaceAll("[\\[\\]\"]", "").split(",")) {
            types.add(ModelProblemWording.typeName(type.strip()));
        }
        return ModelProblemWording.eitherType(types);
    }

    private static String allowed(ValidationMessage message) {
        JsonNode options = message.getSchemaNode();
        if (options == null || !options.isArray()) {
            return ModelProblemWording.allowedFromSchema();
        }
        List<String> names = new ArrayList<>();
        options.forEach(option -> names.add(option.asText()));
        return String.join(", ", names);
    }

    private static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return ModelProblemWording.noValue();
        }
        if (value.isTextual()) {
            return ModelProblemWording.quoted(value.asText());
        }
        if (value.isContainerNode()) {
            return value.isArray() ? ModelProblemWording.aList() : ModelProblemWording.aMapping();
        }
        return value.toString();
    }

    private static List<Object> elements(JsonNodePath path) {
        List<Object> elements = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            elements.add(path.getElement(i));
        }
        return elements;
    }

    /** Orders locations as they appear in the file: by field position and list index, level by level. */
    private static Comparator<JsonNodePath> documentOrder(JsonNode document) {
        return Comparator.comparing(path -> position(document, path), ModelSchema::lexicographic);
    }

    private static List<Integer> position(JsonNode document, JsonNodePath path) {
        List<Integer> position = new ArrayList<>();
        JsonNode node = document;
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                position.add(index);
                node = node == null ? null : node.get(index);
            } else {
                position.add(fieldPosition(node, String.valueOf(element)));
                node = node == null ? null : node.get(String.valueOf(element));
            }
        }
        return position;
    }

    private static int fieldPosition(JsonNode object, String field) {
        if (object != null) {
            int position = 0;
            for (var names = object.fieldNames(); names.hasNext(); position++) {
                if (names.next().equals(field)) {
                    return position;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int lexicographic(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(left.size(), right.size());
    }
}
