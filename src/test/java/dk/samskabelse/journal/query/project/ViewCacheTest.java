package dk.samskabelse.journal.query.project;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.declarations.DeclaredPlacementRow;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.phases.PhaseInterval;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.InMemoryProjectionStore;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import dk.samskabelse.journal.query.summary.PortfolioProjector;
import dk.samskabelse.journal.query.summary.ProjectSummary;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import dk.samskabelse.journal.query.timeline.TimelineProjector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ViewCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ViewCache cache = new ViewCache(registry, viewCache(true, 10_000));
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void theSameVersionIsReadOnceAndThenServedFromMemory() {
        ProjectData rows = project("p", 3);

        Optional<ProjectData> first = cache.data("p", 3, counted(rows));
        Optional<ProjectData> second = cache.data("p", 3, counted(rows));
        Optional<ProjectData> third = cache.data("p", 3, counted(project("p", 3)));

        assertThat(reads).hasValue(1);
        assertThat(second).containsSame(first.orElseThrow());
        assertThat(third).containsSame(first.orElseThrow());
        assertThat(count("data", "hit")).isEqualTo(2);
        assertThat(count("data", "miss")).isEqualTo(1);
    }

    @Test
    void aNewVersionIsReadAgainAndItsViewsComputedAgain() {
        ProjectData old = cache.data("p", 3, counted(project("p", 3))).orElseThrow();
        String oldView = cache.view(
                old, "timeline", null, () -> "view of " + old.timeline().size());

        ProjectData changed = cache.data("p", 4, counted(project("p", 4))).orElseThrow();
        String newView = cache.view(
                changed, "timeline", null, () -> "view of " + changed.timeline().size());

        assertThat(reads).hasValue(2);
        assertThat(changed).isNotSameAs(old);
        assertThat(oldView).isEqualTo("view of 3");
        assertThat(newView).isEqualTo("view of 4");
        assertThat(count("timeline", "miss")).isEqualTo(2);
        assertThat(cache.versionOf(changed)).contains(4L);
        // The older version's views are gone with it: asking for them computes again.
        assertThat(cache.view(old, "timeline", null, () -> "again")).isEqualTo("again");
    }

    @Test
    void aViewIsComputedOncePerParameters() {
        ProjectData rows = cache.data("p", 1, counted(project("p", 1))).orElseThrow();
        AtomicInteger computed = new AtomicInteger();
        Supplier<String> compute = () -> "chart " + computed.incrementAndGet();

        String danish = cache.view(rows, "chart", List.of("model-a", Locale.forLanguageTag("da")), compute);
        String danishAgain = cache.view(rows, "chart", List.of("model-a", Locale.forLanguageTag("da")), compute);
        String english = cache.view(rows, "chart", List.of("model-a", Locale.ENGLISH), compute);
        String otherModel = cache.view(rows, "chart", List.of("model-b", Locale.forLanguageTag("da")), compute);

        assertThat(danish).isEqualTo("chart 1").isSameAs(danishAgain);
        assertThat(english).isEqualTo("chart 2");
        assertThat(otherModel).isEqualTo("chart 3");
        assertThat(count("chart", "hit")).isEqualTo(1);
        assertThat(count("chart", "miss")).isEqualTo(3);
    }

    @Test
    void rowsTheCacheDidNotHandOutAreNeverKept() {
        // A time-travel or pseudonymised replay builds its own ProjectData: computed every time, not counted.
        ProjectData replay = project("p", 2);
        AtomicInteger computed = new AtomicInteger();

        cache.view(replay, "timeline", null, computed::incrementAndGet);
        cache.view(replay, "timeline", null, computed::incrementAndGet);

        assertThat(computed).hasValue(2);
        assertThat(cache.versionOf(replay)).isEmpty();
        assertThat(registry.find("journal.view.cache").counters()).isEmpty();
    }

    @Test
    void memoryIsBoundedByTheRowsKept() {
        // Each project's rows weigh 1 + 5 rows (summary + timeline); room for a little over three of them.
        ViewCache small = new ViewCache(registry, viewCache(true, 20));
        for (int i = 0; i < 10; i++) {
            String id = "p" + i;
            small.data(id, 5, counted(project(id, 5)));
        }
        small.cleanUp();
        int before = reads.get();
        for (int i = 0; i < 10; i++) {
            String id = "p" + i;
            small.data(id, 5, counted(project(id, 5)));
        }

        assertThat(reads.get() - before)
                .as("projects read again after eviction")
                .isGreaterThanOrEqualTo(7);
        assertThat(registry.find("cache.size").tag("cache", "journal.view").gauge())
                .isNotNull();
    }

    @Test
    void switchedOffEveryRequestReads() {
        ViewCache off = new ViewCache(registry, viewCache(false, 10_000));
        off.data("p", 1, counted(project("p", 1)));
        ProjectData rows = off.data("p", 1, counted(project("p", 1))).orElseThrow();

        assertThat(reads).hasValue(2);
        assertThat(off.versionOf(rows)).isEmpty();
    }

    private Supplier<Optional<ProjectData>> counted(ProjectData rows) {
        return () -> {
            reads.incrementAndGet();
            return Optional.of(rows);
        };
    }

    private double count(String view, String result) {
        return registry.get("journal.view.cache")
                .tag("view", view)
                .tag("result", result)
                .counter()
                .count();
    }

    /** A project with a start and insights: events entries in all. */
    private static ProjectData project(String id, int events) {
        InMemoryProjectionStore store = new InMemoryProjectionStore();
        PortfolioProjector portfolio = new PortfolioProjector();
        TimelineProjector timeline = new TimelineProjector();
        for (int i = 0; i < events; i++) {
            JournalEvent event = i == 0
                    ? new ProjectStarted(id, id + "-0", DAY, "Navn", "Næstved", Area.ANDET, null)
                    : new InsightRecorded(id, id + "-" + i, DAY.plusDays(i), FocusPoint.PROCES, "Tekst", false);
            EntryMeta meta =
                    new EntryMeta(i, Instant.parse("2026-03-02T10:00:00Z").plusSeconds(i), "leder");
            portfolio.apply(event, meta, store);
            timeline.apply(event, meta, store);
        }
        return new ProjectData(
                store.projectRow(ProjectSummary.class, id).orElseThrow(),
                store.forProject(ActorRow.class, id),
                store.forProject(RoleInterval.class, id),
                store.forProject(PhaseInterval.class, id),
                store.forProject(EngagementRow.class, id),
                store.forProject(DeclaredPlacementRow.class, id),
                store.forProject(TimelineEntry.class, id));
    }

    private static ProjectCacheProperties viewCache(boolean enabled, long maximumWeight) {
        return new ProjectCacheProperties(new ProjectCacheProperties.ViewCacheSettings(enabled, maximumWeight), null);
    }
}
