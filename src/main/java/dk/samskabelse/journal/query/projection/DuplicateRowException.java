package dk.samskabelse.journal.query.projection;

/**
 * A projector tried to add a row whose key (project, id) is taken in memory (a replay or the offline rebuild):
 * refused as the database's primary key would refuse it, so a replay fails where the table would.
 */
public class DuplicateRowException extends RuntimeException {

    public DuplicateRowException(Class<?> type, String projectId, String rowId) {
        super(type.getSimpleName() + " " + rowId + " already exists in project " + projectId);
    }
}
