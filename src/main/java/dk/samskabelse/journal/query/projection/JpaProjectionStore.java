package dk.samskabelse.journal.query.projection;

import jakarta.persistence.EntityManager;
import jakarta.persistence.IdClass;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The live projections' rows, written in the event processor's transaction: the rows of a batch and the
 * processor's token commit together or not at all.
 * <p>
 * Rows are keyed by (project, id) (an {@link IdClass} with a (projectId, id) constructor), or by the project
 * alone. A new row whose key is taken is not looked for before the insert (that would cost a query per row): the
 * primary key refuses it at flush, and {@link FailingEventIsolation} parks the event for its project.
 */
@Component
public class JpaProjectionStore implements ProjectionStore {

    @PersistenceContext
    private EntityManager entityManager;

    private final Map<Class<?>, Constructor<?>> keyConstructors = new ConcurrentHashMap<>();

    @Override
    public <T extends ProjectRow> Optional<T> find(Class<T> type, String projectId, String id) {
        return Optional.ofNullable(entityManager.find(type, key(type, projectId, id)));
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
        return entityManager
                .createQuery("select r from " + type.getSimpleName() + " r where r.projectId = :p", type)
                .setParameter("p", projectId)
                .getResultList();
    }

    /**
     * The rows with this id in any project (rows stored before ids were derived per project may share an id
     * across projects): attribute is the id's property, e.g. "actorId".
     */
    public <T extends ProjectRow> List<T> withIdInAnyProject(Class<T> type, String attribute, String id) {
        return entityManager
                .createQuery("select r from " + type.getSimpleName() + " r where r." + attribute + " = :id", type)
                .setParameter("id", id)
                .getResultList();
    }

    @Override
    public <T extends ProjectRow> List<T> all(Class<T> type) {
        return entityManager
                .createQuery("select r from " + type.getSimpleName() + " r", type)
                .getResultList();
    }

    @Override
    public void removeAll(Class<? extends ProjectRow> type) {
        entityManager.flush();
        entityManager.createQuery("delete from " + type.getSimpleName()).executeUpdate();
        entityManager.clear();
    }

    private Object key(Class<?> type, String projectId, String id) {
        Constructor<?> constructor = keyConstructors.computeIfAbsent(type, JpaProjectionStore::keyConstructor);
        if (constructor == NO_ID_CLASS) {
            if (!projectId.equals(id)) {
                throw new IllegalArgumentException(type.getSimpleName() + " is keyed by the project alone");
            }
            return projectId;
        }
        try {
            return constructor.newInstance(projectId, id);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot make the key of " + type.getSimpleName(), e);
        }
    }

    private static final Constructor<?> NO_ID_CLASS;

    static {
        try {
            NO_ID_CLASS = Object.class.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Constructor<?> keyConstructor(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            IdClass idClass = c.getAnnotation(IdClass.class);
            if (idClass != null) {
                try {
                    return idClass.value().getConstructor(String.class, String.class);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException(idClass.value() + " needs a (projectId, id) constructor", e);
                }
            }
        }
        return NO_ID_CLASS;
    }
}
