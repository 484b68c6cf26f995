package dk.samskabelse.journal.web.api;

import static dk.samskabelse.journal.web.api.CommandSupport.IDEMPOTENCY_KEY;
import static dk.samskabelse.journal.web.api.CommandSupport.ids;
import static dk.samskabelse.journal.web.api.CommandSupport.orEmpty;

import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.web.api.Requests.EngagementRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEngagement;
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
 * The JSON API's commands about the engagements with their participants and influence (ids and idempotency: {@link
 * CommandSupport}).
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = CommandSupport.TAG, description = CommandSupport.TAG_DESCRIPTION)
class EngagementCommandController {

    private final CommandSupport support;

    EngagementCommandController(CommandSupport support) {
        this.support = support;
    }

    @PostMapping("/{projectId}/engagements")
    @Operation(
            summary =
                    "Record an engagement with its participants and their influence (RecordEngagement);"
                            + " coInitiators for a joint initiative, attendance for those who took part beyond the participants")
    ResponseEntity<RecordedEngagement> recordEngagement(
            @PathVariable String projectId,
            @Valid @RequestBody EngagementRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> engagement(projectId, entryId, body),
                entryId -> new RecordedEngagement(entryId, entryId));
    }

    private static RecordEngagement engagement(String projectId, String entryId, EngagementRequest body) {
        List<Participation> participants = body.participants().stream()
                .map(p -> new Participation(p.actorId(), p.influence()))
                .toList();
        List<Contribution> contributions = body.contributions() == null
                ? List.of()
                : body.contributions().stream()
                        .map(c -> new Contribution(c.actorId(), c.type()))
                        .toList();
        return new RecordEngagement(
                ids(projectId),
                entryId,
                body.kind(),
                body.title(),
                body.occurredOn(),
                body.initiatedBy(),
                participants,
                contributions,
                body.notes(),
                Boolean.TRUE.equals(body.shareable()),
                orEmpty(body.coInitiators()),
                body.attendance() == null
                        ? List.of()
                        : body.attendance().stream()
                                .map(a -> new Attendance(a.kind(), a.count()))
                                .toList());
    }
}
