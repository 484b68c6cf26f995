package dk.samskabelse.journal.web.api;

import static dk.samskabelse.journal.web.api.CommandSupport.IDEMPOTENCY_KEY;
import static dk.samskabelse.journal.web.api.CommandSupport.ids;
import static dk.samskabelse.journal.web.api.CommandSupport.orEmpty;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.web.api.Requests.RegisterActorRequest;
import dk.samskabelse.journal.web.api.Requests.RejoinRequest;
import dk.samskabelse.journal.web.api.Requests.RoleRequest;
import dk.samskabelse.journal.web.api.Requests.RoleShiftRequest;
import dk.samskabelse.journal.web.api.Requests.WithdrawalRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import dk.samskabelse.journal.web.api.Responses.RegisteredActor;
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
 * The JSON API's commands about the actors: registering them, their roles, their withdrawal and return (ids and
 * idempotency: {@link CommandSupport}).
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = CommandSupport.TAG, description = CommandSupport.TAG_DESCRIPTION)
class ActorCommandController {

    private final CommandSupport support;

    ActorCommandController(CommandSupport support) {
        this.support = support;
    }

    @PostMapping("/{projectId}/actors")
    @Operation(
            summary = "Register an actor (RegisterActor); name and contact go to the personal-data register;"
                    + " commercialSupplier marks a paid supplier, which gives no typology signal (seed 002)")
    ResponseEntity<RegisteredActor> registerActor(
            @PathVariable String projectId,
            @Valid @RequestBody RegisterActorRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String actorId = support.actorId(projectId, idempotencyKey);
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RegisterActor(
                        ids(projectId),
                        entryId,
                        actorId,
                        body.kind(),
                        body.role(),
                        body.joinedOn(),
                        new ActorPersonalData(body.name(), body.organisation(), body.contact()),
                        Boolean.TRUE.equals(body.commercialSupplier())),
                entryId -> new RegisteredActor(actorId, entryId));
    }

    @PostMapping("/{projectId}/actors/{actorId}/role-shifts")
    @Operation(
            summary = "Shift an actor's role (ShiftRole); fromRole names the role the new one replaces, required"
                    + " when the actor holds several")
    ResponseEntity<RecordedEntry> shiftRole(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RoleShiftRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new ShiftRole(
                        ids(projectId),
                        entryId,
                        PathIds.actor(actorId),
                        body.role(),
                        body.effectiveOn(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable()),
                        body.fromRole()));
    }

    @PostMapping("/{projectId}/actors/{actorId}/roles")
    @Operation(summary = "An actor takes on a further role beside those it holds (AddRole)")
    ResponseEntity<RecordedEntry> addRole(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RoleRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new AddRole(
                        ids(projectId),
                        entryId,
                        PathIds.actor(actorId),
                        body.role(),
                        body.effectiveOn(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/actors/{actorId}/role-endings")
    @Operation(summary = "An actor stops holding one of its roles and keeps the others (EndRole); never its last")
    ResponseEntity<RecordedEntry> endRole(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RoleRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new EndRole(
                        ids(projectId),
                        entryId,
                        PathIds.actor(actorId),
                        body.role(),
                        body.effectiveOn(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/actors/{actorId}/rejoining")
    @Operation(
            summary = "An actor that withdrew takes part again under its own id (RejoinActor); roles empty or"
                    + " absent: the roles it held when it withdrew")
    ResponseEntity<RecordedEntry> rejoin(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RejoinRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new RejoinActor(
                        ids(projectId),
                        entryId,
                        PathIds.actor(actorId),
                        orEmpty(body.roles()),
                        body.effectiveOn(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }

    @PostMapping("/{projectId}/actors/{actorId}/withdrawal")
    @Operation(summary = "Withdraw an actor from the project (WithdrawActor)")
    ResponseEntity<RecordedEntry> withdraw(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody WithdrawalRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return support.record(
                projectId,
                idempotencyKey,
                entryId -> new WithdrawActor(
                        ids(projectId),
                        entryId,
                        PathIds.actor(actorId),
                        body.effectiveOn(),
                        body.reason(),
                        Boolean.TRUE.equals(body.shareable())));
    }
}
