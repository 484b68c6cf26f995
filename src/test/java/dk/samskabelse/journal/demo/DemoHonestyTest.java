package dk.samskabelse.journal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.WithdrawActor;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7 (demo honesty): no demo free text names a citizen (the journal's forms warn against exactly
 * that, form.freeText.warning), shareable demo text names nobody, a citizen's reason for leaving is not
 * shareable, every demo entry says where it comes from, and the Næstved history no longer borrows the Viborg
 * project leader's words (seed 000_6b9a6d0be96d5ed0.txt quotes the two project leaders separately).
 */
class DemoHonestyTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    /** Citizens in the wider sense: people and groups outside any organisation (docs/domain.md "Actor kinds"). */
    private static final Set<ActorKind> CITIZENS = Set.of(ActorKind.BORGER, ActorKind.BORGERGRUPPE);

    /**
     * Common Danish first names the demo plan's sources and earlier versions used in free text (seed 003's two
     * consultants, and the names that stood in the Næstved, Holstebro, Aarhus and Odense texts before issue 13).
     */
    private static final Set<String> COMMON_FIRST_NAMES = Set.of(
            "Kim",
            "Sanne",
            "Jonas",
            "Susanne",
            "Julie",
            "Rasmus",
            "Svend",
            "Tommy",
            "Sebastian",
            "Mette",
            "Anne",
            "Peter",
            "Jens",
            "Lars",
            "Hanne",
            "Søren");

    /** What the Viborg project leader says in seed 000 (generationsmøder, jagtforeningen, børneskovsprojekt). */
    private static final List<String> VIBORG_WORDS = List.of(
            "tale os ind på hinanden",
            "tale sig ind på hinanden",
            "stenene",
            "hvordan og hvornår",
            "sindssygt engagerede",
            "sætte sig på sine hænder",
            "reel indflydelse",
            "børneskov",
            "justere tingene undervejs",
            "jagtforening",
            "generationsmøde");

    private record Text(String file, String label, String text, boolean shareable) {}

    @Test
    void noDemoFreeTextNamesACitizen() {
        Set<String> citizens = firstNames(true);
        assertThat(citizens).as("the demo plan registers citizens").contains("Jonas", "Tommy", "Sebastian");
        List<String> found = texts().stream()
                .flatMap(t -> words(t.text()).stream()
                        .filter(citizens::contains)
                        .map(name -> t.file() + " " + t.label() + ": " + name + " in \"" + t.text() + "\""))
                .toList();
        assertThat(found).isEmpty();
    }

    @Test
    void shareableDemoFreeTextNamesNoActorAndNoCommonFirstName() {
        Set<String> names = new TreeSet<>(firstNames(false));
        names.addAll(COMMON_FIRST_NAMES);
        List<Text> shareable = texts().stream().filter(Text::shareable).toList();
        assertThat(shareable).as("some demo text is shareable").hasSizeGreaterThan(50);
        List<String> found = shareable.stream()
                .flatMap(t -> words(t.text()).stream()
                        .filter(names::contains)
                        .map(name -> t.file() + " " + t.label() + ": " + name + " in \"" + t.text() + "\""))
                .toList();
        assertThat(found).isEmpty();
    }

    /**
     * Why a citizen (one person) left, moved, started an education, fell ill, is about the person and never
     * harmless; a group's reason (a working group closed down) may be shared.
     */
    @Test
    void aCitizensReasonForLeavingIsNotShareable() {
        for (Map.Entry<String, DemoHistory> file : DemoHistories.histories().entrySet()) {
            Set<String> citizens = file.getValue().actors().stream()
                    .filter(a -> a.kind() == ActorKind.BORGER)
                    .map(a -> DemoPlan.actorId(file.getValue().key(), a.key()))
                    .collect(Collectors.toSet());
            DemoPlan plan = DemoHistories.plans(ZONE).stream()
                    .filter(p -> p.file().equals(file.getKey()))
                    .findFirst()
                    .orElseThrow();
            assertThat(plan.steps())
                    .map(DemoPlan.Step::command)
                    .filteredOn(WithdrawActor.class::isInstance)
                    .map(WithdrawActor.class::cast)
                    .filteredOn(w -> citizens.contains(w.actorId()))
                    .as(file.getKey())
                    .allSatisfy(w -> assertThat(w.shareable()).isFalse());
        }
    }

    @Test
    void everyDemoEntrySaysWhetherItRestsOnTheSeedOrIsInvented() {
        for (DemoPlan plan : DemoHistories.plans(ZONE)) {
            List<String> entryIds =
                    plan.steps().stream().map(step -> entryId(step.command())).toList();
            assertThat(plan.sources().keySet()).as(plan.file()).containsExactlyInAnyOrderElementsOf(entryIds);
            assertThat(plan.sources().values())
                    .as(plan.file())
                    .allSatisfy(
                            source -> assertThat(source.kind()).isIn(DemoSource.Kind.SEED, DemoSource.Kind.INVENTED))
                    .anySatisfy(source -> assertThat(source.kind()).isEqualTo(DemoSource.Kind.SEED))
                    .anySatisfy(source -> assertThat(source.kind()).isEqualTo(DemoSource.Kind.INVENTED));
            assertThat(plan.sources().values())
                    .filteredOn(source -> source.kind() == DemoSource.Kind.SEED)
                    .allSatisfy(source -> {
                        assertThat(source.seedFile()).matches(DemoPlan.SEED_FILE);
                        assertThat(source.passage()).isNotBlank();
                    });
        }
    }

    @Test
    void theNaestvedHistoryNoLongerBorrowsTheViborgProjectLeadersWords() {
        DemoPlan naestved = DemoHistories.plans(ZONE).stream()
                .filter(p -> p.key().equals("naturens-rige"))
                .findFirst()
                .orElseThrow();
        List<String> texts = new ArrayList<>(texts().stream()
                .filter(t -> t.file().equals(naestved.file()))
                .map(Text::text)
                .toList());
        naestved.sources().values().stream().filter(s -> s.passage() != null).forEach(s -> texts.add(s.passage()));
        assertThat(texts)
                .hasSizeGreaterThan(50)
                .allSatisfy(text ->
                        assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain(VIBORG_WORDS.toArray(String[]::new)));
    }

    /** The first names (the first word of the invented "Fornavn X." names) of the citizens, or of all actors. */
    private static Set<String> firstNames(boolean citizensOnly) {
        return DemoHistories.histories().values().stream()
                .flatMap(h -> h.actors().stream())
                .filter(a -> !citizensOnly || CITIZENS.contains(a.kind()))
                .map(a -> a.name().split(" ")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every free text of every demo command except the personal-data register's (RegisterActor's name). */
    private static List<Text> texts() {
        List<Text> texts = new ArrayList<>();
        for (DemoPlan plan : DemoHistories.plans(ZONE)) {
            for (DemoPlan.Step step : plan.steps()) {
                if (step.command() instanceof RegisterActor) {
                    continue;
                }
                boolean shareable = shareable(step.command());
                List<String> found = new ArrayList<>();
                collect(step.command(), found);
                found.forEach(text -> texts.add(new Text(plan.file(), step.label(), text, shareable)));
            }
        }
        return texts;
    }

    /** A command without a shareable mark (the purpose, Afklaring, a declaration) is never shared. */
    private static boolean shareable(Object command) {
        return Arrays.stream(command.getClass().getRecordComponents())
                .filter(c -> c.getName().equals("shareable"))
                .findFirst()
                .map(c -> (Boolean) value(c, command))
                .orElse(false);
    }

    private static void collect(Object value, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, texts));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, texts));
        } else if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                collect(value(component, value), texts);
            }
        }
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String entryId(Object command) {
        return Arrays.stream(command.getClass().getRecordComponents())
                .filter(c -> c.getName().equals("entryId"))
                .findFirst()
                .map(c -> (String) value(c, command))
                .orElseThrow();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
    }
}
