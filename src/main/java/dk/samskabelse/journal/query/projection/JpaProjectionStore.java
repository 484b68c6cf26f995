package dk.samskabelse.journal.query.projection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The live projections' rows, written in the event processor's transaction: the rows of a batch and the
 * processor's token commit together or not at all.
 */
@Component
public class JpaProjectionStore implements ProjectionStore {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public <T extends ProjectRow> Optional<T> find(Class<T> type, Object id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    @Override
    public void persist(ProjectRow row) {
        entityManager.persist(row);
    }

    @Override
    public void remove(ProjectRow row) {
        entityManager.remove(row);
    }

    @Override
    public <T extends ProjectRow> List<T> forProject(Class<T> type, String projectId) {
        return entityManager.createQuery("select r from " + type.getSimpleName() + " r where r.projectId = :p", type)
                .setParameter("p", projectId)
                .getResultList();
    }

    @Override
    public <T extends ProjectRow> List<T> all(Class<T> type) {
        return entityManager.createQuery("select r from " + type.getSimpleName() + " r", type).getResultList();
    }

    @Override
    public void removeAll(Class<? extends ProjectRow> type) {
        entityManager.flush();
        entityManager.createQuery("delete from " + type.getSimpleName()).executeUpdate();
        entityManager.clear();
    }
}
