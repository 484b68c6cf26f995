package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Sector;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An engagement as the typology sees it: when, what kind, the initiator's sector and the participants. */
public record Engagement(String engagementId, LocalDate occurredOn, EngagementKind kind, String initiatedBy,
                         Optional<Sector> initiatorSector, List<Participant> participants) {

    public Engagement {
        participants = List.copyOf(participants);
    }
}
