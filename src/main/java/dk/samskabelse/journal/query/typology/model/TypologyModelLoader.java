package dk.samskabelse.journal.query.typology.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a typology model (YAML) in three steps: the {@link ModelSchema} (projections/typology-model.schema.json),
 * then Jackson binds the accepted document into a {@link ModelFile}, then the {@link ModelRules} check what a
 * schema cannot say (an entry given twice, a role left out, a signal touching no axis). Every problem becomes one
 * line "file: entry: problem" ({@link ModelProblemWording}). Thread-safe; the schema is compiled once per loader.
 */
public final class TypologyModelLoader {

    /** Classpath locations of the files in projections/ (packaged there by the build). */
    public static final String DEFAULT_MODEL_RESOURCE = "/typology/typology-model.yaml";

    public static final String SCHEMA_RESOURCE = "/typology/typology-model.schema.json";

    private final ObjectMapper yaml;
    private final ModelSchema schema;

    public TypologyModelLoader() {
        // Exact decimals and a strict parser: a model value must mean exactly what the file says.
        this.yaml = YAMLMapper.builder()
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
                .build();
        try (InputStream in = resource(SCHEMA_RESOURCE)) {
            this.schema = new ModelSchema(in, SCHEMA_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the typology model schema " + SCHEMA_RESOURCE, e);
        }
    }

    public TypologyModel load(Path file) {
        String name = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, name);
        } catch (IOException e) {
            throw new TypologyModelException(name, List.of(ModelProblemWording.cannotBeRead(name, e.getMessage())), e);
        }
    }

    /** Reads a model from a stream; displayName names it in error messages (usually the file name). */
    public TypologyModel load(InputStream in, String displayName) {
        JsonNode document = parse(in, displayName);
        ProblemLines lines = new ProblemLines(displayName, document);
        List<String> problems = schema.problems(document, lines);
        if (!problems.isEmpty()) {
            throw new TypologyModelException(displayName, problems);
        }
        ModelFile file = bind(document, displayName);
        problems = ModelRules.problems(file, lines);
        if (!problems.isEmpty()) {
            throw new TypologyModelException(displayName, problems);
        }
        return file.toModel();
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
                throw new TypologyModelException(displayName, List.of(ModelProblemWording.fileEmpty(displayName)));
            }
            return document;
        } catch (JsonProcessingException e) {
            Integer line = e.getLocation() == null ? null : e.getLocation().getLineNr();
            Integer column = e.getLocation() == null ? null : e.getLocation().getColumnNr();
            throw new TypologyModelException(
                    displayName,
                    List.of(ModelProblemWording.notYaml(displayName, line, column, e.getOriginalMessage())),
                    e);
        } catch (IOException e) {
            throw new TypologyModelException(
                    displayName, List.of(ModelProblemWording.cannotBeRead(displayName, e.getMessage())), e);
        }
    }

    /** The schema has accepted the document, so binding fails only if the schema and {@link ModelFile} differ. */
    private ModelFile bind(JsonNode document, String displayName) {
        try {
            return yaml.treeToValue(document, ModelFile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "The typology model " + displayName + " passed the schema but does not bind to ModelFile", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TypologyModelLoader.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + name + " (built from projections/)");
        }
        return in;
    }
}
