package dk.samskabelse.journal.query.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rows in memory, for replaying one project's (filtered) events through the live projectors. */
public class InMemoryProjectionStore implements ProjectionStore {

    private final Map<Class<?>, Map<Object, ProjectRow>> rows = new HashMap<>();

    @Override
    public <T extends ProjectRow> Optional<T> find(Class<T> type, Object id) {
        return Optional.ofNullable(type.cast(table(type).get(id)));
    }

    @Override
    public void persist(ProjectRow row) {
        table(row.getClass()).put(row.getRowId(), row);
    }

    @Override
    public void remove(ProjectRow row) {
        table(row.getClass()).remove(row.getRowId());
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

    private Map<Object, ProjectRow> table(Class<?> type) {
        return rows.computeIfAbsent(type, t -> new LinkedHashMap<>());
    }
}
