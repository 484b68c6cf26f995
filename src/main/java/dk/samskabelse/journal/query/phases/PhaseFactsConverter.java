package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.query.roles.JsonColumns;
import jakarta.persistence.Converter;

@Converter
public class PhaseFactsConverter extends JsonColumns.ListConverter<PhaseFact> {

    public PhaseFactsConverter() {
        super(PhaseFact.class);
    }
}
