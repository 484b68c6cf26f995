package dk.samskabelse.journal.query.typology;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.query.timeline.TimelineEntry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read-model path (TypologyService, from the timeline rows) finds the same task origin as the event path
 * (ProjectHistory.of): the latest clarification, in effective-date order, that states one.
 */
class TypologyServiceTaskOriginTest {

    private static TimelineEntry clarified(String id, long sequence, String date, String origin) {
        String payload = "{\"projectId\":\"p\",\"entryId\":\"" + id + "\",\"effectiveOn\":\"" + date + "\","
                + "\"taskOrigin\":" + (origin == null ? "null" : "\"" + origin + "\"") + "}";
        return new TimelineEntry(
                id, "p", sequence, "ProjectClarified", LocalDate.parse(date), Instant.EPOCH, "leder", payload);
    }

    @Test
    void theLatestClarificationStatingAnOriginDecides() {
        List<TimelineEntry> timeline = List.of(
                clarified("c1", 1, "2024-01-10", "BORGERE"),
                clarified("c2", 2, "2024-02-01", "POLITIKERE"),
                clarified("c3", 3, "2024-03-01", null));

        assertThat(TypologyService.taskOrigin(timeline)).contains(TaskOrigin.POLITIKERE);
        assertThat(TypologyService.taskOrigin(timeline.subList(0, 1))).contains(TaskOrigin.BORGERE);
        assertThat(TypologyService.taskOrigin(List.of(clarified("c3", 3, "2024-03-01", null))))
                .isEmpty();
        // A revision-1 payload (stored before the origin existed) has no such field.
        assertThat(TypologyService.taskOrigin(List.of(new TimelineEntry(
                        "c0",
                        "p",
                        0,
                        "ProjectClarified",
                        LocalDate.parse("2020-01-01"),
                        Instant.EPOCH,
                        "leder",
                        "{\"projectId\":\"p\"}"))))
                .isEmpty();
    }
}
