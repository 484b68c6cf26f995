package dk.samskabelse.journal.web.api;

import static dk.samskabelse.journal.web.api.CommandSupport.IDEMPOTENCY_KEY;
import static dk.samskabelse.journal.web.api.CommandSupport.ids;
import static dk.samskabelse.journal.web.api.CommandSupport.orEmpty;

import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.web.DeclarablePerspectives;
import dk.samskabelse.journal.web.api.Requests.ClarificationRequest;
import dk.samskabelse.journal.web.api.Requests.CourseCorrectionRequest;
import dk.samskabelse.journal.web.api.Requests.InsightRequest;
import dk.samskabelse.journal.web.api.Requests.PlanningRequest;
import dk.samskabelse.journal.web.api.Requests.TypologyDeclarationRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API's commands about the decisions of seed 002's phase model: Afklaring, the typology declared, the
 * planning (2A), course corrections and insights (ids and idempotency: {@link CommandSupport}).
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = CommandSupport.TAG, description = CommandSupport.TAG_DESCRIPTION)
class PhaseEntryCommandController {

    private final CommandSupport support;
    private final DeclarablePerspectives perspectives;

    PhaseEntryCommandController(CommandSupport support, DeclarablePerspectives perspectives) {
        this.support = support;
        this.perspectives = perspectives;
    }

    @PostMapping("/{projectId}/clarifications")
    @Operation(
            summary = "Record the Afklaring decisions (ClarifyProject), with where the task came from, the partner"
                    + " organisations and the target groups (seeds 002 and 004)")
    ResponseEntity<RecordedEntry> clarify(
            @PathVariable String projectId,
            @Valid @RequestBody ClarificationRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new ClarifyProject(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.successCriteria(),
                        body.expectedBottomLines(),
                        body.coCreationScope(),
                        body.motivation(),
                        body.democraticLegitimacy(),
                        body.ownership(),
                        body.organisationalReadiness(),
                        body.taskOrigin(),
                        orEmpty(body.partnerOrganisations()),
                        body.targetGroups() == null
                                ? List.of()
                                : body.targetGroups().stream()
                                        .map(g -> new TargetGroup(g.name(), g.status(), g.reason()))
                                        .toList()));
    }

    @PostMapping("/{projectId}/typology-declarations")
    @Operation(
            summary = "Declare a typology placement (DeclareTypology) from a perspective: CHEF for a chef,"
                    + " PROJEKTLEDER or PARTNER (with actorId, the partner's representative) for a project leader, FORSKER"
                    + " for a researcher; without perspective the user's own; another is 400 PERSPECTIVE_NOT_ALLOWED")
    ResponseEntity<RecordedEntry> declareTypology(
            @PathVariable String projectId,
            @Valid @RequestBody TypologyDeclarationRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        TypologyPerspective perspective = perspectives.check(body.perspective());
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new DeclareTypology(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.openness(),
                        body.centrality(),
                        body.rationale(),
                        perspective,
                        body.actorId()));
    }

    @PostMapping("/{projectId}/plannings")
    @Operation(summary = "Record the decisions of 2A Planlægning by seed 002's focus points (RecordPlanning)")
    ResponseEntity<RecordedEntry> recordPlanning(
            @PathVariable String projectId,
            @Valid @RequestBody PlanningRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RecordPlanning(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.fixedFrame(),
                        body.elasticFrame(),
                        body.timeFrame(),
                        body.unpredictability(),
                        body.communication(),
                        body.recruitment(),
                        body.intendedInfluence(),
                        body.involvementMethods(),
                        body.processDesign(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/course-corrections")
    @Operation(summary = "Record a course correction (RecordCourseCorrection)")
    ResponseEntity<RecordedEntry> correctCourse(
            @PathVariable String projectId,
            @Valid @RequestBody CourseCorrectionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RecordCourseCorrection(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.decision(),
                        body.reason(),
                        body.affects(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/insights")
    @Operation(summary = "Record an insight for the Erkendelse evaluation (RecordInsight)")
    ResponseEntity<RecordedEntry> recordInsight(
            @PathVariable String projectId,
            @Valid @RequestBody InsightRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RecordInsight(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.focus(),
                        body.text(),
                        Boolean.TRUE.equals(body.shareable())));
    }
}
