package dk.samskabelse.journal.query.typology.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.query.typology.Quadrant;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads the validation set: every *.yaml file of a directory (projections/validation), in file-name order, each
 * one case in the format of projections/validation/README.md. The case becomes journal events (ProjectStarted,
 * ProjectClarified with the task origin, ActorRegistered, RoleShifted, EngagementRecorded) so that the engine
 * reads it through the same ProjectHistory.of as a stored project. A file that cannot be read as a case is an
 * {@link IllegalArgumentException} naming the file and the problem.
 */
public final class ValidationCaseReader {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final String PROJECT = "validation";
    private static final String PACKAGED = "classpath*:typology/validation/*.yaml";

    /**
     * The cases of a directory when it exists, otherwise the copy the build packages with the journal
     * (classpath typology/validation/), so the page and the command also work where the journal runs without
     * its source tree.
     */
    public List<ValidationCase> readDirectoryOrPackaged(Path directory) {
        return Files.isDirectory(directory) ? readDirectory(directory) : readPackaged();
    }

    /** The validation set packaged on the classpath under typology/validation/, in file-name order. */
    public List<ValidationCase> readPackaged() {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver(ValidationCaseReader.class.getClassLoader())
                    .getResources(PACKAGED);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + PACKAGED, e);
        }
        if (resources.length == 0) {
            throw new IllegalArgumentException(PACKAGED + ": no validation cases packaged");
        }
        return Stream.of(resources)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(resource -> {
                    try (InputStream in = resource.getInputStream()) {
                        return read(in, resource.getFilename());
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + resource, e);
                    }
                })
                .toList();
    }

    public List<ValidationCase> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(directory + ": no such directory of validation cases");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> String.valueOf(file.getFileName()).endsWith(".yaml"))
                    .sorted()
                    .map(this::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + directory, e);
        }
    }

    public ValidationCase read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, String.valueOf(file.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public ValidationCase read(InputStream in, String fileName) {
        try {
            JsonNode root = YAML.readTree(in);
            return toCase(root);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(fileName + ": not a validation case: " + e.getMessage(), e);
        }
    }

    private static ValidationCase toCase(JsonNode root) {
        LocalDate startedOn = date(required(root, "startedOn"));
        List<JournalEvent> events = new ArrayList<>();
        events.add(new ProjectStarted(
                PROJECT, "start", startedOn, text(root, "name"), "Validering", Area.ANDET, "Valideringssag"));
        JsonNode origin = root.get("taskOrigin");
        if (origin != null && !origin.isNull()) {
            events.add(new ProjectClarified(
                    PROJECT,
                    "afklaring",
                    startedOn,
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    TaskOrigin.valueOf(origin.asText()),
                    List.of(),
                    List.of()));
        }
        Map<String, Role> roles = new HashMap<>();
        for (JsonNode actor : list(root, "actors")) {
            String id = text(actor, "id");
            ActorKind kind = ActorKind.valueOf(text(actor, "kind"));
            Role role = Role.valueOf(text(actor, "role"));
            if (!role.fits(kind)) {
                throw new IllegalArgumentException("actor " + id + ": role " + role + " does not fit kind " + kind);
            }
            if (roles.put(id, role) != null) {
                throw new IllegalArgumentException("actor " + id + " is listed twice");
            }
            boolean supplier = actor.path("commercialSupplier").asBoolean(false);
            events.add(new ActorRegistered(
                    PROJECT,
                    "actor-" + id,
                    date(required(actor, "joinedOn")),
                    id,
                    kind,
                    kind.sector(),
                    role,
                    supplier));
        }
        int change = 0;
        for (JsonNode shift : list(root, "changes")) {
            String actor = known(roles, text(shift, "actor"));
            Role to = Role.valueOf(text(shift, "role"));
            events.add(new RoleShifted(
                    PROJECT,
                    "change-" + (++change),
                    date(required(shift, "date")),
                    actor,
                    roles.put(actor, to),
                    to,
                    "validering",
                    true));
        }
        for (JsonNode engagement : list(root, "engagements")) {
            String id = text(engagement, "id");
            List<Participation> participants = new ArrayList<>();
            required(engagement, "participants")
                    .fields()
                    .forEachRemaining(field -> participants.add(new Participation(
                            known(roles, field.getKey()),
                            Influence.valueOf(field.getValue().asText()))));
            events.add(new EngagementRecorded(
                    PROJECT,
                    "engagement-" + id,
                    date(required(engagement, "date")),
                    id,
                    EngagementKind.valueOf(text(engagement, "kind")),
                    id,
                    known(roles, text(engagement, "initiatedBy")),
                    participants,
                    List.of(),
                    null,
                    true));
        }

        JsonNode expect = required(root, "expect");
        List<Expectation.Allowed> allowed = new ArrayList<>();
        for (JsonNode stretch : list(expect, "allowed")) {
            allowed.add(new Expectation.Allowed(
                    Quadrant.valueOf(text(stretch, "quadrant")),
                    date(required(stretch, "from")),
                    date(required(stretch, "until")),
                    text(stretch, "why")));
        }
        Expectation expectation = new Expectation(
                quadrant(expect, "mostOfTheTime"), quadrant(expect, "start"), quadrant(expect, "end"), allowed);
        if (expectation.alwaysAllowed().isEmpty()) {
            throw new IllegalArgumentException("expect names no quadrant (mostOfTheTime, start or end)");
        }
        LocalDate endsOn = date(required(root, "endsOn"));
        // Entries are written in date order, as a journal stores them when recorded on the day.
        events.sort(java.util.Comparator.comparing(JournalEvent::effectiveOn));
        return new ValidationCase(
                text(root, "case"),
                text(root, "name"),
                text(root, "source"),
                text(root, "passage").strip(),
                Quadrant.valueOf(text(root, "classification")),
                expectation,
                startedOn,
                endsOn,
                events);
    }

    private static Optional<Quadrant> quadrant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(Quadrant.valueOf(value.asText()));
    }

    private static String known(Map<String, Role> roles, String actor) {
        if (!roles.containsKey(actor)) {
            throw new IllegalArgumentException("unknown actor '" + actor + "'");
        }
        return actor;
    }

    private static List<JsonNode> list(JsonNode node, String field) {
        List<JsonNode> entries = new ArrayList<>();
        JsonNode value = node.get(field);
        if (value != null && value.isArray()) {
            value.forEach(entries::add);
        }
        return entries;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("missing field '" + field + "'");
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        return required(node, field).asText();
    }

    private static LocalDate date(JsonNode value) {
        return LocalDate.parse(value.asText());
    }
}
