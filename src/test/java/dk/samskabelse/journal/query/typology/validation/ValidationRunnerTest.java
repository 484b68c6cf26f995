package dk.samskabelse.journal.query.typology.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.query.typology.EnactedPlacement;
import dk.samskabelse.journal.query.typology.EnactedPoint;
import dk.samskabelse.journal.query.typology.ProjectHistory;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import dk.samskabelse.journal.query.typology.model.TypologyModelLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Issue 13, point 3: the seed cases of projections/validation judged under the shipped models. */
class ValidationRunnerTest {

    private static final Path CASES = Path.of("projections", "validation");
    private static final TypologyModelLoader LOADER = new TypologyModelLoader();
    private static final TypologyModel DEFAULT = LOADER.load(Path.of("projections", "typology-model.yaml"));
    private static final TypologyModel V1 = LOADER.load(Path.of("projections", "typology-model-v1.yaml"));

    private final List<ValidationCase> cases = new ValidationCaseReader().readDirectory(CASES);
    private final ValidationRunner runner = new ValidationRunner();

    @Test
    void theBuildPackagesTheSameCasesForAJournalRunWithoutItsSourceTree() {
        assertThat(new ValidationCaseReader().readPackaged())
                .extracting(ValidationCase::key)
                .containsExactlyElementsOf(
                        cases.stream().map(ValidationCase::key).toList());
        assertThat(new ValidationCaseReader().readDirectoryOrPackaged(Path.of("no-such-directory")))
                .extracting(ValidationCase::key)
                .containsExactlyElementsOf(
                        cases.stream().map(ValidationCase::key).toList());
    }

