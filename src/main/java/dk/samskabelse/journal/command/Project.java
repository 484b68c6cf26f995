package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static dk.samskabelse.journal.api.RejectionReason.*;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One co-creation project and its journal. Every accepted command becomes exactly one event; the state kept
 * here is only what the rules of DOMAIN.md's command table need. A command whose entry id the journal already
 * holds for the same kind of entry (and, for an entry about one actor or a retraction, the same actor or target)
 * is a resent form or a client retry: it is acknowledged again without a second event. An entry id the journal
 * holds for anything else (a key or form nonce reused on another kind of request) is refused as ENTRY_ID_TAKEN,
 * never acknowledged as if it had been recorded ({@link #isRepeated}).
 */
@Aggregate(cache = "projectCache")
public class Project {

    /**
     * What the journal remembers of each entry: to judge retractions (its type and the actors the rules look at)
     * and to tell a repeat from another entry under the same id (its type and subject: the actor of an entry about
     * one actor, the target of a retraction, else null). Rebuilt from the events whenever a project is loaded;
     * projects are cached in memory only and never snapshotted, so no stored state has another shape.
     */
    private record Entry(String type, Set<String> actorIds, String subject, boolean retracted) {
        Entry retract() {
            return new Entry(type, actorIds, subject, true);
        }
    }

    private record PhaseSpan(String entryId, Phase phase, LocalDate since) {
    }

    /** An erasure cannot be undone: the register row is gone (DOMAIN.md "Personal data"). */
    private static final Set<String> NOT_RETRACTABLE = Set.of(
            ProjectStarted.class.getSimpleName(), EntryRetracted.class.getSimpleName(),
            ProjectClosed.class.getSimpleName(), ActorPersonalDataErased.class.getSimpleName());

    /** No co-creation project is that old; an earlier date is a typing error or an attack. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

    @AggregateIdentifier
    private String projectId;
    private LocalDate startedOn;
    private boolean closed;
    private final List<PhaseSpan> phases = new ArrayList<>();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, ProjectActor> actors = new LinkedHashMap<>();
    private final Set<String> usedActorIds = new HashSet<>();
    private final Set<String> erasedActorIds = new HashSet<>();

    protected Project() {
        // Required by Axon to rebuild the aggregate from its events.
    }

    @CommandHandler
    public Project(StartProject command, Clock clock) {
        if (isBlank(command.name())) {
            throw new JournalRejection(BLANK_NAME, "name", "A project needs a name");
        }
        notInFuture(command.startedOn(), "startedOn", clock);
        apply(new ProjectStarted(command.projectId(), command.entryId(), command.startedOn(),
                command.name().strip(), strip(command.municipality()), command.area(), strip(command.purpose())));
    }

    @CommandHandler
    public String handle(ClarifyProject command, Clock clock) {
        if (isRepeated(command.entryId(), ProjectClarified.class, null)) {
            return command.entryId();
        }
        requireOpen();
        if (command.successCriteria() == null || command.successCriteria().stream().allMatch(Project::isBlank)) {
            throw new JournalRejection(SUCCESS_CRITERIA_MISSING, "successCriteria",
                    "Afklaring needs at least one success criterion");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new ProjectClarified(projectId, command.entryId(), command.effectiveOn(),
                command.successCriteria().stream().filter(c -> !isBlank(c)).map(String::strip).toList(),
                copy(command.expectedBottomLines()), copy(command.coCreationScope()), strip(command.motivation()),
                strip(command.democraticLegitimacy()), strip(command.ownership()),
                strip(command.organisationalReadiness())));
        return command.entryId();
    }

    @CommandHandler
    public String handle(DeclareTypology command, Clock clock) {
        if (isRepeated(command.entryId(), TypologyDeclared.class, null)) {
            return command.entryId();
        }
        requireOpen();
        axisInRange(command.openness(), "openness");
        axisInRange(command.centrality(), "centrality");
        if (isBlank(command.rationale())) {
            throw new JournalRejection(RATIONALE_MISSING, "rationale", "A declared typology needs a rationale");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new TypologyDeclared(projectId, command.entryId(), command.effectiveOn(), command.openness(),
                command.centrality(), command.rationale().strip()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RegisterActor command, Clock clock, PersonalDataRegister register) {
        if (isRepeated(command.entryId(), ActorRegistered.class, command.actorId())) {
            return command.actorId();
        }
        requireOpen();
        if (usedActorIds.contains(command.actorId())) {
            throw new JournalRejection(ACTOR_ALREADY_REGISTERED, "actorId",
                    "Actor " + command.actorId() + " is already registered", command.actorId());
        }
        if (!command.role().fits(command.kind())) {
            throw new JournalRejection(ROLE_NOT_VALID_FOR_KIND, "role",
                    "Role " + command.role() + " does not fit an actor of kind " + command.kind(),
                    command.role(), command.kind());
        }
        if (command.personalData() == null || isBlank(command.personalData().name())) {
            throw new JournalRejection(BLANK_NAME, "name", "An actor needs a name");
        }
        withinProject(command.joinedOn(), "joinedOn", clock);
        // The name and contact go to the erasable register in the same transaction; the event names the actor
        // only by its pseudonymous id (DOMAIN.md "Personal data").
        register.record(projectId, command.actorId(), command.personalData());
        apply(new ActorRegistered(projectId, command.entryId(), command.joinedOn(), command.actorId(),
                command.kind(), command.kind().sector(), command.role()));
        return command.actorId();
    }

    @CommandHandler
    public String handle(ShiftRole command, Clock clock) {
        if (isRepeated(command.entryId(), RoleShifted.class, command.actorId())) {
            return command.entryId();
        }
        requireOpen();
        ProjectActor actor = knownActor(command.actorId());
        if (actor.isWithdrawn()) {
            throw new JournalRejection(ACTOR_WITHDRAWN, "actorId", "The actor has withdrawn from the project");
        }
        if (!command.role().fits(actor.kind())) {
            throw new JournalRejection(ROLE_NOT_VALID_FOR_KIND, "role",
                    "Role " + command.role() + " does not fit an actor of kind " + actor.kind(),
                    command.role(), actor.kind());
        }
        if (command.role() == actor.currentRole()) {
            throw new JournalRejection(SAME_ROLE, "role", "The actor already holds role " + command.role(),
                    command.role());
        }
        notInFuture(command.effectiveOn(), "effectiveOn", clock);
        notBeforeJoining(actor, command.effectiveOn());
        notBeforeLatestRoleShift(actor, command.effectiveOn());
        apply(new RoleShifted(projectId, command.entryId(), command.effectiveOn(), actor.actorId(),
                actor.currentRole(), command.role(), strip(command.reason()), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordEngagement command, Clock clock) {
        if (isRepeated(command.entryId(), EngagementRecorded.class, null)) {
            return command.entryId();
        }
        requireOpen();
        if (isBlank(command.title())) {
            throw new JournalRejection(TITLE_MISSING, "title", "An engagement needs a title");
        }
        withinProject(command.occurredOn(), "occurredOn", clock);
        List<Participation> participants = command.participants() == null ? List.of() : command.participants();
        if (participants.isEmpty()) {
            throw new JournalRejection(NO_PARTICIPANTS, "participants", "An engagement needs participants");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            String field = "participants[" + i + "].actorId";
            String actorId = participants.get(i).actorId();
            if (!seen.add(actorId)) {
                throw new JournalRejection(DUPLICATE_PARTICIPANT, field, "Participant listed twice", actorId);
            }
            ProjectActor actor = actors.get(actorId);
            if (actor == null) {
                throw new JournalRejection(UNKNOWN_PARTICIPANT, field, "Unknown participant " + actorId, actorId);
            }
            activeOn(actor, command.occurredOn(), field);
        }
        ProjectActor initiator = actors.get(command.initiatedBy());
        if (initiator == null) {
            throw new JournalRejection(UNKNOWN_INITIATOR, "initiatedBy", "Unknown initiator " + command.initiatedBy(),
                    command.initiatedBy());
        }
        activeOn(initiator, command.occurredOn(), "initiatedBy");
        List<Contribution> contributions = copy(command.contributions());
        for (int i = 0; i < contributions.size(); i++) {
            if (!seen.contains(contributions.get(i).actorId())) {
                throw new JournalRejection(CONTRIBUTOR_NOT_PARTICIPANT, "contributions[" + i + "].actorId",
                        "A contributor must be one of the participants", contributions.get(i).actorId());
            }
        }
        apply(new EngagementRecorded(projectId, command.entryId(), command.occurredOn(), command.entryId(),
                command.kind(), command.title().strip(), command.initiatedBy(), List.copyOf(participants),
                contributions, strip(command.notes()), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(ChangePhase command, Clock clock) {
        if (isRepeated(command.entryId(), PhaseChanged.class, null)) {
            return command.entryId();
        }
        requireOpen();
        PhaseSpan current = currentPhase();
        if (command.phase() == current.phase()) {
            throw new JournalRejection(SAME_PHASE, "phase", "The project is already in phase " + command.phase(),
                    command.phase());
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        if (command.effectiveOn().isBefore(current.since())) {
            throw new JournalRejection(DATE_BEFORE_PHASE_START, "effectiveOn",
                    "The current phase began on " + current.since(), current.since());
        }
        apply(new PhaseChanged(projectId, command.entryId(), command.effectiveOn(), current.phase(), command.phase(),
                command.phase().isBefore(current.phase()), strip(command.note()), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordCourseCorrection command, Clock clock) {
        if (isRepeated(command.entryId(), CourseCorrected.class, null)) {
            return command.entryId();
        }
        requireOpen();
        if (isBlank(command.decision())) {
            throw new JournalRejection(DECISION_MISSING, "decision", "A course correction needs a decision");
        }
        if (isBlank(command.reason())) {
            throw new JournalRejection(REASON_MISSING, "reason", "A course correction needs a reason");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new CourseCorrected(projectId, command.entryId(), command.effectiveOn(), command.decision().strip(),
                command.reason().strip(), copy(command.affects()), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordInsight command, Clock clock) {
        if (isRepeated(command.entryId(), InsightRecorded.class, null)) {
            return command.entryId();
        }
        requireOpen();
        if (isBlank(command.text())) {
            throw new JournalRejection(TEXT_MISSING, "text", "An insight needs a text");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new InsightRecorded(projectId, command.entryId(), command.effectiveOn(), command.focus(),
                command.text().strip(), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(WithdrawActor command, Clock clock) {
        if (isRepeated(command.entryId(), ActorWithdrawn.class, command.actorId())) {
            return command.entryId();
        }
        requireOpen();
        ProjectActor actor = knownActor(command.actorId());
        if (actor.isWithdrawn()) {
            throw new JournalRejection(ACTOR_WITHDRAWN, "actorId", "The actor has already withdrawn");
        }
        notInFuture(command.effectiveOn(), "effectiveOn", clock);
        notBeforeJoining(actor, command.effectiveOn());
        notBeforeLatestRoleShift(actor, command.effectiveOn());
        apply(new ActorWithdrawn(projectId, command.entryId(), command.effectiveOn(), actor.actorId(),
                strip(command.reason()), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RetractEntry command, Clock clock) {
        if (isRepeated(command.entryId(), EntryRetracted.class, command.retractedEntryId())) {
            return command.entryId();
        }
        requireOpen();
        if (isBlank(command.reason())) {
            throw new JournalRejection(REASON_MISSING, "reason", "A retraction needs a reason");
        }
        Entry target = entries.get(command.retractedEntryId());
        if (target == null) {
            throw new JournalRejection(UNKNOWN_ENTRY, "retractedEntryId",
                    "No entry " + command.retractedEntryId() + " in this project", command.retractedEntryId());
        }
        if (target.retracted()) {
            throw new JournalRejection(ALREADY_RETRACTED, "retractedEntryId", "The entry is already retracted");
        }
        if (NOT_RETRACTABLE.contains(target.type())) {
            throw new JournalRejection(ENTRY_NOT_RETRACTABLE, "retractedEntryId",
                    "Entries of type " + target.type() + " cannot be retracted", target.type());
        }
        checkRetractionKeepsJournalConsistent(command.retractedEntryId(), target);
        notInFuture(command.effectiveOn(), "effectiveOn", clock);
        apply(new EntryRetracted(projectId, command.entryId(), command.effectiveOn(), command.retractedEntryId(),
                target.type(), command.reason().strip(), command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(CloseProject command, Clock clock) {
        if (isRepeated(command.entryId(), ProjectClosed.class, null)) {
            return command.entryId();
        }
        if (closed) {
            throw new JournalRejection(ALREADY_CLOSED, null, "The project is already closed");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new ProjectClosed(projectId, command.entryId(), command.effectiveOn(), strip(command.note()),
                command.shareable()));
        return command.entryId();
    }

    /**
     * Right to be forgotten (DOMAIN.md "Personal data"): any actor ever registered in the project can have its
     * name and contact details erased, also after withdrawal, after its registration was retracted and on a
     * closed project. A second erasure of the same actor is refused (409), so the journal holds one erasure per
     * actor; a resent command with the same entry id is acknowledged like every other entry.
     */
    @CommandHandler
    public String handle(ErasePersonalData command, Clock clock, PersonalDataRegister register) {
        if (isRepeated(command.entryId(), ActorPersonalDataErased.class, command.actorId())) {
            return command.entryId();
        }
        if (!usedActorIds.contains(command.actorId())) {
            throw new JournalRejection(UNKNOWN_ACTOR, "actorId", "No actor " + command.actorId() + " in this project",
                    command.actorId());
        }
        if (erasedActorIds.contains(command.actorId())) {
            throw new JournalRejection(ALREADY_ERASED, "actorId", "The actor's personal data is already erased");
        }
        notInFuture(command.effectiveOn(), "effectiveOn", clock);
        // The row goes in the same transaction as the event is stored: both or neither.
        register.erase(projectId, command.actorId());
        apply(new ActorPersonalDataErased(projectId, command.entryId(), command.effectiveOn(), command.actorId()));
        return command.entryId();
    }

    // --- event sourcing: the only place state changes ---

    @EventSourcingHandler
    void on(ProjectStarted event) {
        projectId = event.projectId();
        startedOn = event.effectiveOn();
        phases.add(new PhaseSpan(event.entryId(), Phase.AFKLARING, event.effectiveOn()));
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ProjectClarified event) {
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(TypologyDeclared event) {
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        actors.put(event.actorId(), new ProjectActor(event.actorId(), event.entryId(), event.kind(), event.role(),
                event.effectiveOn()));
        usedActorIds.add(event.actorId());
        remember(event, Set.of(event.actorId()));
    }

    @EventSourcingHandler
    void on(RoleShifted event) {
        actors.get(event.actorId()).shiftRole(event.entryId(), event.toRole(), event.effectiveOn());
        remember(event, Set.of(event.actorId()));
    }

    @EventSourcingHandler
    void on(EngagementRecorded event) {
        Set<String> involved = new HashSet<>();
        involved.add(event.initiatedBy());
        event.participants().forEach(p -> involved.add(p.actorId()));
        remember(event, involved);
    }

    @EventSourcingHandler
    void on(PhaseChanged event) {
        phases.add(new PhaseSpan(event.entryId(), event.toPhase(), event.effectiveOn()));
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(CourseCorrected event) {
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(InsightRecorded event) {
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ActorWithdrawn event) {
        actors.get(event.actorId()).withdraw(event.entryId(), event.effectiveOn());
        remember(event, Set.of(event.actorId()));
    }

    @EventSourcingHandler
    void on(EntryRetracted event) {
        Entry target = entries.get(event.retractedEntryId());
        entries.put(event.retractedEntryId(), target.retract());
        switch (target.type()) {
            case "ActorRegistered" -> actors.remove(target.actorIds().iterator().next());
            case "RoleShifted" -> actors.get(target.actorIds().iterator().next()).retractLatestRoleShift();
            case "ActorWithdrawn" -> actors.get(target.actorIds().iterator().next()).undoWithdrawal();
            case "PhaseChanged" -> phases.remove(phases.size() - 1);
            default -> {
                // Other entries carry no state the rules depend on.
            }
        }
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ActorPersonalDataErased event) {
        erasedActorIds.add(event.actorId());
        // Names no actor for the retraction rules: erasing must not block correcting the actor's entries.
        remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ProjectClosed event) {
        closed = true;
        remember(event, Set.of());
    }

    // --- rules ---

    private void checkRetractionKeepsJournalConsistent(String retractedEntryId, Entry target) {
        switch (target.type()) {
            case "ActorRegistered" -> {
                String actorId = target.actorIds().iterator().next();
                boolean referenced = entries.entrySet().stream()
                        .anyMatch(e -> !e.getKey().equals(retractedEntryId) && !e.getValue().retracted()
                                && e.getValue().actorIds().contains(actorId));
                if (referenced) {
                    throw new JournalRejection(ENTRY_STILL_REFERENCED, "retractedEntryId",
                            "Later entries still name this actor; retract them first");
                }
            }
            case "RoleShifted" -> {
                ProjectActor actor = actors.get(target.actorIds().iterator().next());
                if (!retractedEntryId.equals(actor.latestRoleEntryId())) {
                    throw new JournalRejection(NOT_LATEST_ENTRY, "retractedEntryId",
                            "Only the actor's latest role shift can be retracted");
                }
            }
            case "PhaseChanged" -> {
                if (!retractedEntryId.equals(currentPhase().entryId())) {
                    throw new JournalRejection(NOT_LATEST_ENTRY, "retractedEntryId",
                            "Only the latest phase change can be retracted");
                }
            }
            default -> {
                // Engagements, declarations, insights, corrections and withdrawals can always be retracted.
            }
        }
    }

    private void remember(JournalEvent event, Set<String> actorIds) {
        entries.put(event.entryId(),
                new Entry(event.getClass().getSimpleName(), Set.copyOf(actorIds), subjectOf(event), false));
    }

    /** What an entry is about beyond its type, for telling a repeat from another entry: see {@link Entry}. */
    private static String subjectOf(JournalEvent event) {
        if (event instanceof ActorRegistered e) {
            return e.actorId();
        }
        if (event instanceof RoleShifted e) {
            return e.actorId();
        }
        if (event instanceof ActorWithdrawn e) {
            return e.actorId();
        }
        if (event instanceof ActorPersonalDataErased e) {
            return e.actorId();
        }
        if (event instanceof EntryRetracted e) {
            return e.retractedEntryId();
        }
        return null;
    }

    /**
     * The one repeat check of every handler. True when the journal already holds this entry id for the same kind
     * of entry with the same subject (see {@link Entry}): the command is a resend and is acknowledged without a
     * second event. False when the id is new. When the id names another kind of entry, or the same kind about
     * another actor or target, the command is refused (ENTRY_ID_TAKEN): acknowledging it would answer with ids
     * (an actor id, say) that the journal never recorded. Retracted entries count like any other.
     */
    private boolean isRepeated(String entryId, Class<? extends JournalEvent> type, String subject) {
        Entry stored = entries.get(entryId);
        if (stored == null) {
            return false;
        }
        if (stored.type().equals(type.getSimpleName()) && Objects.equals(stored.subject(), subject)) {
            return true;
        }
        throw new JournalRejection(ENTRY_ID_TAKEN, "entryId", "Entry " + entryId + " is already recorded as another "
                + "entry (" + stored.type() + "); a new request needs a new Idempotency-Key or form");
    }

    private void requireOpen() {
        if (closed) {
            throw new JournalRejection(PROJECT_CLOSED, null, "The project is closed");
        }
    }

    private PhaseSpan currentPhase() {
        return phases.get(phases.size() - 1);
    }

    private ProjectActor knownActor(String actorId) {
        ProjectActor actor = actors.get(actorId);
        if (actor == null) {
            throw new JournalRejection(UNKNOWN_ACTOR, "actorId", "No actor " + actorId + " in this project", actorId);
        }
        return actor;
    }

    private void activeOn(ProjectActor actor, LocalDate date, String field) {
        if (!actor.isActiveOn(date)) {
            throw new JournalRejection(PARTICIPANT_NOT_ACTIVE, field,
                    "Actor " + actor.actorId() + " was not part of the project on " + date, actor.actorId(), date);
        }
    }

    private void withinProject(LocalDate date, String field, Clock clock) {
        notInFuture(date, field, clock);
        if (date.isBefore(startedOn)) {
            throw new JournalRejection(DATE_BEFORE_START, field, "The project started on " + startedOn, startedOn);
        }
    }

    private static void notInFuture(LocalDate date, String field, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw new JournalRejection(DATE_IN_FUTURE, field, "The journal records what has happened; " + date
                    + " lies in the future", date);
        }
        // A stored event is kept forever: a date the projections' tables cannot hold (PostgreSQL's dates end in
        // 4713 BC) would stop every projection at that event for good.
        if (date.isBefore(EARLIEST_DATE)) {
            throw new JournalRejection(DATE_TOO_EARLY, field, date + " lies before " + EARLIEST_DATE, EARLIEST_DATE);
        }
    }

    private void notBeforeJoining(ProjectActor actor, LocalDate date) {
        if (date.isBefore(actor.joinedOn())) {
            throw new JournalRejection(DATE_BEFORE_JOINING, "effectiveOn",
                    "The actor joined on " + actor.joinedOn(), actor.joinedOn());
        }
    }

    private static void notBeforeLatestRoleShift(ProjectActor actor, LocalDate date) {
        if (actor.hasRoleShifts() && date.isBefore(actor.currentRoleSince())) {
            throw new JournalRejection(DATE_BEFORE_LAST_ROLE_SHIFT, "effectiveOn",
                    "The actor's latest role shift is dated " + actor.currentRoleSince(), actor.currentRoleSince());
        }
    }

    private static void axisInRange(double value, String field) {
        if (Double.isNaN(value) || value < -1.0 || value > 1.0) {
            throw new JournalRejection(VALUE_OUT_OF_RANGE, field, field + " must lie between -1 and 1", value);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return isBlank(value) ? null : value.strip();
    }

    private static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
