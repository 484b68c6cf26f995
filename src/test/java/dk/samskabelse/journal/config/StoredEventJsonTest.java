package dk.samskabelse.journal.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.InputStream;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

/**
 * The event serializer now takes the journal's one JSON configuration (support/JournalJson). The events it writes
 * must be byte for byte what the serializer wrote before, which is spelled out here as it was: every event of the
 * stored-event fixture, read and written again by both, and the recording metadata.
 */
class StoredEventJsonTest {

    private static final String FIXTURE = "/fixtures/stored-events-8dd06f4.json";

    /** The event serializer's own mapper before the one configuration; never change it. */
    private static final Serializer BEFORE = JacksonSerializer.builder()
            .objectMapper(new ObjectMapper()
                    .registerModule(new JavaTimeModule())
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
            .lenientDeserialization()
            .build();

    private final Serializer now = new AxonConfig().eventSerializer();

    @Test
    void everyFixtureEventIsWrittenAsBefore() throws Exception {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            fixture = new ObjectMapper().readTree(in);
        }
        ObjectMapper reader = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        int events = 0;
        for (JsonNode row : fixture.get("events")) {
            Object event = reader.readValue(
                    row.get("payload").asText(),
                    Class.forName(row.get("payloadType").asText()));
            String before = BEFORE.serialize(event, String.class).getData();
            assertThat(now.serialize(event, String.class).getData())
                    .as(row.get("payloadType").asText())
                    .isEqualTo(before);
            assertThat(now.deserialize(now.serialize(event, String.class)).equals(event))
                    .isTrue();
            events++;
        }
        assertThat(events).isEqualTo(26);
    }

    @Test
    void theRecordingMetadataIsWrittenAsBefore() {
        MetaData metaData = MetaData.from(Map.of("recordedBy", "projektleder", "recordedAt", "2024-01-08T10:00:00Z"));
        assertThat(now.serialize(metaData, String.class).getData())
                .isEqualTo(BEFORE.serialize(metaData, String.class).getData());
    }
}
