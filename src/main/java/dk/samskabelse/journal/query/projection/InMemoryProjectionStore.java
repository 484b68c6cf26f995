package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.api.JournalEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Rows in memory, for replaying one project's (filtered) events through the live projectors, and for the
 * offline rebuild. Keyed like the tables: (project id, row id).
 */
public class InMemoryProjectionStore implements ProjectionStore {

    private record Key(String projectId, String rowId) {}

    private final Map<Class<?>, Map<Key, ProjectRow>> rows = new HashMap<>();
    private final DerivedValues derived;

    /** A store for one replay or one project's rebuild: values derived from events are computed each time. */
    public InMemoryProjectionStore() {
        this(null);
    }

    /** A store whose values derived from events are kept in derived, across replays of the same event instances. */
    public InMemoryProjectionStore(DerivedValues derived) {
        this.derived = derived;
    }

    @Override
    public <T> T derived(JournalEvent event, Class<?> by, Function<JournalEvent, T> compute) {
        return derived == null ? compute.apply(event) : derived.get(event, by, compute);
    }

    @Override
    public <T extends ProjectRow> Optional<T> find(Class<T> type, String projectId, String id) {
        return Optional.ofNullable(type.cast(table(type).get(new Key(projectId, id))));
    }

    @Override
    public void persist(ProjectRow row) {
        Key key = key(row);
        Map<Key, ProjectRow> table = table(row.getClass());
        if (table.containsKey(key)) {
            // What the database's primary key refuses, memory refuses too, so a replay fails where the table would.
            throw new DuplicateRowException(row.getClass(), row.getProjectId(), row.getRowId());
        }
        table.put(key, row);
    }

    @Override
    public void remove(ProjectRow row) {
        table(row.getClass()).remove(key(row));
    }

    @Override
    public <T extends ProjectRow> List<T> forProject(Class<T> type, String projectId) {
        List<T> result = new ArrayList<>();
        for (ProjectRow row : table(type).values()) {
            if (row.getProjectId().equals(projectId)) {
                result.add(type.cast(row));
            }
        }
        return result;
    }

    @Override
    public <T extends ProjectRow> List<T> all(Class<T> type) {
        return table(type).values().stream().map(type::cast).toList();
    }

    @Override
    public void removeAll(Class<? extends ProjectRow> type) {
        table(type).clear();
    }

    private static Key key(ProjectRow row) {
        return new Key(row.getProjectId(), row.getRowId());
    }

    private Map<Key, ProjectRow> table(Class<?> type) {
        return rows.computeIfAbsent(type, t -> new LinkedHashMap<>());
    }
}
