package dk.samskabelse.journal.query.engagements;

import jakarta.persistence.Converter;

@Converter
class StringsConverter extends JsonListConverter<String> {

    StringsConverter() {
        super(String.class);
    }
}
