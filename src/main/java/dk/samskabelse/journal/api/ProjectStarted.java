package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A project begins, in Afklaring. Revision 2 added continuesProjectId: the project whose "afsæt for ny
 * samskabelse" (seed 002, Erkendelse) this one takes up, else null; events of revision 1 are upcast with null.
 */
@Revision("2")
public record ProjectStarted(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String name,
        String municipality,
        Area area,
        String purpose,
        String continuesProjectId)
        implements JournalEvent {

    public ProjectStarted(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            String name,
            String municipality,
            Area area,
            String purpose) {
        this(projectId, entryId, effectiveOn, name, municipality, area, purpose, null);
    }
}
