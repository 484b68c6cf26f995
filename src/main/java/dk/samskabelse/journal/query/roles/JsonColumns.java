package dk.samskabelse.journal.query.roles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.support.JournalJson;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** Lists of small records kept as JSON in one text column of an actor row. */
public final class JsonColumns {

    private static final ObjectMapper JSON = JournalJson.mapper();

    private JsonColumns() {}

    public abstract static class ListConverter<T> implements AttributeConverter<List<T>, String> {

        private final JavaType type;

        protected ListConverter(Class<T> element) {
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

    @Converter
    public static final class RoleFacts extends ListConverter<RoleFact> {
        public RoleFacts() {
            super(RoleFact.class);
        }
    }

    @Converter
    public static final class Absences extends ListConverter<Absence> {
        public Absences() {
            super(Absence.class);
        }
    }

    @Converter
    public static final class Ids extends ListConverter<String> {
        public Ids() {
            super(String.class);
        }
    }
}
