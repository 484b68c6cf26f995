package dk.samskabelse.journal.query.projection;

/**
 * A projection row that belongs to one project. Its key is (project id, row id): the row id (an entry or actor
 * id) is unique only within the project. Rows of which a project has one (its summary, its phase cursor) have
 * the project id as row id.
 */
public interface ProjectRow {

    String getProjectId();

    String getRowId();
}
