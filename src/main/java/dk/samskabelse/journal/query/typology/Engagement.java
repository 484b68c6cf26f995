package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Sector;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An engagement as the typology sees it: when, what kind, the initiator's sector and the participants. */
public record Engagement(
        String engagementId,
        LocalDate occurredOn,
        EngagementKind kind,
        String initiatedBy,
        Optional<Sector> initiatorSector,
        List<Participant> participants,
        List<Initiator> initiators) {

    /**
     * One initiator of a (joint) engagement; sector empty when it gives no initiative signal (unknown actor, or a
     * commercial supplier, seed 002 "rent kommercielle relationer").
     */
    public record Initiator(String actorId, Optional<Sector> sector) {}

    public Engagement {
        participants = List.copyOf(participants);
        initiators = List.copyOf(initiators);
    }

    /** An engagement with its one initiator (initiatedBy). */
    public Engagement(
            String engagementId,
            LocalDate occurredOn,
            EngagementKind kind,
            String initiatedBy,
            Optional<Sector> initiatorSector,
            List<Participant> participants) {
        this(
                engagementId,
                occurredOn,
                kind,
                initiatedBy,
                initiatorSector,
                participants,
                initiatedBy == null ? List.of() : List.of(new Initiator(initiatedBy, initiatorSector)));
    }
}
