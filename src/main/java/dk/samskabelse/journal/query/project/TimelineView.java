package dk.samskabelse.journal.query.project;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every entry in one chronological list (by effective date, then by the order it was written), with both
 * clocks and the recorder. Retracted entries are left out; the retraction itself is listed and names them.
 */
public record TimelineView(List<Entry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public record Entry(String entryId, String type, LocalDate effectiveOn, Instant recordedAt, String recordedBy,
                        boolean backdated, JsonNode content) {
    }

    public static TimelineView from(ProjectData data, java.time.ZoneId zone) {
        return new TimelineView(data.timeline().stream()
                .filter(entry -> !entry.isRetracted())
                .map(entry -> new Entry(entry.getEntryId(), entry.getType(), entry.getEffectiveOn(),
                        entry.getRecordedAt(), entry.getRecordedBy(),
                        entry.getRecordedAt().atZone(zone).toLocalDate().isAfter(entry.getEffectiveOn()),
                        content(entry.getPayload())))
                .toList());
    }

    private static JsonNode content(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Unreadable timeline entry", e);
        }
    }
}
