package dk.samskabelse.journal.api;

import java.time.LocalDate;

/** continuesProjectId: optional, a project of the same journal whose "afsæt for ny samskabelse" this takes up. */
public record StartProject(
        String projectId,
        String entryId,
        String name,
        String municipality,
        Area area,
        String purpose,
        LocalDate startedOn,
        String continuesProjectId) {

    public StartProject(
            String projectId,
            String entryId,
            String name,
            String municipality,
            Area area,
            String purpose,
            LocalDate startedOn) {
        this(projectId, entryId, name, municipality, area, purpose, startedOn, null);
    }
}
