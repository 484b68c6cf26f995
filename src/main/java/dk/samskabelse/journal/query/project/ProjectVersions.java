package dk.samskabelse.journal.query.project;

import java.util.List;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of a project's read-model rows (proj_project_summary.projection_version, issue 14): one primary-key
 * read per request, so a view kept in memory is served only while the project has not changed, whichever journal
 * instance projected the change.
 */
@Component
public class ProjectVersions {

    private final JdbcTemplate jdbc;

    public ProjectVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when the read side knows no such project (yet). */
    public OptionalLong of(String projectId) {
        List<Long> versions = jdbc.queryForList(
                "SELECT projection_version FROM proj_project_summary WHERE project_id = ?", Long.class, projectId);
        return versions.isEmpty() ? OptionalLong.empty() : OptionalLong.of(versions.get(0));
    }
}
