package dk.samskabelse.journal.config;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The projects in memory between commands (Axon's aggregate cache), at most a bounded number of them, each
 * checked against the event store before it is used: when another journal instance (or anything else) has
 * appended to the project since it was cached, the cached copy is dropped and the project is sourced afresh.
 * Without the check a stale copy could refuse a valid command (an actor registered elsewhere would be unknown)
 * without ever meeting the conflict that a write would. The check is one index lookup of the project's last
 * sequence number, instead of reading and applying all of its events. Strong references in a size-bounded
 * Caffeine map: Axon's WeakReferenceCache loses its entries at every young collection, which under write load
 * is every few hundred milliseconds.
 */
class CheckedProjectCache implements Cache {

    private static final Field VERSION = versionField();

    private final ConcurrentMap<Object, Object> entries;
    private final JdbcTemplate jdbc;
    private final List<EntryListener> listeners = new CopyOnWriteArrayList<>();

    CheckedProjectCache(JdbcTemplate jdbc, long maximumProjects) {
        this.entries = Caffeine.newBuilder().maximumSize(maximumProjects)
                .removalListener((Object key, Object value, RemovalCause cause) -> {
                    if (cause.wasEvicted()) {
                        notify(listener -> listener.onEntryExpired(key));
                    }
                })
                .build().asMap();
        this.jdbc = jdbc;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        Object value = entries.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !Objects.equals(version(entry), storedVersion(key))) {
            remove(key);
            return null;
        }
        if (value != null) {
            notify(listener -> listener.onEntryRead(key, value));
        }
        return (V) value;
    }

    private Long storedVersion(Object projectId) {
        return jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, projectId.toString());
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

    // Axon keeps the cached aggregate's version (its last sequence number) without a getter.
    private static Long version(AggregateCacheEntry<?> entry) {
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
            throw new IllegalStateException("Axon's AggregateCacheEntry has no version field any more; "
                    + "config/CheckedProjectCache needs another way to check a cached project", e);
        }
    }
}