    @Test
    void theSetHoldsTheFiveSeedCasesWithTheirSeedsClassification() {
        assertThat(cases)
                .extracting(ValidationCase::key, ValidationCase::classification, ValidationCase::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "familie-med-hjerte", Quadrant.LIGEVAERDIG, "001_63d4697c330befc9.txt"),
                        org.assertj.core.groups.Tuple.tuple("hjerterum", Quadrant.STYRET, "002_ebd1ccbfa6aa797b.txt"),
                        org.assertj.core.groups.Tuple.tuple(
                                "naturens-rige", Quadrant.LIGEVAERDIG, "000_6b9a6d0be96d5ed0.txt"),
                        org.assertj.core.groups.Tuple.tuple(
                                "nul-til-atten", Quadrant.STYRET, "003_3c5abedd891ee6d5.txt"),
                        org.assertj.core.groups.Tuple.tuple(
                                "vores-rum", Quadrant.FACILITERENDE, "001_63d4697c330befc9.txt"));
        assertThat(cases).allSatisfy(c -> assertThat(c.passage()).isNotBlank());
    }

    @Test
    void theDefaultModelAgreesOnEveryCase() {
        List<CaseResult> results = runner.run(DEFAULT, cases);

        assertThat(results)
                .allSatisfy(result -> assertThat(result.agrees())
                        .as("%s: %s", result.validationCase().key(), result.reasons())
                        .isTrue());
        // Each lands where its seed puts it (0-18 ends there after its open start).
        assertThat(results)
                .allSatisfy(result -> assertThat(result.lands())
                        .contains(result.validationCase().classification()));
        CaseResult zeroToEighteen = result(results, "nul-til-atten");
        assertThat(zeroToEighteen.first()).contains(Quadrant.LIGEVAERDIG);
        assertThat(zeroToEighteen.days(Quadrant.LIGEVAERDIG)).isPositive();
    }

    @Test
    void theFirstModelDisagreesOnNaturensRigeFromTheMeetingWhereTheAssociationsBecameCoDeciders() {
        CaseResult naturensRige = result(runner.run(V1, cases), "naturens-rige");
        ValidationCase naturensRigeCase = naturensRige.validationCase();

        assertThat(naturensRige.agrees()).isFalse();
        assertThat(naturensRige.lands()).contains(Quadrant.FACILITERENDE);
        assertThat(naturensRige.days(Quadrant.FACILITERENDE)).isGreaterThan(naturensRige.days(Quadrant.LIGEVAERDIG));
        // Where it turns: the first Faciliterende date of v1's own trajectory is the first meeting with
        // co-deciding associations (planlaegning2), months before the activity day the seed allows.
        LocalDate turn = new EnactedPlacement(V1)
                .trajectory(ProjectHistory.of(naturensRigeCase.events())).stream()
                        .filter(point -> point.quadrant().equals(Optional.of(Quadrant.FACILITERENDE)))
                        .map(EnactedPoint::date)
                        .findFirst()
                        .orElseThrow();
        assertThat(turn)
                .isEqualTo(engagementDate(naturensRigeCase, "planlaegning2"))
                .isBefore(naturensRigeCase.expectation().allowed().get(0).from());
        // The default model keeps it Ligeværdig there and allows only the activity day's stretch.
        CaseResult underDefault = result(runner.run(DEFAULT, cases), "naturens-rige");
        assertThat(underDefault.days(Quadrant.LIGEVAERDIG)).isGreaterThan(naturensRige.days(Quadrant.LIGEVAERDIG));
        assertThat(underDefault.days(Quadrant.FACILITERENDE)).isLessThan(naturensRige.days(Quadrant.FACILITERENDE));
    }

    @Test
    void aDeliberatelyWrongExpectationIsJudgedAsDisagreeing() {
        ValidationCase familie = cases.stream()
                .filter(c -> c.key().equals("familie-med-hjerte"))
                .findFirst()
                .orElseThrow();
        ValidationCase wrong = new ValidationCase(
                familie.key(),
                familie.name(),
                familie.source(),
                familie.passage(),
                Quadrant.FACILITERENDE,
                new Expectation(
                        Optional.of(Quadrant.FACILITERENDE),
                        Optional.empty(),
                        Optional.of(Quadrant.FACILITERENDE),
                        List.of()),
                familie.startedOn(),
                familie.endsOn(),
                familie.events());

        CaseResult result = runner.judge(new EnactedPlacement(DEFAULT), wrong);

        assertThat(result.agrees()).isFalse();
        assertThat(result.days(Quadrant.FACILITERENDE)).isZero();
        long ligevaerdig = result.days(Quadrant.LIGEVAERDIG);
        // Every failed expectation is one reason: the end, the quadrant holding most days (twice: another one
        // holds more, and the expected one never holds), and the days no expectation allows.
        assertThat(result.reasons())
                .containsExactly(
                        "ends in LIGEVAERDIG, seed: FACILITERENDE",
                        "LIGEVAERDIG " + ligevaerdig + " days against FACILITERENDE 0, seed: mostly FACILITERENDE",
                        "never in FACILITERENDE, seed: mostly FACILITERENDE",
                        ligevaerdig + " days outside what the seed allows, first " + familie.startedOn()
                                + " in LIGEVAERDIG");
    }

    @Test
    void aStretchOutsideTheAllowedDaysIsADisagreement() {
        ValidationCase naturensRige = cases.stream()
                .filter(c -> c.key().equals("naturens-rige"))
                .findFirst()
                .orElseThrow();
        // The same case without the allowance for the activity day: the default model's Faciliterende days
        // there now count against it.
        ValidationCase strict = new ValidationCase(
                naturensRige.key(),
                naturensRige.name(),
                naturensRige.source(),
                naturensRige.passage(),
                naturensRige.classification(),
                new Expectation(
                        naturensRige.expectation().mostOfTheTime(),
                        Optional.empty(),
                        naturensRige.expectation().end(),
                        List.of()),
                naturensRige.startedOn(),
                naturensRige.endsOn(),
                naturensRige.events());

        CaseResult result = runner.judge(new EnactedPlacement(DEFAULT), strict);

        assertThat(result.days(Quadrant.FACILITERENDE)).isPositive();
        assertThat(result.agrees()).isFalse();
        assertThat(result.reasons())
                .singleElement()
                .asString()
                .startsWith(result.days(Quadrant.FACILITERENDE) + " days outside what the seed allows");
    }

    @Test
    void daysAreCountedFromStartToEndBothIncluded() {
        Map<String, Long> total = runner.run(DEFAULT, cases).stream()
                .collect(Collectors.toMap(
                        r -> r.validationCase().key(),
                        r -> r.daysPerQuadrant().values().stream()
                                        .mapToLong(Long::longValue)
                                        .sum()
                                + r.daysWithoutPoint()));
        // Vores Rum: 1 March to 31 December 2014 = 306 days.
        assertThat(total.get("vores-rum")).isEqualTo(306);
        cases.forEach(c -> assertThat(total.get(c.key()))
                .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(c.startedOn(), c.endsOn()) + 1));
    }

    @Test
    void aCaseNamingAnUnknownActorIsRefusedWithTheFileName() throws Exception {
        String text = Files.readString(CASES.resolve("vores-rum.yaml"), StandardCharsets.UTF_8)
                .replace("initiatedBy: sagerdersamler", "initiatedBy: ukendt");

        assertThatThrownBy(() -> new ValidationCaseReader()
                        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "broken.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("broken.yaml: not a validation case:")
                .hasMessageContaining("unknown actor 'ukendt'");
    }

    @Test
    void theCommandPrintsOneLinePerCaseAndExitsNonZeroWhenACaseDisagrees() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int defaultExit = ModelValidationCommand.run(
                new String[] {"--journal.validate-model=projections/typology-model.yaml"}, print(out), print(err));
        List<String> defaultLines = out.toString(StandardCharsets.UTF_8).lines().toList();
        out.reset();
        int v1Exit = ModelValidationCommand.run(
                new String[] {"--journal.validate-model=projections/typology-model-v1.yaml"}, print(out), print(err));
        List<String> v1Lines = out.toString(StandardCharsets.UTF_8).lines().toList();

        assertThat(defaultExit).isZero();
        assertThat(defaultLines).hasSize(1 + cases.size());
        assertThat(defaultLines.subList(1, defaultLines.size())).allMatch(line -> line.endsWith("agrees: yes"));
        assertThat(v1Exit).isEqualTo(1);
        assertThat(v1Lines)
                .filteredOn(line -> line.startsWith("naturens-rige"))
                .singleElement()
                .asString()
                .contains("lands FACILITERENDE")
                .contains("agrees: NO");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void anUnusableModelExitsWithTwoAndSaysWhy() throws Exception {
        Path broken = Files.createTempFile("broken-model", ".yaml");
        Files.writeString(broken, "name: kaputt\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = ModelValidationCommand.run(
                new String[] {"--journal.validate-model=" + broken}, print(new ByteArrayOutputStream()), print(err));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing field 'version'");
    }

    private static PrintStream print(ByteArrayOutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    private static CaseResult result(List<CaseResult> results, String key) {
        return results.stream()
                .filter(r -> r.validationCase().key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static LocalDate engagementDate(ValidationCase validationCase, String engagementId) {
        return validationCase.events().stream()
                .filter(EngagementRecorded.class::isInstance)
                .map(EngagementRecorded.class::cast)
                .filter(e -> e.engagementId().equals(engagementId))
                .map(EngagementRecorded::effectiveOn)
                .findFirst()
                .orElseThrow();
    }
}
