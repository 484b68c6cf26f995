package dk.samskabelse.journal.query.engagements;

import dk.samskabelse.journal.api.Contribution;
import jakarta.persistence.Converter;

@Converter
class ContributionsConverter extends JsonListConverter<Contribution> {

    ContributionsConverter() {
        super(Contribution.class);
    }
}
