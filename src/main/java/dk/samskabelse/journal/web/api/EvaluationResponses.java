package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.web.evaluation.ReferenceDate;
import java.time.LocalDate;
import java.util.List;

/**
 * The evaluation as JSON (GET /api/projects/{id}/evaluation, issue 15 item 6): the same sections, groups and
 * statements as the page, each statement with its message key, its sentence in the caller's language and the
 * entry ids it rests on. Typed, so the OpenAPI document names every field.
 */
final class EvaluationResponses {

    private EvaluationResponses() {}

    /**
     * referenceDate: the date the report looks from (referenceBasis: CLOSED for a closed project's closing date,
     * CHOSEN for asOf, TODAY); lastEntryOn and lastEntryAgeDays: the last entry counted and its age on that date.
     */
    record Evaluation(
            String projectId,
            String projectName,
            String municipality,
            LocalDate referenceDate,
            ReferenceDate.Basis referenceBasis,
            LocalDate lastEntryOn,
            Long lastEntryAgeDays,
            String model,
            String modelVersion,
            List<Section> sections,
            List<CitedEntry> entries) {}

    /** One of seed 002's six focus points. */
    record Section(FocusPoint focus, List<Group> groups) {}

    /** key: the group's heading as a message key; anchor: its fragment id on the page. */
    record Group(String key, String anchor, List<Statement> statements) {}

    /** noEvidence: the statement says what the journal does not hold (then entryIds is empty). */
    record Statement(String key, String text, boolean noEvidence, List<String> entryIds) {}

    /** An entry some statement cites, in the order first cited. */
    record CitedEntry(String entryId, String type, LocalDate effectiveOn) {}
}
