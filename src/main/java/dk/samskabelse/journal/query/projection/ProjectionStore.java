package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.api.JournalEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where projectors keep their rows. Two implementations run the same projector code: the database (the live
 * projections on streaming processors) and memory (time travel and replay of one project). Projectors only
 * look rows up by key, so within a batch nothing forces a flush and the database writes go out batched.
 * <p>
 * Every row is keyed by its project and its id within the project (see {@link ProjectRow}): a projector can
 * only ever find, and a store only ever hold, rows of the project it names.
 */
public interface ProjectionStore {

    /**
     * A value computed from the event alone by a projector (by, e.g. an entry's JSON). A store that replays the same
     * event instances again and again (time travel, ProjectDataSource) keeps it; the others compute it each time.
     */
    default <T> T derived(JournalEvent event, Class<?> by, Function<JournalEvent, T> compute) {
        return compute.apply(event);
    }

    /** The row of a project with the given id (an entry or actor id; the project id for per-project rows). */
    <T extends ProjectRow> Optional<T> find(Class<T> type, String projectId, String id);

    /** The one row of a project for types keyed by the project alone (its summary, its phase cursor). */
    default <T extends ProjectRow> Optional<T> projectRow(Class<T> type, String projectId) {
        return find(type, projectId, projectId);
    }

    void persist(ProjectRow row);

    void remove(ProjectRow row);

    <T extends ProjectRow> List<T> forProject(Class<T> type, String projectId);

    <T extends ProjectRow> List<T> all(Class<T> type);

    void removeAll(Class<? extends ProjectRow> type);
}
