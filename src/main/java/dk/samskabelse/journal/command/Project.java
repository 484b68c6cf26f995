package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.*;
import static dk.samskabelse.journal.command.ProjectActors.present;
import static dk.samskabelse.journal.command.ProjectActors.roleFits;
import static dk.samskabelse.journal.command.Texts.copy;
import static dk.samskabelse.journal.command.Texts.isBlank;
import static dk.samskabelse.journal.command.Texts.strip;
import static dk.samskabelse.journal.command.Texts.stripAll;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.AddRole;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CloseProject;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EndRole;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryDates;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.ErasePersonalData;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
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
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TypologyDeclared;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.command.JournalEntries.Entry;
import dk.samskabelse.journal.command.PhaseList.PhaseFact;
import dk.samskabelse.journal.command.ProjectActor.Fact;
import dk.samskabelse.journal.command.ProjectActor.FactKind;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One co-creation project and its journal. Every accepted command becomes exactly one event; the state kept
 * here is only what the rules of docs/domain.md's command table and docs/events.md need. A command whose entry id the journal
 * already holds for the same kind of entry (and, for an entry about one actor or a retraction, the same actor or
 * target) is a resent form or a client retry: it is acknowledged again without a second event. An entry id the
 * journal holds for anything else (a key or form nonce reused on another kind of request) is refused as
 * ENTRY_ID_TAKEN, never acknowledged as if it had been recorded. That check runs once, before every handler
 * ({@link #answerRepeats}, {@link RepeatedCommands}).
 *
 * <p>Entries are ordered by effective date, then by the order they were recorded: a back-dated entry slots in at its
 * date (project leaders log "often days after", docs/domain.md "Two clocks"). Rules about an actor are judged on that
 * actor's facts ({@link ProjectActor}), rules about phases on the phase list ({@link PhaseList}), both as of the new
 * entry's date and against every later entry; nothing here replays the project's whole history per command. The
 * state lives in members with one concern each: the entries ({@link JournalEntries}), the actors
 * ({@link ProjectActors}), the phases and the closures ({@link Closures}).
 */
@Aggregate(cache = "projectCache")
public class Project {

    @AggregateIdentifier
    private String projectId;

    private LocalDate startedOn;
    private final JournalEntries entries = new JournalEntries();
    private final PhaseList phases = new PhaseList();
    private final Closures closures = new Closures();
    private final ProjectActors actors = new ProjectActors();

    protected Project() {
        // Required by Axon to rebuild the aggregate from its events.
    }

    /**
     * Before every handler of an existing project: a resent command is answered as the first time, without a
     * second event; an entry id taken by another entry is refused (ENTRY_ID_TAKEN).
     */
    @CommandHandlerInterceptor
    Object answerRepeats(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        Optional<String> answer = RepeatedCommands.answerIfRepeated(command.getPayload(), entries);
        return answer.isPresent() ? answer.get() : chain.proceed();
    }

    @CommandHandler
    public Project(StartProject command, Clock clock) {
        if (isBlank(command.name())) {
            throw new JournalRejection(BLANK_NAME, "name", "A project needs a name");
        }
        notInFuture(command.startedOn(), "startedOn", clock);
        String continues = strip(command.continuesProjectId());
        // Whether the continued project exists is the web layer's question (it sees the other projects); here
        // only that a project does not continue itself.
        if (continues != null && continues.equals(command.projectId())) {
            throw new JournalRejection(UNKNOWN_PROJECT, "continuesProjectId", "A project cannot continue itself");
        }
        apply(new ProjectStarted(
                command.projectId(),
                command.entryId(),
                command.startedOn(),
                command.name().strip(),
                strip(command.municipality()),
                command.area(),
                strip(command.purpose()),
                continues));
    }

    @CommandHandler
    public String handle(ClarifyProject command, Clock clock) {
        closures.requireOpen();
        List<TargetGroup> targetGroups = PhaseContentCheck.checkClarification(command);
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        // Seed 002, Afklaring: where the task came from, the partner organisations, the target groups.
        apply(new ProjectClarified(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.successCriteria().stream()
                        .filter(c -> !isBlank(c))
                        .map(String::strip)
                        .toList(),
                copy(command.expectedBottomLines()),
                copy(command.coCreationScope()),
                strip(command.motivation()),
                strip(command.democraticLegitimacy()),
                strip(command.ownership()),
                strip(command.organisationalReadiness()),
                command.taskOrigin(),
                stripAll(command.partnerOrganisations()),
                targetGroups));
        return command.entryId();
    }

    @CommandHandler
    public String handle(DeclareTypology command, Clock clock) {
        closures.requireOpen();
        TypologyCheck.checkPlacement(command);
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        String actorId = TypologyCheck.perspectiveActor(command, actors);
        apply(new TypologyDeclared(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.openness(),
                command.centrality(),
                command.rationale().strip(),
                command.perspective(),
                actorId));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RegisterActor command, Clock clock, PersonalDataRegister register) {
        closures.requireOpen();
        actors.requireNewId(command.actorId());
        roleFits(command.role(), command.kind(), "role");
        if (command.personalData() == null || isBlank(command.personalData().name())) {
            throw new JournalRejection(BLANK_NAME, "name", "An actor needs a name");
        }
        withinOpenProject(command.joinedOn(), "joinedOn", clock);
        // The name and contact go to the erasable register in the same transaction; the event names the actor
        // only by its pseudonymous id (docs/domain.md "Personal data").
        register.record(projectId, command.actorId(), command.personalData());
        // commercialSupplier: a paid supplier, whose relation seed 002 excludes from co-creation.
        apply(new ActorRegistered(
                projectId,
                command.entryId(),
                command.joinedOn(),
                command.actorId(),
                command.kind(),
                command.kind().sector(),
                command.role(),
                command.commercialSupplier()));
        return command.actorId();
    }

    /**
     * A role shift, dated anywhere after joining (docs/events.md). The replaced role is the command's
     * fromRole, or the actor's one role on that date; it is stored in the event, and no later insert may make it
     * untrue (a later shift from a role the actor would no longer hold is CONTRADICTS_LATER_ENTRY).
     */
    @CommandHandler
    public String handle(ShiftRole command, Clock clock) {
        closures.requireOpen();
        ProjectActor actor = actors.known(command.actorId());
        roleFits(command.role(), actor.kind(), "role");
        LocalDate on = command.effectiveOn();
        roleFactDate(actor, on, clock);
        present(actor, on, "effectiveOn");
        Role from = actor.replacedRole(on, command.fromRole());
        actor.check(
                newFact(command.entryId(), on, FactKind.SHIFTED, EntryType.ROLE_SHIFTED)
                        .withShift(from, command.role()),
                null);
        apply(new RoleShifted(
                projectId,
                command.entryId(),
                on,
                actor.actorId(),
                from,
                command.role(),
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    /** A further role beside those held (seed 001's "dobbeltrolle", seed 000's one person in two organisations). */
    @CommandHandler
    public String handle(AddRole command, Clock clock) {
        closures.requireOpen();
        ProjectActor actor = actors.known(command.actorId());
        roleFits(command.role(), actor.kind(), "role");
        roleFactDate(actor, command.effectiveOn(), clock);
        present(actor, command.effectiveOn(), "effectiveOn");
        actor.check(
                newFact(command.entryId(), command.effectiveOn(), FactKind.ADDED, EntryType.ROLE_ADDED)
                        .withRole(command.role()),
                null);
        apply(new RoleAdded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                actor.actorId(),
                command.role(),
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    /** The end of one of several roles; the last role never ends (LAST_ROLE: the actor withdraws instead). */
    @CommandHandler
    public String handle(EndRole command, Clock clock) {
        closures.requireOpen();
        ProjectActor actor = actors.known(command.actorId());
        if (command.role() == null) {
            throw new JournalRejection(ROLE_NOT_HELD, "role", "Which role ends?", (Object) null);
        }
        roleFactDate(actor, command.effectiveOn(), clock);
        present(actor, command.effectiveOn(), "effectiveOn");
        actor.check(
                newFact(command.entryId(), command.effectiveOn(), FactKind.ENDED, EntryType.ROLE_ENDED)
                        .withRole(command.role()),
                null);
        apply(new RoleEnded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                actor.actorId(),
                command.role(),
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(WithdrawActor command, Clock clock) {
        closures.requireOpen();
        ProjectActor actor = actors.known(command.actorId());
        roleFactDate(actor, command.effectiveOn(), clock);
        actor.check(
                newFact(command.entryId(), command.effectiveOn(), FactKind.WITHDRAWN, EntryType.ACTOR_WITHDRAWN), null);
        apply(new ActorWithdrawn(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                actor.actorId(),
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    /**
     * An actor that withdrew takes part again, under its own id (seed 000, "fleksibel inddragelse": actors come and
     * go at different points). Roles empty: those it held when it withdrew.
     */
    @CommandHandler
    public String handle(RejoinActor command, Clock clock) {
        closures.requireOpen();
        ProjectActor actor = actors.known(command.actorId());
        List<Role> roles = copy(command.roles());
        for (int i = 0; i < roles.size(); i++) {
            roleFits(roles.get(i), actor.kind(), "roles[" + i + "]");
            if (roles.indexOf(roles.get(i)) != i) {
                throw new JournalRejection(SAME_ROLE, "roles[" + i + "]", "Role listed twice", roles.get(i));
            }
        }
        roleFactDate(actor, command.effectiveOn(), clock);
        actor.check(
                newFact(command.entryId(), command.effectiveOn(), FactKind.REJOINED, EntryType.ACTOR_REJOINED)
                        .withRoles(roles),
                null);
        apply(new ActorRejoined(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                actor.actorId(),
                roles,
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordEngagement command, Clock clock) {
        closures.requireOpen();
        if (isBlank(command.title())) {
            throw new JournalRejection(TITLE_MISSING, "title", "An engagement needs a title");
        }
        withinOpenProject(command.occurredOn(), "occurredOn", clock);
        EngagementCheck.Checked checked = EngagementCheck.check(command, actors);
        apply(new EngagementRecorded(
                projectId,
                command.entryId(),
                command.occurredOn(),
                command.entryId(),
                command.kind(),
                command.title().strip(),
                command.initiatedBy(),
                checked.participants(),
                checked.contributions(),
                strip(command.notes()),
                command.shareable(),
                checked.coInitiators(),
                checked.attendance()));
        return command.entryId();
    }

    /** A phase change, dated anywhere in the project: it may slot in between earlier ones (see {@link PhaseList}). */
    @CommandHandler
    public String handle(ChangePhase command, Clock clock) {
        closures.requireOpen();
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        Phase from = phases.phaseOn(command.effectiveOn());
        phases.check(
                new PhaseFact(
                        command.entryId(),
                        ProjectActor.NEW,
                        command.effectiveOn(),
                        command.phase(),
                        EntryType.PHASE_CHANGED),
                null);
        apply(new PhaseChanged(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                from,
                command.phase(),
                command.phase().isBefore(from),
                strip(command.note()),
                command.shareable()));
        return command.entryId();
    }

    /** Phase 2A Planlægning by seed 002's focus points; at least one of them filled in. */
    @CommandHandler
    public String handle(RecordPlanning command, Clock clock) {
        closures.requireOpen();
        PhaseContentCheck.checkPlanning(command);
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new PlanningRecorded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                strip(command.fixedFrame()),
                strip(command.elasticFrame()),
                strip(command.timeFrame()),
                strip(command.unpredictability()),
                strip(command.communication()),
                strip(command.recruitment()),
                command.intendedInfluence(),
                strip(command.involvementMethods()),
                strip(command.processDesign()),
                command.shareable()));
        return command.entryId();
    }

    /**
     * A chef's leadership action in one of seed 002's four directions, optionally as one of Torfing's acts (seed
     * 004). The acting actor is optional; when named, it is an actor of the project present on that date.
     */
    @CommandHandler
    public String handle(RecordLeadershipAction command, Clock clock) {
        closures.requireOpen();
        if (command.direction() == null) {
            throw new JournalRejection(DIRECTION_MISSING, "direction", "A leadership action needs a direction");
        }
        if (isBlank(command.action())) {
            throw new JournalRejection(ACTION_MISSING, "action", "A leadership action needs what was done");
        }
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        String actorId = strip(command.actorId());
        if (actorId != null) {
            present(actors.known(actorId), command.effectiveOn(), "actorId");
        }
        apply(new LeadershipActionRecorded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.direction(),
                command.act(),
                actorId,
                command.action().strip(),
                strip(command.reason()),
                command.shareable()));
        return command.entryId();
    }

    /** The chef's reflection on their own role (seed 002, Afklaring); accepted also while the project is closed. */
    @CommandHandler
    public String handle(RecordLeadershipReflection command, Clock clock) {
        if (isBlank(command.text())) {
            throw new JournalRejection(TEXT_MISSING, "text", "A reflection needs a text");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        String actorId = strip(command.actorId());
        if (actorId != null) {
            actors.known(actorId);
        }
        apply(new LeadershipReflectionRecorded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                actorId,
                command.text().strip(),
                command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(RecordCourseCorrection command, Clock clock) {
        closures.requireOpen();
        if (isBlank(command.decision())) {
            throw new JournalRejection(DECISION_MISSING, "decision", "A course correction needs a decision");
        }
        if (isBlank(command.reason())) {
            throw new JournalRejection(REASON_MISSING, "reason", "A course correction needs a reason");
        }
        withinOpenProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new CourseCorrected(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.decision().strip(),
                command.reason().strip(),
                copy(command.affects()),
                command.shareable()));
        return command.entryId();
    }

    /**
     * An insight, on any date of the project, also while it is closed: forankring shows after the end (seed 000,
     * Viborg's "børneskovsprojekt").
     */
    @CommandHandler
    public String handle(RecordInsight command, Clock clock) {
        if (isBlank(command.text())) {
            throw new JournalRejection(TEXT_MISSING, "text", "An insight needs a text");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        apply(new InsightRecorded(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.focus(),
                command.text().strip(),
                command.shareable()));
        return command.entryId();
    }

    /**
     * Any entry but the start, a closure, a reopening, an erasure or a retraction can be retracted, also while the
     * project is closed, when what remains is consistent: a role fact or a phase change (not only the latest) when
     * no later entry depends on it, a registration when no other entry names the actor.
     */
    @CommandHandler
    public String handle(RetractEntry command, Clock clock) {
        if (isBlank(command.reason())) {
            throw new JournalRejection(REASON_MISSING, "reason", "A retraction needs a reason");
        }
        Entry target = entries.retractable(command.retractedEntryId());
        checkRetractionKeepsJournalConsistent(command.retractedEntryId(), target);
        notInFuture(command.effectiveOn(), "effectiveOn", clock);
        apply(new EntryRetracted(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.retractedEntryId(),
                target.type().storedName(),
                command.reason().strip(),
                command.shareable()));
        return command.entryId();
    }

    @CommandHandler
    public String handle(CloseProject command, Clock clock) {
        closures.requireNotAlreadyClosed();
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        entries.checkNothingClosableAfter(command.effectiveOn());
        closures.checkClosureAfterReopening(command.effectiveOn());
        apply(new ProjectClosed(
                projectId, command.entryId(), command.effectiveOn(), strip(command.note()), command.shareable()));
        return command.entryId();
    }

    /** A closed project taken up again from a date not before its closure, with a reason. */
    @CommandHandler
    public String handle(ReopenProject command, Clock clock) {
        closures.requireClosed();
        if (isBlank(command.reason())) {
            throw new JournalRejection(REASON_MISSING, "reason", "A reopening needs a reason");
        }
        withinProject(command.effectiveOn(), "effectiveOn", clock);
        closures.checkReopening(command.effectiveOn());
        apply(new ProjectReopened(
                projectId,
                command.entryId(),
                command.effectiveOn(),
                command.reason().strip(),
                command.shareable()));
        return command.entryId();
    }

    /**
     * Right to be forgotten (docs/domain.md "Personal data"): any actor ever registered in the project can have its
     * name and contact details erased, also after withdrawal, after its registration was retracted and on a
     * closed project. A second erasure of the same actor is refused (409), so the journal holds one erasure per
     * actor; a resent command with the same entry id is acknowledged like every other entry.
     */
    @CommandHandler
    public String handle(ErasePersonalData command, Clock clock, PersonalDataRegister register) {
        actors.requireErasable(command.actorId());
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
        long sequence = entries.remember(event, Set.of());
        phases.add(new PhaseFact(
                event.entryId(), sequence, event.effectiveOn(), Phase.AFKLARING, EntryType.PROJECT_STARTED));
    }

    @EventSourcingHandler
    void on(ProjectClarified event) {
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(TypologyDeclared event) {
        // A partner's placement names its representative: the actor's registration cannot be retracted under it,
        // and a back-dated withdrawal cannot put the representative outside the project on that date.
        if (event.actorId() == null) {
            entries.remember(event, Set.of());
        } else {
            namedOnce(event, event.actorId(), FactKind.REFERENCE);
        }
    }

    @EventSourcingHandler
    void on(ActorRegistered event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.registered(event, sequence);
    }

    @EventSourcingHandler
    void on(RoleShifted event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.addFact(
                event.actorId(), fact(event, sequence, FactKind.SHIFTED).withShift(event.fromRole(), event.toRole()));
    }

    @EventSourcingHandler
    void on(RoleAdded event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.addFact(event.actorId(), fact(event, sequence, FactKind.ADDED).withRole(event.role()));
    }

    @EventSourcingHandler
    void on(RoleEnded event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.addFact(event.actorId(), fact(event, sequence, FactKind.ENDED).withRole(event.role()));
    }

    @EventSourcingHandler
    void on(ActorWithdrawn event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.addFact(event.actorId(), fact(event, sequence, FactKind.WITHDRAWN));
    }

    @EventSourcingHandler
    void on(ActorRejoined event) {
        long sequence = entries.remember(event, Set.of(event.actorId()));
        actors.addFact(event.actorId(), fact(event, sequence, FactKind.REJOINED).withRoles(copy(event.roles())));
    }

    @EventSourcingHandler
    void on(EngagementRecorded event) {
        Set<String> involved = new LinkedHashSet<>(event.initiators());
        event.participants().forEach(p -> involved.add(p.actorId()));
        long sequence = entries.remember(event, involved);
        involved.forEach(actorId -> actors.addFact(actorId, fact(event, sequence, FactKind.REFERENCE)));
    }

    @EventSourcingHandler
    void on(PhaseChanged event) {
        long sequence = entries.remember(event, Set.of());
        phases.add(new PhaseFact(
                event.entryId(), sequence, event.effectiveOn(), event.toPhase(), EntryType.PHASE_CHANGED));
    }

    @EventSourcingHandler
    void on(PlanningRecorded event) {
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(LeadershipActionRecorded event) {
        namedOnce(event, event.actorId(), FactKind.REFERENCE);
    }

    @EventSourcingHandler
    void on(LeadershipReflectionRecorded event) {
        namedOnce(event, event.actorId(), FactKind.MENTION);
    }

    @EventSourcingHandler
    void on(CourseCorrected event) {
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(InsightRecorded event) {
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(EntryRetracted event) {
        Entry target = entries.retract(event.retractedEntryId());
        if (target.type() == EntryType.ACTOR_REGISTERED) {
            actors.registrationRetracted(target.actorId());
        } else if (target.type() == EntryType.PHASE_CHANGED) {
            phases.remove(event.retractedEntryId());
        } else {
            actors.removeFact(target.actorIds(), event.retractedEntryId());
        }
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ActorPersonalDataErased event) {
        actors.erased(event.actorId());
        // Names no actor for the retraction rules: erasing must not block correcting the actor's entries.
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ProjectClosed event) {
        closures.closed(event.entryId(), event.effectiveOn());
        entries.remember(event, Set.of());
    }

    @EventSourcingHandler
    void on(ProjectReopened event) {
        closures.reopened(event.entryId(), event.effectiveOn());
        entries.remember(event, Set.of());
    }

    private void namedOnce(JournalEvent event, String actorId, FactKind kind) {
        long sequence = entries.remember(event, actorId == null ? Set.of() : Set.of(actorId));
        actors.addFact(actorId, fact(event, sequence, kind));
    }

    private static Fact fact(JournalEvent event, long sequence, FactKind kind) {
        return Fact.of(event.entryId(), sequence, event.effectiveOn(), kind, EntryType.of(event));
    }

    private static Fact newFact(String entryId, LocalDate on, FactKind kind, EntryType type) {
        return Fact.of(entryId, ProjectActor.NEW, on, kind, type);
    }

    // --- rules ---

    private void checkRetractionKeepsJournalConsistent(String retractedEntryId, Entry target) {
        switch (target.type()) {
            case ACTOR_REGISTERED -> {
                ProjectActor actor = actors.find(target.actorId());
                if (actor != null && actor.isNamedByOtherEntries()) {
                    throw new JournalRejection(
                            ENTRY_STILL_REFERENCED,
                            "retractedEntryId",
                            "Later entries still name this actor; retract them first");
                }
            }
            // Their retraction changes the actor's roles or presence: judged on the actor's remaining facts.
            case ROLE_SHIFTED, ROLE_ADDED, ROLE_ENDED, ACTOR_WITHDRAWN, ACTOR_REJOINED ->
                actors.find(target.actorId()).check(null, retractedEntryId);
            case PHASE_CHANGED -> phases.check(null, retractedEntryId);
            default -> {
                // Engagements, declarations, insights, corrections, planning and leadership entries can always be
                // retracted (the kinds that cannot were refused before).
            }
        }
    }

    /** A role fact lies between the actor's joining and today, outside any closed time of the project. */
    private void roleFactDate(ProjectActor actor, LocalDate date, Clock clock) {
        notInFuture(date, "effectiveOn", clock);
        if (date.isBefore(actor.joinedOn())) {
            throw new JournalRejection(
                    DATE_BEFORE_JOINING, "effectiveOn", "The actor joined on " + actor.joinedOn(), actor.joinedOn());
        }
        closures.notInClosedTime(date, "effectiveOn");
    }

    private void withinProject(LocalDate date, String field, Clock clock) {
        notInFuture(date, field, clock);
        EntryDates.notBeforeStart(date, startedOn, field);
    }

    /** Within the project, and not in the time between a closure and its reopening (the project was closed then). */
    private void withinOpenProject(LocalDate date, String field, Clock clock) {
        withinProject(date, field, clock);
        closures.notInClosedTime(date, field);
    }

    private static void notInFuture(LocalDate date, String field, Clock clock) {
        EntryDates.notInFuture(date, field, LocalDate.now(clock));
    }
}
