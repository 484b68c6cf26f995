package dk.samskabelse.journal.query.typology.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypologyModelLoaderTest {

    private static final Path DEFAULT_FILE = Path.of("projections", "typology-model.yaml");
    /**
     * The first default model, kept as a named alternative (issue 13). The error-message tests below edit its
     * text: it is in the first format (no optional sections), and its entry positions are the ones the expected
     * lines name.
     */
    private static final Path V1_FILE = Path.of("projections", "typology-model-v1.yaml");

    private static final Path SEEDS = Path.of("..", "shared", "seeds");

    private final TypologyModelLoader loader = new TypologyModelLoader();

    @Test
    void theDefaultFileLoads() {
        TypologyModel model = loader.load(DEFAULT_FILE);

        // The values of docs/domain.md's signal table (issue 13), read off the table by hand.
        assertThat(model.name()).isEqualTo("standard");
        assertThat(model.version()).isEqualTo("2.0");
        assertThat(model.windowDays()).isEqualTo(90);
        assertThat(model.minimumActorWeight()).isEqualByComparingTo("1");
        assertThat(model.unitOfRegistration()).isEqualTo(UnitOfRegistration.SECTOR);
        assertThat(model.roles()).hasSize(12);
        assertThat(model.rolesWithoutSignal())
                .extracting(RoleWithoutSignal::role)
                .containsExactly(
                        Role.TILBAGETRUKKET,
                        Role.KONVENER,
                        Role.KATALYSATOR,
                        Role.INNOVATOR,
                        Role.BEBOER,
                        Role.POLITISK_AKTIV);
        assertSignal(model.roleSignal(Role.BESLUTTENDE), "-0.8", "-0.8");
        assertThat(model.roleSignal(Role.KONVENER)).isEmpty();
        assertThat(model.roleSignal(Role.KATALYSATOR)).isEmpty();
        assertThat(model.roleSignal(Role.INNOVATOR)).isEmpty();
        assertSignal(model.roleSignal(Role.MEDDESIGNER), "0.6", "-0.3");
        assertSignal(model.roleSignal(Role.MEDPRODUCENT), "0.4", "-0.2");
        assertSignal(model.initiativeSignal(Sector.NON_PUBLIC), "0.6", "0.6");
        assertThat(model.initiativeSignal(Sector.PUBLIC)).isEmpty();
        assertSignal(model.engagementKindSignal(EngagementKind.HOERING), "-0.8", "-0.6");
        assertThat(model.engagementKindSignal(EngagementKind.WORKSHOP)).isEmpty();
        // "—" in docs/domain.md's table: non-public co-decision does not touch centrality.
        Signal codeciding = model.influenceSignal(Sector.NON_PUBLIC, Influence.MEDBESTEMMENDE)
                .orElseThrow();
        assertThat(codeciding.openness()).contains(new BigDecimal("0.4"));
        assertThat(codeciding.centrality()).isEmpty();
        assertSignal(model.influenceSignal(Sector.NON_PUBLIC, Influence.BESTEMMENDE), "0.6", "0.6");
        assertSignal(model.influenceSignal(Sector.PUBLIC, Influence.BESTEMMENDE), "-0.6", "-0.6");
        assertThat(model.influenceSignal(Sector.PUBLIC, Influence.MEDBESTEMMENDE))
                .isEmpty();
        assertThat(model.roleSignal(Role.FACILITATOR).orElseThrow().citations())
                .extracting(Citation::source)
                .containsExactly("001_63d4697c330befc9.txt", "004_f0a98c70bd750e9d.txt");
        // The task's origin: the municipality's own (and another public body) centrality only; from outside both.
        for (TaskOrigin origin : List.of(
                TaskOrigin.POLITIKERE,
                TaskOrigin.TOPLEDELSE,
                TaskOrigin.MEDARBEJDERE,
                TaskOrigin.ANDEN_OFFENTLIG_MYNDIGHED)) {
            Signal signal = model.taskOriginSignal(origin).orElseThrow();
            assertThat(signal.openness()).as(origin.name()).isEmpty();
            assertThat(signal.centrality()).as(origin.name()).contains(new BigDecimal("-0.6"));
            assertThat(signal.weight()).as(origin.name()).isEqualByComparingTo("0.5");
        }
        for (TaskOrigin origin : List.of(TaskOrigin.BORGERE, TaskOrigin.CIVILSAMFUND, TaskOrigin.ERHVERVSLIV)) {
            Signal signal = model.taskOriginSignal(origin).orElseThrow();
            assertThat(signal.openness()).as(origin.name()).contains(new BigDecimal("0.6"));
            assertThat(signal.centrality()).as(origin.name()).contains(new BigDecimal("0.8"));
            assertThat(signal.weight()).as(origin.name()).isEqualByComparingTo("0.5");
        }
        assertThat(model.taskOriginSignal(TaskOrigin.ANDET)).isEmpty();
        assertThat(model.taskOriginsWithoutSignal())
                .extracting(TaskOriginWithoutSignal::origin)
                .containsExactly(TaskOrigin.ANDET);
    }

    /** The first default model still loads and computes as before: every actor for itself, no origin. */
    @Test
    void theFirstModelLoadsInTheFirstFormat() {
        TypologyModel model = loader.load(V1_FILE);

        assertThat(model.name()).isEqualTo("standard-v1");
        assertThat(model.unitOfRegistration()).isEqualTo(UnitOfRegistration.ACTOR);
        assertThat(model.taskOrigins()).isEmpty();
        assertThat(model.taskOriginsWithoutSignal()).isEmpty();
        assertSignal(model.roleSignal(Role.KONVENER), "0.3", "-0.3");
        assertSignal(model.roleSignal(Role.MEDDESIGNER), "0.6", "0.0");
        assertSignal(model.initiativeSignal(Sector.NON_PUBLIC), "0.8", "0.8");
    }

    @Test
    void aTaskOriginSectionMustPlaceEveryOriginOnce() throws IOException {
        String yaml = Files.readString(DEFAULT_FILE).replace("  - origin: ANDET\n", "  - origin: BORGERE\n");

        assertThat(failure(yaml, "origins.yaml").problems())
                .containsExactly(
                        "origins.yaml: taskOriginsWithoutSignal[0] (BORGERE): origin BORGERE is already given at "
                                + "taskOrigins[4]; list each origin once",
                        "origins.yaml: model: origin ANDET is missing: give it a signal under taskOrigins or list "
                                + "it under taskOriginsWithoutSignal");
    }

    @Test
    void anUnknownUnitOfRegistrationIsRefused() throws IOException {
        String yaml =
                Files.readString(DEFAULT_FILE).replace("unitOfRegistration: SECTOR", "unitOfRegistration: PERSON");

        assertThat(failure(yaml, "unit.yaml").problems())
                .containsExactly("unit.yaml: model: unknown unitOfRegistration 'PERSON' (allowed: ACTOR, SECTOR)");
    }

    @Test
    void theDefaultOnTheClasspathIsTheFileInProjections() {
        assertThat(loader.loadDefault()).isEqualTo(loader.load(DEFAULT_FILE));
    }

    /**
     * Every signal cites a seed file by its name and quotes a passage. The seed files themselves live beside the
     * repository (../shared/seeds), not in it: where they are, each cited one must exist.
     */
    @Test
    void everyCitationNamesASeedFileAndQuotesAPassage() {
        TypologyModel model = loader.load(DEFAULT_FILE);
        List<Citation> citations = new ArrayList<>();
        model.roles().forEach(entry -> citations.addAll(entry.signal().citations()));
        model.rolesWithoutSignal().forEach(entry -> citations.addAll(entry.citations()));
        model.initiatives().forEach(entry -> citations.addAll(entry.signal().citations()));
        model.engagementKinds().forEach(entry -> citations.addAll(entry.signal().citations()));
        model.participantInfluence()
                .forEach(entry -> citations.addAll(entry.signal().citations()));
        assertThat(citations).isNotEmpty().allSatisfy(citation -> {
            assertThat(citation.source()).matches("\\d{3}_[0-9a-f]{16}\\.txt");
            assertThat(citation.passage()).isNotBlank();
            if (Files.isDirectory(SEEDS)) {
                assertThat(SEEDS.resolve(citation.source())).exists();
            }
        });
    }

    @Test
    void theSchemaKnowsExactlyTheValuesOfTheApi() throws IOException {
        JsonNode schema = new ObjectMapper()
                .readTree(Path.of("projections", "typology-model.schema.json").toFile());

        assertThat(texts(schema.at("/$defs/role/enum"))).containsExactlyElementsOf(names(Role.values()));
        assertThat(texts(schema.at("/$defs/sector/enum"))).containsExactlyElementsOf(names(Sector.values()));
        assertThat(texts(schema.at("/properties/engagementKinds/items/properties/kind/enum")))
                .containsExactlyElementsOf(names(EngagementKind.values()));
        assertThat(texts(schema.at("/properties/participantInfluence/items/properties/influence/enum")))
                .containsExactlyElementsOf(names(Influence.values()));
    }

    @Test
    void anUnknownRoleNamesFileEntryAndProblem() throws IOException {
        String yaml = defaultText().replace("  - role: KONVENER\n", "  - role: DIKTATOR\n");

        TypologyModelException failure = failure(yaml, "my-model.yaml");

        assertThat(failure.problems()).hasSize(1);
        assertThat(failure.problems().get(0))
                .startsWith("my-model.yaml: roles[4] (DIKTATOR): unknown role 'DIKTATOR' (allowed: BESLUTTENDE, ");
        assertThat(failure.getMessage()).isEqualTo(failure.problems().get(0));
    }

    @Test
    void aValueOutsideTheAxisNamesFileEntryAndProblem() throws IOException {
        String yaml = inEntry(defaultText(), "  - role: KONVENER\n", "    openness: 0.3\n", "    openness: 1.3\n");

        assertThatThrownBy(() -> loader.load(stream(yaml), "my-model.yaml"))
                .isInstanceOf(TypologyModelException.class)
                .hasMessage("my-model.yaml: roles[4] (KONVENER): openness 1.3 is outside [-1, 1]");
    }

    @Test
    void aMissingFieldNamesFileEntryAndProblem() throws IOException {
        String yaml = inEntry(defaultText(), "  - role: KATALYSATOR\n", "    weight: 1\n", "");

        assertThatThrownBy(() -> loader.load(stream(yaml), "my-model.yaml"))
                .isInstanceOf(TypologyModelException.class)
                .hasMessage("my-model.yaml: roles[5] (KATALYSATOR): missing field 'weight'");
    }

    @Test
    void aMissingTopLevelFieldIsTheModelsProblem() throws IOException {
        String yaml = defaultText().replace("windowDays: 90\n", "");

        assertThatThrownBy(() -> loader.load(stream(yaml), "my-model.yaml"))
                .hasMessage("my-model.yaml: model: missing field 'windowDays'");
    }

    @Test
    void aPathNamesTheFileInTheMessage() throws IOException {
        Path file = Files.createTempFile("typology-model", ".yaml");
        try {
            Files.writeString(
                    file,
                    inEntry(defaultText(), "  - role: FRIVILLIG\n", "    centrality: 0.6\n", "    centrality: -1.5\n"));
            assertThatThrownBy(() -> loader.load(file))
                    .hasMessage(file + ": roles[10] (FRIVILLIG): centrality -1.5 is outside [-1, 1]");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void everyProblemGetsItsOwnLineInDocumentOrder() throws IOException {
        String yaml = inEntry(defaultText(), "  - role: KONVENER\n", "    openness: 0.3\n", "    openness: 1.3\n");
        yaml = inEntry(yaml, "  - role: MEDINITIATIVTAGER\n", "    weight: 1\n", "    weight: -2\n");
        yaml = inEntry(yaml, "  - role: BESLUTTENDE\n", "    weight: 1\n", "    weight: 1\n    weigth: 2\n");
        yaml = yaml.replace("windowDays: 90", "windowDays: 0");

        TypologyModelException failure = failure(yaml, "my-model.yaml");

        assertThat(failure.problems())
                .containsExactly(
                        "my-model.yaml: model: windowDays 0 must be at least 1",
                        "my-model.yaml: roles[0] (BESLUTTENDE): unknown field 'weigth'",
                        "my-model.yaml: roles[4] (KONVENER): openness 1.3 is outside [-1, 1]",
                        "my-model.yaml: roles[14] (MEDINITIATIVTAGER): weight -2 must be at least 0");
        assertThat(failure.getMessage().lines()).hasSize(4);
    }

    @Test
    void aRoleListedTwiceIsRefused() throws IOException {
        String yaml = defaultText().replace("  - role: KATALYSATOR\n", "  - role: KONVENER\n");

        TypologyModelException failure = failure(yaml, "twice.yaml");

        assertThat(failure.problems())
                .containsExactly(
                        "twice.yaml: roles[5] (KONVENER): role KONVENER is already given at roles[4]; list each role once",
                        "twice.yaml: model: role KATALYSATOR is missing: give it a signal under roles or list it under "
                                + "rolesWithoutSignal");
    }

    @Test
    void aRoleBothWithAndWithoutSignalIsRefused() throws IOException {
        String yaml = defaultText().replace("  - role: BEBOER\n", "  - role: BRUGER\n");

        assertThat(failure(yaml, "both.yaml").problems())
                .containsExactly(
                        "both.yaml: rolesWithoutSignal[1] (BRUGER): role BRUGER is already given at roles[7]; "
                                + "list each role once",
                        "both.yaml: model: role BEBOER is missing: give it a signal under roles or list it under "
                                + "rolesWithoutSignal");
    }

    @Test
    void aSignalTouchingNoAxisIsRefused() throws IOException {
        String yaml = inEntry(
                inEntry(defaultText(), "  - role: KONVENER\n", "    openness: 0.3\n", "    openness: null\n"),
                "  - role: KONVENER\n",
                "    centrality: -0.3\n",
                "    centrality: ~\n");

        assertThatThrownBy(() -> loader.load(stream(yaml), "none.yaml"))
                .hasMessage(
                        "none.yaml: roles[4] (KONVENER): openness and centrality are both null; a signal must touch at least "
                                + "one axis");
    }

    @Test
    void aDuplicateInfluenceEntryIsRefused() throws IOException {
        String yaml = defaultText()
                .replace(
                        "  - sector: PUBLIC\n    influence: BESTEMMENDE\n",
                        "  - sector: NON_PUBLIC\n    influence: BESTEMMENDE\n");

        assertThatThrownBy(() -> loader.load(stream(yaml), "dup.yaml"))
                .hasMessage(
                        "dup.yaml: participantInfluence[2] (NON_PUBLIC BESTEMMENDE): sector and influence NON_PUBLIC "
                                + "BESTEMMENDE is already given at participantInfluence[1]; list each once");
    }

    @Test
    void brokenYamlNamesTheLine() {
        String yaml = "name: x\nroles: [\n";

        assertThatThrownBy(() -> loader.load(stream(yaml), "broken.yaml"))
                .isInstanceOf(TypologyModelException.class)
                .hasMessageStartingWith("broken.yaml: line ")
                .hasMessageContaining("not readable as YAML");
    }

    @Test
    void aDuplicateKeyIsAYamlProblem() throws IOException {
        String yaml = defaultText().replace("windowDays: 90\n", "windowDays: 90\nwindowDays: 30\n");

        assertThatThrownBy(() -> loader.load(stream(yaml), "dup-key.yaml"))
                .hasMessageStartingWith("dup-key.yaml: line ")
                .hasMessageContaining("windowDays");
    }

    @Test
    void anEmptyFileIsSaidToBeEmpty() {
        assertThatThrownBy(() -> loader.load(stream(""), "empty.yaml")).hasMessage("empty.yaml: the file is empty");
    }

    private static void assertSignal(Optional<Signal> signal, String openness, String centrality) {
        assertThat(signal).isPresent();
        assertThat(signal.get().openness().orElseThrow()).isEqualByComparingTo(openness);
        assertThat(signal.get().centrality().orElseThrow()).isEqualByComparingTo(centrality);
        assertThat(signal.get().weight()).isEqualByComparingTo("1");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private TypologyModelException failure(String yaml, String name) {
        TypologyModelException failure =
                catchThrowableOfType(TypologyModelException.class, () -> loader.load(stream(yaml), name));
        assertThat(failure).as("the model should be refused").isNotNull();
        assertThat(failure.file()).isEqualTo(name);
        return failure;
    }

    /** Replaces the first occurrence of a line after the line that opens an entry. */
    private static String inEntry(String text, String entryStart, String line, String replacement) {
        int entry = text.indexOf(entryStart);
        assertThat(entry).as(entryStart).isNotNegative();
        int at = text.indexOf(line, entry);
        assertThat(at).as(line).isNotNegative();
        return text.substring(0, at) + replacement + text.substring(at + line.length());
    }

    private static String defaultText() throws IOException {
        return Files.readString(V1_FILE);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
