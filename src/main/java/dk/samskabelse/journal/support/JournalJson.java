package dk.samskabelse.journal.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The journal's one JSON configuration: for the API, the stored events, the projections' JSON columns and the
 * exports. Spring's ObjectMapper is built with it (config/JsonConfig); code that Spring does not create (JPA
 * converters, static helpers) and the event serializer use {@link #mapper()}.
 *
 * <p>The stored events are written with these settings and are kept forever: dates as ISO text, unknown fields
 * ignored on reading (a field added to an event later must not break replaying old ones), nulls written.
 * StoredEventJsonTest pins the bytes; change nothing here without it.
 */
public final class JournalJson {

    private static final ObjectMapper MAPPER = builder().build();

    private JournalJson() {
    }

    /** Spring's builder (Java time, Jdk8 and parameter-name modules) with the journal's settings. */
    public static Jackson2ObjectMapperBuilder builder() {
        return configure(Jackson2ObjectMapperBuilder.json());
    }

    /** The journal's settings on a builder; Spring Boot's ObjectMapper gets them through a customizer. */
    public static Jackson2ObjectMapperBuilder configure(Jackson2ObjectMapperBuilder builder) {
        return builder.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS,
                DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * The shared mapper for code outside Spring beans. It is shared: never register modules or change features
     * on it; take {@code mapper().copy()} for a variant.
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
