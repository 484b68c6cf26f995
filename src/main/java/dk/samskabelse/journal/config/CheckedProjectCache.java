package dk.samskabelse.journal.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The projects in memory between commands (Axon's aggregate cache), at most a bounded number of them. Another
 * journal instance (or anything else) may have appended to a project since it was cached; a command is still
 * judged on the cached copy without asking the event store first, because the database answers for it:
 * <ul>
 * <li>A stale copy that ACCEPTS a command stores its events under sequence numbers that are already taken: the
 * insert meets the unique key (aggregate_identifier, sequence_number), the command rolls back, Axon's caching
 * repository drops the copy on that rollback, and the gateway retries the command on the project sourced afresh
 * (WriteConflictRetryScheduler). A copy that accepts a command without events (a repeated entry) is right
 * too: a stale copy knows a prefix of the project's entries, and an entry it knows the fresh project knows.</li>
 * <li>A stale copy that REFUSES a command meets no key, and could refuse a valid one (an actor registered on
 * another instance would be unknown). So a refusal judged on a cached copy is checked: one index lookup of the
 * project's last sequence number ({@link #refusalOnStaleCopy}); if the store has moved past the copy, the copy
 * is dropped and the refusal becomes a {@link StaleProjectCopy} conflict, which the gateway retries on the fresh
 * project (StaleRefusalRetry on the command bus).</li>
 * </ul>
 * So the success path costs no read at all. Strong references in a size-bounded Caffeine map: Axon's
 * WeakReferenceCache loses its entries at every young collection, which under write load is every few hundred
 * milliseconds.
 */
class CheckedProjectCache implements Cache {

    private static final Field VERSION = versionField();

    private static final String SERVED = CheckedProjectCache.class.getName() + ".served";

    private final ConcurrentMap<Object, Object> entries;
    private final JdbcTemplate jdbc;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    CheckedProjectCache(JdbcTemplate jdbc, long maximumProjects) {
        this.entries = Caffeine.newBuilder()
                .maximumSize(maximumProjects)
                .removalListener((Object key, Object value, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        notify(listener -> listener.onEntryExpired(key));
                    }
                })
                .build()
                .asMap();
        this.jdbc = jdbc;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && CurrentUnitOfWork.isStarted()) {
            // Remembered for the command's unit of work, in case the command is refused on this copy.
            CurrentUnitOfWork.get()
                    .root()
                    .getOrComputeResource(SERVED, name -> new HashMap<Object, Long>())
                    .put(key, version(entry));
        }
        if (value != null) {
            notify(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    /**
     * After a command was refused in the given unit of work: whether it was judged on a cached copy of a project
     * that the event store has moved past since. Such a copy is dropped. Costs one index lookup per cached
     * project the command used (none when the project was sourced afresh).
     */
    boolean refusalOnStaleCopy(UnitOfWork<?> unitOfWork) {
        Map<Object, Long> served = unitOfWork.root().getResource(SERVED);
        if (served == null) {
            return false;
        }
        boolean stale = false;
        for (Map.Entry<Object, Long> copy : served.entrySet()) {
            if (!Objects.equals(copy.getValue(), storedVersion(copy.getKey()))) {
                remove(copy.getKey());
                stale = true;
            }
        }
        return stale;
    }

    private Long storedVersion(Object projectId) {
        return jdbc.queryForObject(
                "SELECT max(sequence_number) FROM domain_event_entry " + "WHERE aggregate_identifier = ?",
                Long.class,
                projectId.toString());
    }

    @Override
    public void put(Object key, Object value) {
        Object previous = entries.put(key, value);
        notify(listener -> {
            if (previous == null) {
                listener.onEntryCreated(key, value);
            } else {
                listener.onEntryUpdated(key, value);
            }
        });
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        boolean added = entries.putIfAbsent(key, value) == null;
        if (added) {
            notify(listener -> listener.onEntryCreated(key, value));
        }
        return added;
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        T value = get(key);
        if (value != null) {
            return value;
        }
        T created = valueSupplier.get();
        return putIfAbsent(key, created) ? created : get(key);
    }

    @Override
    public boolean remove(Object key) {
        boolean removed = entries.remove(key) != null;
        if (removed) {
            notify(listener -> listener.onEntryRemoved(key));
        }
        return removed;
    }

    @Override
    public void removeAll() {
        List.copyOf(entries.keySet()).forEach(this::remove);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        listeners.add(cacheEntryListener);
        return () -> listeners.remove(cacheEntryListener);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        Object updated = entries.computeIfPresent(key, (k, value) -> update.apply((V) value));
        if (updated != null) {
            notify(listener -> listener.onEntryUpdated(key, updated));
        }
    }

    private void notify(Consumer<EntryListener> event) {
        listeners.forEach(event);
    }

    /**
     * The cached project's version (its last sequence number) as Axon stored it in the entry. Read by reflection
     * because Axon 4.13 offers no supported way: AggregateCacheEntry has no getter, and its public
     * recreateAggregate(...) needs the aggregate model, event store and snapshot trigger that only the caching
     * repository holds. CheckedProjectCacheAxonGuardTest fails with a clear message when an Axon upgrade
     * removes or retypes the field.
     */
    static Long version(AggregateCacheEntry<?> entry) {
        try {
            return (Long) VERSION.get(entry);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read the version of a cached project", e);
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(
                    "Axon's AggregateCacheEntry has no version field any more; "
                            + "config/CheckedProjectCache needs another way to check a cached project",
                    e);
        }
    }
}
