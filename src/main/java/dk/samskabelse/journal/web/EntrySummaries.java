package dk.samskabelse.journal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.support.JournalJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * One line in the user's language for each kind of entry ("Hanne K. (Borger) som Meddesigner"), from the
 * entry's content as the timeline projection keeps it. Actors are named through the personal-data register.
 */
@Component
public class EntrySummaries {

    private static final ObjectMapper JSON = JournalJson.mapper();
    private static final int SHORT_TEXT = 160;

    private final MessageSource messages;

    EntrySummaries(MessageSource messages) {
        this.messages = messages;
    }

    public String summarize(String type, String payload, Function<String, String> names) {
        JsonNode entry = read(payload);
        return EntryType.fromStoredName(type)
                .map(kind -> summary(kind, entry, names))
                .orElse("");
    }

    private String summary(EntryType kind, JsonNode entry, Function<String, String> names) {
        return switch (kind) {
            case PROJECT_STARTED ->
                text(
                        "entry.summary.ProjectStarted",
                        entry.path("name").asText(),
                        entry.path("municipality").asText(),
                        label("Area", entry.path("area")));
            case PROJECT_CLARIFIED ->
                text(
                        "entry.summary.ProjectClarified",
                        shorten(String.join("; ", strings(entry.path("successCriteria")))));
            // Issue 13: whose placement (none shown for one stored before perspectives were recorded).
            case TYPOLOGY_DECLARED ->
                entry.path("perspective").isTextual()
                        ? text(
                                "entry.summary.TypologyDeclared.perspective",
                                decimal(entry.path("openness")),
                                decimal(entry.path("centrality")),
                                shorten(entry.path("rationale").asText()),
                                label("TypologyPerspective", entry.path("perspective"))
                                        + (entry.path("actorId").isTextual()
                                                ? " ("
                                                        + names.apply(entry.path("actorId")
                                                                .asText()) + ")"
                                                : ""))
                        : text(
                                "entry.summary.TypologyDeclared",
                                decimal(entry.path("openness")),
                                decimal(entry.path("centrality")),
                                shorten(entry.path("rationale").asText()));
            case ACTOR_REGISTERED ->
                text(
                        "entry.summary.ActorRegistered",
                        names.apply(entry.path("actorId").asText()),
                        label("ActorKind", entry.path("kind")),
                        label("Role", entry.path("role")));
            case ROLE_SHIFTED ->
                text(
                        "entry.summary.RoleShifted",
                        names.apply(entry.path("actorId").asText()),
                        label("Role", entry.path("fromRole")),
                        label("Role", entry.path("toRole")));
            case ENGAGEMENT_RECORDED ->
                text(
                        "entry.summary.EngagementRecorded",
                        label("EngagementKind", entry.path("kind")),
                        entry.path("title").asText(),
                        entry.path("participants").size() + attendance(entry.path("attendance")));
            case PHASE_CHANGED ->
                text(
                        entry.path("backwards").asBoolean()
                                ? "entry.summary.PhaseChanged.backwards"
                                : "entry.summary.PhaseChanged",
                        label("Phase", entry.path("fromPhase")),
                        label("Phase", entry.path("toPhase")));
            case COURSE_CORRECTED ->
                text(
                        "entry.summary.CourseCorrected",
                        shorten(entry.path("decision").asText()));
            case INSIGHT_RECORDED ->
                text(
                        "entry.summary.InsightRecorded",
                        label("FocusPoint", entry.path("focus")),
                        shorten(entry.path("text").asText()));
            case ACTOR_WITHDRAWN ->
                text(
                        "entry.summary.ActorWithdrawn",
                        names.apply(entry.path("actorId").asText()));
            case ENTRY_RETRACTED ->
                text(
                        "entry.summary.EntryRetracted",
                        text("entry.type." + entry.path("retractedEntryType").asText()),
                        shorten(entry.path("reason").asText()));
            case PROJECT_CLOSED -> text("entry.summary.ProjectClosed");
            case ACTOR_PERSONAL_DATA_ERASED ->
                text(
                        "entry.summary.ActorPersonalDataErased",
                        names.apply(entry.path("actorId").asText()));
            case ROLE_ADDED ->
                text(
                        "entry.summary.RoleAdded",
                        names.apply(entry.path("actorId").asText()),
                        label("Role", entry.path("role")));
            case ROLE_ENDED ->
                text(
                        "entry.summary.RoleEnded",
                        names.apply(entry.path("actorId").asText()),
                        label("Role", entry.path("role")));
            case ACTOR_REJOINED ->
                text(
                        "entry.summary.ActorRejoined",
                        names.apply(entry.path("actorId").asText()),
                        entry.path("roles").isEmpty()
                                ? text("entry.summary.ActorRejoined.sameRoles")
                                : String.join(", ", labels("Role", entry.path("roles"))));
            case PROJECT_REOPENED ->
                text(
                        "entry.summary.ProjectReopened",
                        shorten(entry.path("reason").asText()));
            case PLANNING_RECORDED -> text("entry.summary.PlanningRecorded");
            case LEADERSHIP_ACTION_RECORDED ->
                text(
                        "entry.summary.LeadershipActionRecorded",
                        label("LeadershipDirection", entry.path("direction")),
                        shorten(entry.path("action").asText()));
            case LEADERSHIP_REFLECTION_RECORDED -> text("entry.summary.LeadershipReflectionRecorded");
        };
    }

