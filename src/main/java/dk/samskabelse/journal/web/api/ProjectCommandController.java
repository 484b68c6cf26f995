package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RejoinActor;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.web.ContinuedProjects;
import dk.samskabelse.journal.web.DeclarablePerspectives;
import dk.samskabelse.journal.web.KeyedIds;
import dk.samskabelse.journal.web.api.Requests.ClarificationRequest;
import dk.samskabelse.journal.web.api.Requests.ClosureRequest;
import dk.samskabelse.journal.web.api.Requests.CourseCorrectionRequest;
import dk.samskabelse.journal.web.api.Requests.EngagementRequest;
import dk.samskabelse.journal.web.api.Requests.InsightRequest;
import dk.samskabelse.journal.web.api.Requests.LeadershipActionRequest;
import dk.samskabelse.journal.web.api.Requests.LeadershipReflectionRequest;
import dk.samskabelse.journal.web.api.Requests.PhaseChangeRequest;
import dk.samskabelse.journal.web.api.Requests.PlanningRequest;
import dk.samskabelse.journal.web.api.Requests.RegisterActorRequest;
import dk.samskabelse.journal.web.api.Requests.RejoinRequest;
import dk.samskabelse.journal.web.api.Requests.ReopeningRequest;
import dk.samskabelse.journal.web.api.Requests.RetractionRequest;
import dk.samskabelse.journal.web.api.Requests.RoleRequest;
import dk.samskabelse.journal.web.api.Requests.RoleShiftRequest;
import dk.samskabelse.journal.web.api.Requests.StartProjectRequest;
import dk.samskabelse.journal.web.api.Requests.TypologyDeclarationRequest;
import dk.samskabelse.journal.web.api.Requests.WithdrawalRequest;
import dk.samskabelse.journal.web.api.Responses.RecordedEngagement;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import dk.samskabelse.journal.web.api.Responses.RegisteredActor;
import dk.samskabelse.journal.web.api.Responses.StartedProject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.http.HttpStatus;
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
 * The write side of the JSON API: one endpoint per command of docs/domain.md. Ids are made here, so that a client
 * learns the id of what it created and a retried command can be recognised by its entry id.
 */
