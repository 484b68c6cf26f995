package dk.samskabelse.journal.query.engagements;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.support.JournalJson;
import jakarta.persistence.AttributeConverter;
import java.util.List;

/** A list of small records stored as a JSON array in one text column. */
abstract class JsonListConverter<T> implements AttributeConverter<List<T>, String> {

    private static final ObjectMapper JSON = JournalJson.mapper();

    private final JavaType type;

    JsonListConverter(Class<T> element) {
        this.type = JSON.getTypeFactory().constructCollectionType(List.class, element);
    }

    @Override
    public String convertToDatabaseColumn(List<T> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + values, e);
        }
    }

    @Override
    public List<T> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : List.copyOf(JSON.<List<T>>readValue(column, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable JSON list in projection row", e);
        }
    }
}
