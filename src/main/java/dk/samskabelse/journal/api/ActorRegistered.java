package dk.samskabelse.journal.api;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * An actor joins the project. Name and contact details live in the personal-data register, never here. Revision 2
 * added commercialSupplier: a paid supplier (Lejre's architects), whose relation seed 002 excludes from
 * co-creation ("rent kommercielle relationer"); events of revision 1 are upcast with false.
 */
@Revision("2")
public record ActorRegistered(
        String projectId,
        String entryId,
        LocalDate effectiveOn,
        String actorId,
        ActorKind kind,
        Sector sector,
        Role role,
        boolean commercialSupplier)
        implements JournalEvent {

    public ActorRegistered(
            String projectId,
            String entryId,
            LocalDate effectiveOn,
            String actorId,
            ActorKind kind,
            Sector sector,
            Role role) {
        this(projectId, entryId, effectiveOn, actorId, kind, sector, role, false);
    }
}
