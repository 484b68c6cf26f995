package dk.samskabelse.journal.query.project;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.springframework.stereotype.Component;

/**
 * Views served from memory (issue 14): a project's rows as read "now" and what is computed from them, kept per
 * (project, version, view, parameters) and recomputed only when the project's version (ProjectVersions) moves on.
 * The version is checked on every request, so a change projected by another journal instance is seen on the next
 * read. Time travel and pseudonymised replays build their own ProjectData and are never kept: only the instances
 * this cache handed out carry a version.
 * <p>
 * Bounded by weight: a project's rows weigh their count, a view computed from them the same (views grow with the
 * rows). Rows of an older version of a project are dropped when its newer version is read.
 * <p>
 * Metrics (/actuator/metrics, administrators only): journal.view.cache, tagged view and result (hit or miss), and
 * Caffeine's own cache.* meters with cache=journal.view (size, evictions, weight).
 */
@Component
public class ViewCache {

    /** parameters: whatever else the view depends on (model, horizon, locale, names); null when nothing. */
    public record Key(String projectId, long version, String view, Object parameters) {}

    public static final String DATA = "data";

    private record Kept(Object value, int weight) {}

    private final boolean enabled;
    private final Cache<Key, Kept> views;
    /** The data instances handed out, by identity, with the key they were kept under. */
    private final Cache<ProjectData, Kept> served =
            Caffeine.newBuilder().weakKeys().build();

    private final MeterRegistry registry;
    private final Map<String, Counter> hits = new ConcurrentHashMap<>();
    private final Map<String, Counter> misses = new ConcurrentHashMap<>();

    public ViewCache(MeterRegistry registry, ProjectCacheProperties settings) {
        this.registry = registry;
        this.enabled = settings.viewCache().enabled();
        this.views = Caffeine.newBuilder()
                .maximumWeight(settings.viewCache().maximumWeight())
                .weigher((Key key, Kept kept) -> kept.weight())
                .recordStats()
                .build();
        CaffeineCacheMetrics.monitor(registry, views, "journal.view");
    }

    /**
     * The project's rows at this version: kept, or read now and kept. read runs outside any lock of the cache; two
     * requests that miss at once both read (the rows are the same).
     */
    public Optional<ProjectData> data(String projectId, long version, Supplier<Optional<ProjectData>> read) {
        if (!enabled) {
            return read.get();
        }
        Key key = new Key(projectId, version, DATA, null);
        Kept kept = views.getIfPresent(key);
        if (kept != null) {
            count(DATA, true);
            return Optional.of((ProjectData) kept.value());
        }
        count(DATA, false);
        Optional<ProjectData> data = read.get();
        data.ifPresent(rows -> {
            forgetOtherVersions(projectId, version);
            Kept entry = new Kept(rows, weight(rows));
            views.put(key, entry);
            served.put(rows, new Kept(key, entry.weight()));
        });
        return data;
    }

    /**
     * A view computed from data, kept with it when data came from this cache; computed every time otherwise (time
     * travel, pseudonymised replays). compute must depend on nothing but data and parameters.
     */
    public <T> T view(ProjectData data, String view, Object parameters, Supplier<T> compute) {
        return view(data, view, parameters, compute, null);
    }

    /**
     * As view(data, view, parameters, compute), weighed by weight instead of by the project's rows: for what is
     * not in proportion to them (rendered HTML weighs its kilobytes, a row about one).
     */
    @SuppressWarnings("unchecked")
    public <T> T view(ProjectData data, String view, Object parameters, Supplier<T> compute, ToIntFunction<T> weight) {
        Kept source = enabled ? served.getIfPresent(data) : null;
        if (source == null) {
            return compute.get();
        }
        Key dataKey = (Key) source.value();
        Key key = new Key(dataKey.projectId(), dataKey.version(), view, parameters);
        Kept kept = views.getIfPresent(key);
        if (kept != null) {
            count(view, true);
            return (T) kept.value();
        }
        count(view, false);
        // Computed outside the cache's locks: a view may itself use other views of the same project.
        T value = compute.get();
        views.put(key, new Kept(value, weight == null ? source.weight() : Math.max(1, weight.applyAsInt(value))));
        return value;
    }

    /** Whether data is the "now" rows of a version this cache handed out (for tests and callers that key by it). */
    public Optional<Long> versionOf(ProjectData data) {
        return Optional.ofNullable(served.getIfPresent(data)).map(kept -> ((Key) kept.value()).version());
    }

    /** Runs the cache's pending maintenance (evictions) now; for tests. */
    void cleanUp() {
        views.cleanUp();
    }

    private void forgetOtherVersions(String projectId, long version) {
        views.asMap().keySet().removeIf(key -> key.projectId().equals(projectId) && key.version() != version);
    }

    private static int weight(ProjectData data) {
        long rows = 1L
                + data.actors().size()
                + data.roleIntervals().size()
                + data.phaseIntervals().size()
                + data.engagements().size()
                + data.declarations().size()
                + data.timeline().size();
        return (int) Math.min(Integer.MAX_VALUE, rows);
    }

    private void count(String view, boolean hit) {
        (hit ? hits : misses)
                .computeIfAbsent(
                        view,
                        v -> Counter.builder("journal.view.cache")
                                .description("Views served from memory (hit) or computed (miss), per view")
                                .tag("view", v)
                                .tag("result", hit ? "hit" : "miss")
                                .register(registry))
                .increment();
    }
}