@RestController
@RequestMapping(
        path = "/api/projects",
        consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Journal entries", description = "Commands that write to a project's journal")
class ProjectCommandController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private final KeyedIds keyedIds;
    private final CurrentUser currentUser;
    private final ContinuedProjects continuedProjects;
    private final DeclarablePerspectives perspectives;

    ProjectCommandController(
            CommandGateway commands,
            EventStore eventStore,
            Clock clock,
            KeyedIds keyedIds,
            CurrentUser currentUser,
            ContinuedProjects continuedProjects,
            DeclarablePerspectives perspectives) {
        this.perspectives = perspectives;
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
        this.keyedIds = keyedIds;
        this.currentUser = currentUser;
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
        String projectId =
                idempotencyKey == null ? newId() : keyedIds.projectId(currentUser.name(), checkedKey(idempotencyKey));
        String entryId = entryId(projectId, idempotencyKey);
        try {
            commands.sendAndWait(new StartProject(
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
            if (idempotencyKey == null || !startedBy(projectId, entryId)) {
                throw e;
            }
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(projectId)
                .toUri();
        return ResponseEntity.created(location).body(new StartedProject(projectId));
    }

    @PostMapping("/{projectId}/clarifications")
    @Operation(
            summary = "Record the Afklaring decisions (ClarifyProject), with where the task came from, the partner"
                    + " organisations and the target groups (seeds 002 and 004)")
    ResponseEntity<RecordedEntry> clarify(
            @PathVariable String projectId,
            @Valid @RequestBody ClarificationRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new ClarifyProject(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
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
        return created(new RecordedEntry(entryId));
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
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new DeclareTypology(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.openness(),
                body.centrality(),
                body.rationale(),
                perspective,
                body.actorId()));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/actors")
    @Operation(
            summary = "Register an actor (RegisterActor); name and contact go to the personal-data register;"
                    + " commercialSupplier marks a paid supplier, which gives no typology signal (seed 002)")
    ResponseEntity<RegisteredActor> registerActor(
            @PathVariable String projectId,
            @Valid @RequestBody RegisterActorRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        String actorId = idempotencyKey == null ? newId() : keyedIds.actorId(ids(projectId), idempotencyKey);
        commands.sendAndWait(new RegisterActor(
                ids(projectId),
                entryId,
                actorId,
                body.kind(),
                body.role(),
                body.joinedOn(),
                new ActorPersonalData(body.name(), body.organisation(), body.contact()),
                Boolean.TRUE.equals(body.commercialSupplier())));
        return created(new RegisteredActor(actorId, entryId));
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
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new ShiftRole(
                ids(projectId),
                entryId,
                PathIds.actor(actorId),
                body.role(),
                body.effectiveOn(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable()),
                body.fromRole()));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/actors/{actorId}/roles")
    @Operation(summary = "An actor takes on a further role beside those it holds (AddRole)")
    ResponseEntity<RecordedEntry> addRole(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RoleRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new AddRole(
                ids(projectId),
                entryId,
                PathIds.actor(actorId),
                body.role(),
                body.effectiveOn(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/actors/{actorId}/role-endings")
    @Operation(summary = "An actor stops holding one of its roles and keeps the others (EndRole); never its last")
    ResponseEntity<RecordedEntry> endRole(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody RoleRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new EndRole(
                ids(projectId),
                entryId,
                PathIds.actor(actorId),
                body.role(),
                body.effectiveOn(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
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
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RejoinActor(
                ids(projectId),
                entryId,
                PathIds.actor(actorId),
                orEmpty(body.roles()),
                body.effectiveOn(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/actors/{actorId}/withdrawal")
    @Operation(summary = "Withdraw an actor from the project (WithdrawActor)")
    ResponseEntity<RecordedEntry> withdraw(
            @PathVariable String projectId,
            @PathVariable String actorId,
            @Valid @RequestBody WithdrawalRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new WithdrawActor(
                ids(projectId),
                entryId,
                PathIds.actor(actorId),
                body.effectiveOn(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
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
        String entryId = entryId(projectId, idempotencyKey);
        List<Participation> participants = body.participants().stream()
                .map(p -> new Participation(p.actorId(), p.influence()))
                .toList();
        List<Contribution> contributions = body.contributions() == null
                ? List.of()
                : body.contributions().stream()
                        .map(c -> new Contribution(c.actorId(), c.type()))
                        .toList();
        commands.sendAndWait(new RecordEngagement(
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
                                .toList()));
        return created(new RecordedEngagement(entryId, entryId));
    }

    @PostMapping("/{projectId}/phase-changes")
    @Operation(summary = "Change phase, forwards or back (ChangePhase)")
    ResponseEntity<RecordedEntry> changePhase(
            @PathVariable String projectId,
            @Valid @RequestBody PhaseChangeRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new ChangePhase(
                ids(projectId),
                entryId,
                body.phase(),
                body.effectiveOn(),
                body.note(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/course-corrections")
    @Operation(summary = "Record a course correction (RecordCourseCorrection)")
    ResponseEntity<RecordedEntry> correctCourse(
            @PathVariable String projectId,
            @Valid @RequestBody CourseCorrectionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RecordCourseCorrection(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.decision(),
                body.reason(),
                body.affects(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/insights")
    @Operation(summary = "Record an insight for the Erkendelse evaluation (RecordInsight)")
    ResponseEntity<RecordedEntry> recordInsight(
            @PathVariable String projectId,
            @Valid @RequestBody InsightRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RecordInsight(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.focus(),
                body.text(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/retractions")
    @Operation(summary = "Retract a wrong entry with a reason (RetractEntry); the entry stays in the log")
    ResponseEntity<RecordedEntry> retract(
            @PathVariable String projectId,
            @Valid @RequestBody RetractionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RetractEntry(
                ids(projectId),
                entryId,
                body.entryId(),
                LocalDate.now(clock),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/closure")
    @Operation(summary = "Close the project (CloseProject)")
    ResponseEntity<RecordedEntry> close(
            @PathVariable String projectId,
            @Valid @RequestBody ClosureRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new CloseProject(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.note(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/plannings")
    @Operation(summary = "Record the decisions of 2A Planlægning by seed 002's focus points (RecordPlanning)")
    ResponseEntity<RecordedEntry> recordPlanning(
            @PathVariable String projectId,
            @Valid @RequestBody PlanningRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RecordPlanning(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
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
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/leadership-actions")
    @Operation(
            summary = "Record a chef's leadership action in one of seed 002's four directions, optionally as one"
                    + " of Torfing's acts (seed 004) (RecordLeadershipAction)")
    ResponseEntity<RecordedEntry> recordLeadershipAction(
            @PathVariable String projectId,
            @Valid @RequestBody LeadershipActionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RecordLeadershipAction(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.direction(),
                body.act(),
                blankToNull(body.actorId()),
                body.action(),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/leadership-reflections")
    @Operation(
            summary = "Record the chef's reflection on their own role (RecordLeadershipReflection); accepted also"
                    + " after closure")
    ResponseEntity<RecordedEntry> recordLeadershipReflection(
            @PathVariable String projectId,
            @Valid @RequestBody LeadershipReflectionRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new RecordLeadershipReflection(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                blankToNull(body.actorId()),
                body.text(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    @PostMapping("/{projectId}/reopening")
    @Operation(summary = "Reopen a closed project from a date not before its closure, with a reason (ReopenProject)")
    ResponseEntity<RecordedEntry> reopen(
            @PathVariable String projectId,
            @Valid @RequestBody ReopeningRequest body,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        String entryId = entryId(projectId, idempotencyKey);
        commands.sendAndWait(new ReopenProject(
                ids(projectId),
                entryId,
                orToday(body.effectiveOn()),
                body.reason(),
                Boolean.TRUE.equals(body.shareable())));
        return created(new RecordedEntry(entryId));
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String ids(String projectId) {
        return PathIds.project(projectId);
    }

    private LocalDate orToday(LocalDate date) {
        return date != null ? date : LocalDate.now(clock);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    /**
     * A client that may send a request twice (no answer came: a timeout, a dropped connection, a 503) gives it an
     * Idempotency-Key, a UUID of its own. The entry id is derived from it and the project (see {@link KeyedIds}),
     * and the journal records an entry id only once, so the second request is answered like the first and stores
     * nothing. The key itself is never stored as an id: the same key in another project names another entry.
     */
    private String entryId(String projectId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return newId();
        }
        return keyedIds.entryId(ids(projectId), checkedKey(idempotencyKey));
    }

    private static String checkedKey(String idempotencyKey) {
        if (!PathIds.isUuid(idempotencyKey)) {
            throw new InvalidParameterException(IDEMPOTENCY_KEY, "problem.idempotency-key");
        }
        return idempotencyKey;
    }

    private boolean startedBy(String projectId, String entryId) {
        return eventStore
                .readEvents(projectId)
                .asStream()
                .findFirst()
                .map(message -> message.getPayload() instanceof JournalEvent event && entryId.equals(event.entryId()))
                .orElse(false);
    }

    private static <T> ResponseEntity<T> created(T body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }
}
