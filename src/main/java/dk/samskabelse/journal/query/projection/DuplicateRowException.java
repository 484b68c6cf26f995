package dk.samskabelse.journal.query.projection;

/**
 * A projector tried to add a row whose key (project, id) is taken. The stores check before they insert, so this
 * arrives as the handler's own exception, which the dead-letter queue can park for the event's project alone,
 * rather than as a constraint violation at flush, which would leave the processor's transaction unusable.
 */
public class DuplicateRowException extends RuntimeException {

    public DuplicateRowException(Class<?> type, String projectId, String rowId) {
        super(type.getSimpleName() + " " + rowId + " already exists in project " + projectId);
    }
}
