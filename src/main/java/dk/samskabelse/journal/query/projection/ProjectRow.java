package dk.samskabelse.journal.query.projection;

/** A projection row that belongs to one project; lets the in-memory store answer "all rows of project P". */
public interface ProjectRow {

    String getProjectId();

    Object getRowId();
}
