package dk.samskabelse.journal.web;

import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.TimeTravel;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** Reads one project for a page, now or at a point in time; an id that names no project is the 404 page. */
@Component
public class ProjectLoader {

    private final ProjectDataSource source;

    ProjectLoader(ProjectDataSource source) {
        this.source = source;
    }

    public ProjectData load(String projectId) {
        return find(projectId, TimeTravel.NOW).orElseThrow(ProjectNotFoundException::new);
    }

    /** Empty when the project had not begun (or the journal did not know of it) at that point. */
    public Optional<ProjectData> find(String projectId, TimeTravel when) {
        if (!isUuid(projectId)) {
            throw new ProjectNotFoundException();
        }
        return source.load(projectId, when);
    }

    /** Project ids are UUIDs made by the journal; anything else names no project. */
    private static boolean isUuid(String value) {
        try {
            return value != null && value.length() == 36 && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
