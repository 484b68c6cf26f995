package dk.samskabelse.journal.web.api;

import static dk.samskabelse.journal.web.api.CommandSupport.IDEMPOTENCY_KEY;
import static dk.samskabelse.journal.web.api.CommandSupport.blankToNull;
import static dk.samskabelse.journal.web.api.CommandSupport.ids;

import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.web.api.Requests.LeadershipActionRequest;
import dk.samskabelse.journal.web.api.Requests.LeadershipReflectionRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API's commands about the chef's leadership actions and reflection (ids and idempotency: {@link
 * CommandSupport}).
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = CommandSupport.TAG, description = CommandSupport.TAG_DESCRIPTION)
class LeadershipCommandController {

    private final CommandSupport support;

    LeadershipCommandController(CommandSupport support) {
        this.support = support;
    }

    @PostMapping("/{projectId}/leadership-actions")
    @Operation(
            summary = "Record a chef's leadership action in one of seed 002's four directions, optionally as one"
                    + " of Torfing's acts (seed 004) (RecordLeadershipAction)")
    ResponseEntity<RecordedEntry> recordLeadershipAction(
            @PathVariable String projectId,
            @Valid @RequestBody LeadershipActionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RecordLeadershipAction(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.direction(),
                        body.act(),
                        blankToNull(body.actorId()),
                        body.action(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/leadership-reflections")
    @Operation(
            summary = "Record the chef's reflection on their own role (RecordLeadershipReflection); accepted also"
                    + " after closure")
    ResponseEntity<RecordedEntry> recordLeadershipReflection(
            @PathVariable String projectId,
            @Valid @RequestBody LeadershipReflectionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RecordLeadershipReflection(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        blankToNull(body.actorId()),
                        body.text(),
                        Boolean.TRUE.equals(body.shareable())));
    }
}
