package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.api.Participation;
import jakarta.persistence.Converter;

@Converter
class ParticipationsConverter extends JsonListConverter<Participation> {

    ParticipationsConverter() {
        super(Participation.class);
    }
}
