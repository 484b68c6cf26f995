package dk.samskabelse.journal.web.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.web.ProjectLoader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * An engagement's form filled in with a recorded engagement's values (issue 18, item 4): correcting a wrong
 * engagement is retracting it and recording a corrected copy, without typing it all again. The copy is a new
 * entry with a new form nonce; the old one stays in the journal, marked as retracted.
 */
@Component
class EngagementCopies {

    private final ProjectLoader projects;
    private final ObjectMapper json;

    EngagementCopies(ProjectLoader projects, ObjectMapper json) {
        this.projects = projects;
        this.json = json;
    }

    /** The form for a copy of this engagement, with a row for each of today's active actors; empty if unknown. */
    Optional<EngagementForm> copyOf(String projectId, String entryId, List<String> activeActorIds, LocalDate today) {
        return projects.load(projectId).timeline().stream()
                .filter(e -> e.getEntryId().equals(entryId) && EntryType.ENGAGEMENT_RECORDED.isStoredAs(e.getType()))
                .findFirst()
                .map(e -> form(read(e.getPayload()), activeActorIds, today));
    }

    private static EngagementForm form(JsonNode engagement, List<String> activeActorIds, LocalDate today) {
        EngagementForm form = new EngagementForm(today, activeActorIds);
        form.setKind(value(engagement.path("kind"), EngagementKind.class));
        form.setTitle(engagement.path("title").asText(null));
        if (engagement.path("effectiveOn").isTextual()) {
            form.setOccurredOn(LocalDate.parse(engagement.path("effectiveOn").asText()));
        }
        form.setInitiatedBy(engagement.path("initiatedBy").asText(null));
        List<String> coInitiators = new ArrayList<>();
        engagement.path("coInitiators").forEach(id -> coInitiators.add(id.asText()));
        form.setCoInitiators(coInitiators);
        for (EngagementForm.ParticipantRow row : form.getParticipants()) {
            for (JsonNode participant : engagement.path("participants")) {
                if (row.getActorId().equals(participant.path("actorId").asText())) {
                    row.setSelected(true);
                    row.setInfluence(value(participant.path("influence"), Influence.class));
                }
            }
            List<ContributionType> contributions = new ArrayList<>();
            for (JsonNode contribution : engagement.path("contributions")) {
                if (row.getActorId().equals(contribution.path("actorId").asText())) {
                    contributions.add(value(contribution.path("type"), ContributionType.class));
                }
            }
            row.setContributions(contributions);
        }
        List<EngagementForm.AttendanceRow> attendance = new ArrayList<>();
        for (JsonNode count : engagement.path("attendance")) {
            EngagementForm.AttendanceRow row = new EngagementForm.AttendanceRow();
            row.setKind(value(count.path("kind"), ActorKind.class));
            row.setCount(count.path("count").isNumber() ? count.path("count").asInt() : null);
            attendance.add(row);
        }
        form.setAttendance(attendance);
        form.addEmptyAttendanceRows();
        form.setNotes(engagement.path("notes").asText(null));
        form.setShareable(engagement.path("shareable").asBoolean(false));
        return form;
    }

    private static <E extends Enum<E>> E value(JsonNode node, Class<E> type) {
        return node.isTextual() ? Enum.valueOf(type, node.asText()) : null;
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
