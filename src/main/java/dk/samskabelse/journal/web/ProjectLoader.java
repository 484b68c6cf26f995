package dk.samskabelse.journal.web;

import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.research.ResearchPseudonyms;
import dk.samskabelse.journal.security.ProjectAccess;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads one project for a page, now or at a point in time; an id that names no project is the 404 page. A
 * researcher gets the pseudonymised project (keyed pseudonyms, only shareable free text), so no page can show
 * them a name or a text that was not meant for research.
 */
@Component
public class ProjectLoader {

    private final ProjectDataSource source;
    private final ProjectAccess access;
    private final ResearchPseudonyms pseudonyms;

    ProjectLoader(ProjectDataSource source, ProjectAccess access, ResearchPseudonyms pseudonyms) {
        this.source = source;
        this.access = access;
        this.pseudonyms = pseudonyms;
    }

    /** Whether the pages show the current viewer pseudonyms instead of names. */
    public boolean pseudonymised() {
        return access.pseudonymised();
    }

    public ProjectData load(String projectId) {
        return find(projectId, TimeTravel.NOW).orElseThrow(ProjectNotFoundException::new);
    }

    /** Empty when the project had not begun (or the journal did not know of it) at that point. */
    public Optional<ProjectData> find(String projectId, TimeTravel when) {
        if (!isUuid(projectId)) {
            throw new ProjectNotFoundException();
        }
        return access.pseudonymised()
                ? source.loadPseudonymised(projectId, when, pseudonyms.forProject(projectId))
                : source.load(projectId, when);
    }

    /** Project ids are UUIDs made by the journal; anything else names no project. */
    private static boolean isUuid(String value) {
        try {
            return value != null
                    && value.length() == 36
                    && UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