    private String label(String enumName, JsonNode value) {
        return value.isMissingNode() || value.isNull() ? "" : text("enum." + enumName + "." + value.asText());
    }

    private List<String> labels(String enumName, JsonNode values) {
        List<String> labels = new ArrayList<>();
        values.forEach(value -> labels.add(label(enumName, value)));
        return labels;
    }

    /** How many took part beyond the registered participants (EngagementRecorded revision 2). */
    private static int attendance(JsonNode counts) {
        int total = 0;
        for (JsonNode count : counts) {
            total += Math.max(0, count.path("count").asInt());
        }
        return total;
    }

    private String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, key, locale);
    }

    private static String decimal(JsonNode value) {
        // Shown as written in the user's language: 0,5 in Danish.
        return java.text.NumberFormat.getNumberInstance(LocaleContextHolder.getLocale())
                .format(value.asDouble());
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** An engagement's initiators, participants with their influence, contributions and notes; empty otherwise. */
    public Optional<EngagementDetails> engagement(String type, String payload, Function<String, String> names) {
        if (!EntryType.ENGAGEMENT_RECORDED.isStoredAs(type)) {
            return Optional.empty();
        }
        JsonNode entry = read(payload);
        List<String> initiators = new ArrayList<>();
        initiators.add(names.apply(entry.path("initiatedBy").asText()));
        entry.path("coInitiators").forEach(id -> initiators.add(names.apply(id.asText())));
        List<String> participants = new ArrayList<>();
        entry.path("participants")
                .forEach(p -> participants.add(text(
                        "journal.entries.details.line",
                        names.apply(p.path("actorId").asText()),
                        label("Influence", p.path("influence")))));
        List<String> contributions = new ArrayList<>();
        entry.path("contributions")
                .forEach(c -> contributions.add(text(
                        "journal.entries.details.line",
                        names.apply(c.path("actorId").asText()),
                        label("ContributionType", c.path("type")))));
        String notes =
                entry.path("notes").isTextual() && !entry.path("notes").asText().isBlank()
                        ? entry.path("notes").asText()
                        : null;
        return Optional.of(new EngagementDetails(String.join(", ", initiators), participants, contributions, notes));
    }

    /** The entry a retraction withdraws (EntryRetracted's retractedEntryId); empty for any other entry. */
    public Optional<String> retractedEntryId(String type, String payload) {
        if (!EntryType.ENTRY_RETRACTED.isStoredAs(type)) {
            return Optional.empty();
        }
        String id = read(payload).path("retractedEntryId").asText(null);
        return Optional.ofNullable(id);
    }

    private static String shorten(String text) {
        return text.length() <= SHORT_TEXT
                ? text
                : text.substring(0, SHORT_TEXT - 1).strip() + "…";
    }

    private static JsonNode read(String payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable timeline entry", e);
        }
    }
}
