package dk.samskabelse.journal.query.typology.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a typology model (YAML), checks it against projections/typology-model.schema.json and then checks what a
 * schema cannot say (an entry given twice, a role left out, a signal touching no axis). Every problem becomes one
 * line "file: entry: problem". Thread-safe; the schema is compiled once per loader.
 */
public final class TypologyModelLoader {

    /** Classpath locations of the files in projections/ (packaged there by the build). */
    public static final String DEFAULT_MODEL_RESOURCE = "/typology/typology-model.yaml";
    public static final String SCHEMA_RESOURCE = "/typology/typology-model.schema.json";

    private static final String TOP_LEVEL = "model";
    private static final Set<String> AXES = Set.of("openness", "centrality");

    private final ObjectMapper yaml;
    private final JsonSchema schema;

    public TypologyModelLoader() {
        // Exact decimals and a strict parser: a model value must mean exactly what the file says.
        this.yaml = YAMLMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        // English messages whatever the machine's locale, so that the same file always gives the same lines.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH).build();
        try (InputStream in = resource(SCHEMA_RESOURCE)) {
            JsonNode schemaNode = JsonMapper.builder().build().readTree(in);
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode, config);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the typology model schema " + SCHEMA_RESOURCE, e);
        }
    }

    public TypologyModel load(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name);
        } catch (IOException e) {
            throw new TypologyModelException(name, List.of(name + ": cannot be read: " + e.getMessage()), e);
        }
    }

    /** Reads a model from a stream; displayName names it in error messages (usually the file name). */
    public TypologyModel load(InputStream in, String displayName) {
        JsonNode document = parse(in, displayName);
        List<String> problems = schemaProblems(document, displayName);
        if (!problems.isEmpty()) {
            throw new TypologyModelException(displayName, problems);
        }
        problems = semanticProblems(document, displayName);
        if (!problems.isEmpty()) {
            throw new TypologyModelException(displayName, problems);
        }
        return toModel(document);
    }

    /** The default model of docs/domain.md, projections/typology-model.yaml as packaged on the classpath. */
    public TypologyModel loadDefault() {
        try (InputStream in = resource(DEFAULT_MODEL_RESOURCE)) {
            return load(in, "typology-model.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the default typology model " + DEFAULT_MODEL_RESOURCE, e);
        }
    }

    private JsonNode parse(InputStream in, String displayName) {
        try {
            JsonNode document = yaml.readTree(in);
            if (document == null || document.isMissingNode() || document.isNull()) {
                throw new TypologyModelException(displayName, List.of(displayName + ": the file is empty"));
            }
            return document;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw new TypologyModelException(displayName,
                    List.of(displayName + ": " + where + "not readable as YAML: " + e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new TypologyModelException(displayName, List.of(displayName + ": cannot be read: " + e.getMessage()), e);
        }
    }

    // ---- schema problems ------------------------------------------------------------------------------------

    private List<String> schemaProblems(JsonNode document, String file) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing(ValidationMessage::getInstanceLocation, documentOrder(document))
                        .thenComparing(ValidationMessage::getMessage))
                .map(message -> line(file, document, elements(message.getInstanceLocation()), describe(message)))
                .distinct()
                .toList();
    }

    private static String describe(ValidationMessage message) {
        List<Object> path = elements(message.getInstanceLocation());
        String field = path.isEmpty() ? "" : String.valueOf(path.get(path.size() - 1));
        JsonNode value = message.getInstanceNode();
        Object[] arguments = message.getArguments() == null ? new Object[0] : message.getArguments();
        return switch (message.getType()) {
            case "required" -> "missing field '" + argument(message, arguments) + "'";
            case "additionalProperties" -> "unknown field '" + argument(message, arguments) + "'";
            case "enum" -> "unknown " + field + " " + render(value) + " (allowed: " + allowed(message) + ")";
            case "minimum", "maximum" -> AXES.contains(field)
                    ? field + " " + render(value) + " is outside [-1, 1]"
                    : field + " " + render(value) + " must be " + ("minimum".equals(message.getType()) ? "at least " : "at most ")
                    + (arguments.length > 0 ? arguments[0] : "");
            case "type" -> field + " " + render(value) + " must be " + expectedType(arguments);
            case "minLength" -> field + " must not be empty";
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
            return "of another type";
        }
        List<String> types = new ArrayList<>();
        for (String type : String.valueOf(arguments[1]).replaceAll("[\\[\\]\"]", "").split(",")) {
            String name = type.strip();
            types.add(name.equals("null") ? name : (name.matches("[aeiou].*") ? "an " : "a ") + name);
        }
        return String.join(" or ", types);
    }

    private static String allowed(ValidationMessage message) {
        JsonNode options = message.getSchemaNode();
        if (options == null || !options.isArray()) {
            return "see the schema";
        }
        List<String> names = new ArrayList<>();
        options.forEach(option -> names.add(option.asText()));
        return String.join(", ", names);
    }

    private static String render(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return "(none)";
        }
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        if (value.isContainerNode()) {
            return value.isArray() ? "(a list)" : "(a mapping)";
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
        return Comparator.comparing(path -> position(document, path), TypologyModelLoader::lexicographic);
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

    // ---- semantic problems ----------------------------------------------------------------------------------

    private List<String> semanticProblems(JsonNode document, String file) {
        List<String> problems = new ArrayList<>();
        Map<Role, String> roleSeenAt = new EnumMap<>(Role.class);
        for (String section : List.of("roles", "rolesWithoutSignal")) {
            JsonNode entries = document.get(section);
            for (int i = 0; i < entries.size(); i++) {
                Role role = Role.valueOf(entries.get(i).get("role").asText());
                String here = section + "[" + i + "]";
                String earlier = roleSeenAt.putIfAbsent(role, here);
                if (earlier != null) {
                    problems.add(line(file, document, List.of(section, i),
                            "role " + role + " is already given at " + earlier + "; list each role once"));
                }
            }
        }
        // Every role must be placed explicitly, so that a role left out by mistake cannot pass for "no signal".
        for (Role role : Role.values()) {
            if (!roleSeenAt.containsKey(role)) {
                problems.add(line(file, document, List.of("roles"), "role " + role
                        + " is missing: give it a signal under roles or list it under rolesWithoutSignal"));
            }
        }
        duplicates(document, file, "initiatives", entry -> entry.get("initiator").asText(), "initiator", problems);
        duplicates(document, file, "engagementKinds", entry -> entry.get("kind").asText(), "kind", problems);
        duplicates(document, file, "participantInfluence",
                entry -> entry.get("sector").asText() + " " + entry.get("influence").asText(), "sector and influence",
                problems);
        taskOriginProblems(document, file, problems);
        for (String section : List.of("roles", "initiatives", "engagementKinds", "participantInfluence",
                "taskOrigins")) {
            JsonNode entries = optionalList(document, section);
            for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).get("openness").isNull() && entries.get(i).get("centrality").isNull()) {
                    problems.add(line(file, document, List.of(section, i),
                            "openness and centrality are both null; a signal must touch at least one axis"));
                }
            }
        }
        return problems;
    }

    /**
     * The task-origin section is optional (older model files have none); once it is there, every origin must be
     * placed explicitly, like every role, so that an origin left out cannot pass for "no signal".
     */
    private static void taskOriginProblems(JsonNode document, String file, List<String> problems) {
        if (!document.has("taskOrigins") && !document.has("taskOriginsWithoutSignal")) {
            return;
        }
        Map<TaskOrigin, String> seenAt = new EnumMap<>(TaskOrigin.class);
        for (String section : List.of("taskOrigins", "taskOriginsWithoutSignal")) {
            JsonNode entries = optionalList(document, section);
            for (int i = 0; i < entries.size(); i++) {
                TaskOrigin origin = TaskOrigin.valueOf(entries.get(i).get("origin").asText());
                String earlier = seenAt.putIfAbsent(origin, section + "[" + i + "]");
                if (earlier != null) {
                    problems.add(line(file, document, List.of(section, i),
                            "origin " + origin + " is already given at " + earlier + "; list each origin once"));
                }
            }
        }
        for (TaskOrigin origin : TaskOrigin.values()) {
            if (!seenAt.containsKey(origin)) {
                problems.add(line(file, document, List.of("taskOrigins"), "origin " + origin
                        + " is missing: give it a signal under taskOrigins or list it under taskOriginsWithoutSignal"));
            }
        }
    }

    private static JsonNode optionalList(JsonNode document, String section) {
        JsonNode entries = document.get(section);
        return entries == null ? JsonNodeFactory.instance.arrayNode() : entries;
    }

    private static void duplicates(JsonNode document, String file, String section,
                                   Function<JsonNode, String> key, String what,
                                   List<String> problems) {
        Map<String, String> seenAt = new HashMap<>();
        JsonNode entries = document.get(section);
        for (int i = 0; i < entries.size(); i++) {
            String value = key.apply(entries.get(i));
            String earlier = seenAt.putIfAbsent(value, section + "[" + i + "]");
            if (earlier != null) {
                problems.add(line(file, document, List.of(section, i),
                        what + " " + value + " is already given at " + earlier + "; list each once"));
            }
        }
    }

    // ---- problem lines --------------------------------------------------------------------------------------

    /**
     * "file: entry: problem". The entry is the list entry a location lies in, with its key when readable
     * ("roles[3] (KONVENER)"), followed by the rest of the path; "model" for the top level.
     */
    private static String line(String file, JsonNode document, List<Object> path, String problem) {
        return file + ": " + entry(document, path) + ": " + problem;
    }

    private static String entry(JsonNode document, List<Object> path) {
        // A problem about a field is told at the entry holding it: the field is named in the problem itself.
        List<Object> holder = path;
        if (!path.isEmpty() && path.get(path.size() - 1) instanceof String) {
            holder = path.subList(0, path.size() - 1);
        }
        if (holder.isEmpty()) {
            return TOP_LEVEL;
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
        for (String field : List.of("role", "origin", "initiator", "kind", "sector", "influence")) {
            JsonNode value = entry.get(field);
            if (value != null && value.isTextual()) {
                parts.add(value.asText());
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
    }

    // ---- mapping (the document is valid here) ---------------------------------------------------------------

    private static TypologyModel toModel(JsonNode document) {
        return new TypologyModel(
                document.get("name").asText(),
                document.get("version").asText(),
                document.get("description").asText(),
                document.get("windowDays").asInt(),
                document.get("minimumActorWeight").decimalValue(),
                map(document.get("roles"), entry -> new RoleSignal(Role.valueOf(entry.get("role").asText()), signal(entry))),
                map(document.get("rolesWithoutSignal"), entry -> new RoleWithoutSignal(
                        Role.valueOf(entry.get("role").asText()), entry.get("reason").asText(), citations(entry))),
                map(document.get("initiatives"), entry -> new InitiativeSignal(
                        Sector.valueOf(entry.get("initiator").asText()), signal(entry))),
                map(document.get("engagementKinds"), entry -> new EngagementKindSignal(
                        EngagementKind.valueOf(entry.get("kind").asText()), signal(entry))),
                map(document.get("participantInfluence"), entry -> new InfluenceSignal(
                        Sector.valueOf(entry.get("sector").asText()), Influence.valueOf(entry.get("influence").asText()),
                        signal(entry))),
                // The sections new to the format are optional: without them a model computes as before.
                document.has("unitOfRegistration")
                        ? UnitOfRegistration.valueOf(document.get("unitOfRegistration").asText())
                        : UnitOfRegistration.ACTOR,
                map(optionalList(document, "taskOrigins"), entry -> new TaskOriginSignal(
                        TaskOrigin.valueOf(entry.get("origin").asText()), signal(entry))),
                map(optionalList(document, "taskOriginsWithoutSignal"), entry -> new TaskOriginWithoutSignal(
                        TaskOrigin.valueOf(entry.get("origin").asText()), entry.get("reason").asText(),
                        citations(entry))));
    }

    private static <T> List<T> map(JsonNode entries, Function<JsonNode, T> mapper) {
        List<T> result = new ArrayList<>();
        entries.forEach(entry -> result.add(mapper.apply(entry)));
        return result;
    }

    private static Signal signal(JsonNode entry) {
        return new Signal(axis(entry.get("openness")), axis(entry.get("centrality")), entry.get("weight").decimalValue(),
                citations(entry));
    }

    private static Optional<BigDecimal> axis(JsonNode value) {
        return value.isNull() ? Optional.empty() : Optional.of(value.decimalValue());
    }

    private static List<Citation> citations(JsonNode entry) {
        List<Citation> citations = new ArrayList<>();
        citations.add(new Citation(entry.get("source").asText(), entry.get("passage").asText()));
        JsonNode also = entry.get("also");
        if (also != null) {
            also.forEach(more -> citations.add(new Citation(more.get("source").asText(), more.get("passage").asText())));
        }
        return citations;
    }

    private static InputStream resource(String name) {
        InputStream in = TypologyModelLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + name + " (built from projections/)");
        }
        return in;
    }
}
