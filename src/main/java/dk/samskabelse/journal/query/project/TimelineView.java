package dk.samskabelse.journal.query.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.DemoProvenance;
import dk.samskabelse.journal.api.DemoProvenance.DemoSource;
import dk.samskabelse.journal.support.JournalJson;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Every entry in one chronological list (by effective date, then by the order it was written), with both
 * clocks and the recorder. Retracted entries are left out; the retraction itself is listed and names them.
 */
public record TimelineView(List<Entry> entries) {

    private static final ObjectMapper JSON = JournalJson.mapper();

    /** demo: for an entry of a demo project, where it comes from (issue 13); absent otherwise. */
    public record Entry(
            String entryId,
            String type,
            LocalDate effectiveOn,
            Instant recordedAt,
            String recordedBy,
            boolean backdated,
            JsonNode content,
            @JsonInclude(JsonInclude.Include.NON_NULL) DemoSource demo) {

        public Entry(
                String entryId,
                String type,
                LocalDate effectiveOn,
                Instant recordedAt,
                String recordedBy,
                boolean backdated,
                JsonNode content) {
            this(entryId, type, effectiveOn, recordedAt, recordedBy, backdated, content, null);
        }
    }

    /** Issue 13, demo honesty: the entries of a demo project with their provenance; any other project as it is. */
    public TimelineView withDemoSources(String projectId, DemoProvenance demo) {
        if (!demo.isDemo(projectId)) {
            return this;
        }
        return new TimelineView(entries.stream()
                .map(e -> new Entry(
                        e.entryId(),
                        e.type(),
                        e.effectiveOn(),
                        e.recordedAt(),
                        e.recordedBy(),
                        e.backdated(),
                        e.content(),
                        demo.source(projectId, e.entryId()).orElse(null)))
                .toList());
    }

    public static TimelineView from(ProjectData data, java.time.ZoneId zone) {
        return new TimelineView(data.timeline().stream()
                .filter(entry -> !entry.isRetracted())
                .map(entry -> new Entry(
                        entry.getEntryId(),
                        entry.getType(),
                        entry.getEffectiveOn(),
                        entry.getRecordedAt(),
                        entry.getRecordedBy(),
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
