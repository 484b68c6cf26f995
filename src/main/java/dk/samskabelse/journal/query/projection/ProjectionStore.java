package dk.samskabelse.journal.query.projection;

import java.util.List;
import java.util.Optional;

/**
 * Where projectors keep their rows. Two implementations run the same projector code: the database (the live
 * projections on streaming processors) and memory (time travel and replay of one project). Projectors only
 * look rows up by id, so within a batch nothing forces a flush and the database writes go out batched.
 */
public interface ProjectionStore {

    <T extends ProjectRow> Optional<T> find(Class<T> type, Object id);

    void persist(ProjectRow row);

    void remove(ProjectRow row);

    <T extends ProjectRow> List<T> forProject(Class<T> type, String projectId);

    <T extends ProjectRow> List<T> all(Class<T> type);

    void removeAll(Class<? extends ProjectRow> type);
}
