package dk.samskabelse.journal.query.actorreport;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the journal holds about one actor (right of access, GDPR art. 15): the register row (name,
 * organisation, contact, when registered; absent once erased), the project, and every entry that names the actor
 * with both clocks and who recorded it. Retracted entries are listed too, marked, because the journal still
 * holds them.
 */
public record ActorReport(
        String actorId,
        String projectId,
        String projectName,
        ActorKind kind,
        Sector sector,
        LocalDate joinedOn,
        Register register,
        boolean erased,
        List<Entry> entries,
        Instant generatedAt) {

    /** The row of the personal-data register. */
    public record Register(String name, String organisation, String contact, Instant registeredAt) {

        @Override
        public String toString() {
            // Keeps names out of logs, like api.ActorPersonalData.
            return "Register[redacted]";
        }
    }

    /**
     * One entry naming the actor. Only the fields of its kind are set: the role for a registration, from/to for
     * a shift, the engagement's kind, title, whether the actor initiated it, the actor's influence and
     * contributions; text is the entry's free text (reason, notes); retractedEntryId for a retraction of one of
     * the actor's entries, retractedBy on an entry that was retracted.
     */
    public record Entry(
            String entryId,
            String type,
            LocalDate effectiveOn,
            Instant recordedAt,
            String recordedBy,
            Role role,
            Role fromRole,
            EngagementKind engagementKind,
            String title,
            Boolean initiator,
            Influence influence,
            List<ContributionType> contributions,
            String text,
            String retractedEntryId,
            String retractedBy) {}
}
