package dk.samskabelse.journal.web.api;

import static dk.samskabelse.journal.web.api.CommandSupport.IDEMPOTENCY_KEY;
import static dk.samskabelse.journal.web.api.CommandSupport.ids;

import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.web.ContinuedProjects;
import dk.samskabelse.journal.web.api.Requests.ClosureRequest;
import dk.samskabelse.journal.web.api.Requests.PhaseChangeRequest;
import dk.samskabelse.journal.web.api.Requests.ReopeningRequest;
import dk.samskabelse.journal.web.api.Requests.RetractionRequest;
import dk.samskabelse.journal.web.api.Requests.StartProjectRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import dk.samskabelse.journal.web.api.Responses.StartedProject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The JSON API's commands about the project's life: starting it, its phase changes, closing and reopening it, and
 * retracting a wrong entry (ids and idempotency: {@link CommandSupport}).
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = CommandSupport.TAG, description = CommandSupport.TAG_DESCRIPTION)
class ProjectLifecycleCommandController {

    private final CommandSupport support;
    private final ContinuedProjects continuedProjects;

    ProjectLifecycleCommandController(CommandSupport support, ContinuedProjects continuedProjects) {
        this.support = support;
        this.continuedProjects = continuedProjects;
    }

    @PostMapping
    @Operation(
            summary = "Start a project (StartProject); continuesProjectId names the project whose \"afsæt for ny"
                    + " samskabelse\" it takes up (one the caller may read, else 400 UNKNOWN_PROJECT)")
    ResponseEntity<StartedProject> start(
            @Valid @RequestBody StartProjectRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String continues = continuedProjects.check(body.continuesProjectId());
        String projectId = support.projectId(idempotencyKey);
        String entryId = support.entryId(projectId, idempotencyKey);
        try {
            support.send(new StartProject(
                    projectId,
                    entryId,
                    body.name(),
                    body.municipality(),
                    body.area(),
                    body.purpose(),
                    body.startedOn(),
                    continues));
        } catch (AggregateStreamCreationException e) {
            // The same request sent again (its first answer was lost): the project it started is the answer.
            if (idempotencyKey == null || !support.startedBy(projectId, entryId)) {
                throw e;
            }
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(projectId)
                .toUri();
        return ResponseEntity.created(location).body(new StartedProject(projectId));
    }

    @PostMapping("/{projectId}/phase-changes")
    @Operation(summary = "Change phase, forwards or back (ChangePhase)")
    ResponseEntity<RecordedEntry> changePhase(
            @PathVariable String projectId,
            @Valid @RequestBody PhaseChangeRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new ChangePhase(
                        ids(projectId),
                        entryId,
                        body.phase(),
                        body.effectiveOn(),
                        body.note(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/closure")
    @Operation(summary = "Close the project (CloseProject)")
    ResponseEntity<RecordedEntry> close(
            @PathVariable String projectId,
            @Valid @RequestBody ClosureRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new CloseProject(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.note(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/reopening")
    @Operation(summary = "Reopen a closed project from a date not before its closure, with a reason (ReopenProject)")
    ResponseEntity<RecordedEntry> reopen(
            @PathVariable String projectId,
            @Valid @RequestBody ReopeningRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new ReopenProject(
                        ids(projectId),
                        entryId,
                        support.orToday(body.effectiveOn()),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/retractions")
    @Operation(summary = "Retract a wrong entry with a reason (RetractEntry); the entry stays in the log")
    ResponseEntity<RecordedEntry> retract(
            @PathVariable String projectId,
            @Valid @RequestBody RetractionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RetractEntry(
                        ids(projectId),
                        entryId,
                        body.entryId(),
                        support.today(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }
}
