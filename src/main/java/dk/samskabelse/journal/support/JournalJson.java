package dk.samskabelse.journal.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The journal's one JSON configuration: Spring's builder (Java time, Jdk8 and parameter-name modules) with dates
 * and durations as ISO text. Two mappers are made from it:
 * <ul>
 * <li>Spring Boot's ObjectMapper (API answers and requests, exports): this configuration through a customizer
 * (config/JsonConfig) plus the spring.jackson.* settings of application.yml, which read requests strictly (unknown
 * fields, nulls for numbers, numbers for enums refused) and leave nulls out of answers;</li>
 * <li>{@link #mapper()}, for what the journal stores and reads back itself: the events (config/AxonConfig), the
 * projections' JSON columns and the payloads read from them. It writes nulls and ignores unknown fields (a field
 * added to an event later must not break replaying old ones), and no spring.jackson.* setting reaches it.</li>
 * </ul>
 * The stored events are kept forever: StoredEventJsonTest pins their bytes; change nothing here without it.
 */
public final class JournalJson {

    private static final ObjectMapper MAPPER = configure(Jackson2ObjectMapperBuilder.json())
            .featuresToDisable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private JournalJson() {}

    /** The journal's settings on a builder; Spring Boot's ObjectMapper gets them through a customizer. */
    public static Jackson2ObjectMapperBuilder configure(Jackson2ObjectMapperBuilder builder) {
        return builder.featuresToDisable(
                SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
    }

    /**
     * The mapper for the events and the projections' JSON. It is shared: never register modules or change features
     * on it; take {@code mapper().copy()} for a variant.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
