package dk.samskabelse.journal.query.research;

import static dk.samskabelse.journal.query.research.ProjectPseudonyms.text;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.util.List;

/**
 * Every kind of entry as a researcher sees it: actor ids replaced by the project's pseudonyms, free texts kept
 * only where the entry is marked shareable. Entries without a shareable mark (the project's purpose, the
 * Afklaring texts, the rationale of a declared typology) never show their texts; the project's name and
 * municipality identify the project and stay. Entry ids, dates, kinds, roles and influence are no personal data
 * and stay as they are. A kind of entry added later must be added here: the switch over EntryType does not compile
 * without it.
 */
public final class ResearchEvents {

    private ResearchEvents() {}

    public static JournalEvent pseudonymise(JournalEvent event, ProjectPseudonyms p) {
        return switch (EntryType.of(event)) {
            case PROJECT_STARTED -> {
                ProjectStarted e = (ProjectStarted) event;
                yield new ProjectStarted(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.name(),
                        e.municipality(),
                        e.area(),
                        text(e.purpose(), false),
                        e.continuesProjectId());
            }
            case PROJECT_CLARIFIED -> {
                ProjectClarified e = (ProjectClarified) event;
                yield new ProjectClarified(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.successCriteria().stream().map(c -> text(c, false)).toList(),
                        e.expectedBottomLines(),
                        e.coCreationScope(),
                        text(e.motivation(), false),
                        text(e.democraticLegitimacy(), false),
                        text(e.ownership(), false),
                        text(e.organisationalReadiness(), false),
                        e.taskOrigin(),
                        // The entry has no shareable mark: its free text (partner names, target group names and
                        // reasons) is withheld, the structure (how many, which status) stays.
                        e.partnerOrganisations() == null
                                ? List.of()
                                : e.partnerOrganisations().stream()
                                        .map(o -> text(o, false))
                                        .toList(),
                        e.targetGroups() == null
                                ? List.of()
                                : e.targetGroups().stream()
                                        .map(g -> new TargetGroup(
                                                text(g.name(), false), g.status(), text(g.reason(), false)))
                                        .toList());
            }
            case TYPOLOGY_DECLARED -> {
                TypologyDeclared e = (TypologyDeclared) event;
                // The perspective stays; a partner's representative is named by the actor's pseudonym.
                yield new TypologyDeclared(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.openness(),
                        e.centrality(),
                        text(e.rationale(), false),
                        e.perspective(),
                        e.actorId() == null ? null : p.actor(e.actorId()));
            }
            case ACTOR_REGISTERED -> {
                ActorRegistered e = (ActorRegistered) event;
                yield new ActorRegistered(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        e.kind(),
                        e.sector(),
                        e.role(),
                        e.commercialSupplier());
            }
            case ROLE_SHIFTED -> {
                RoleShifted e = (RoleShifted) event;
                yield new RoleShifted(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        e.fromRole(),
                        e.toRole(),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case ACTOR_WITHDRAWN -> {
                ActorWithdrawn e = (ActorWithdrawn) event;
                yield new ActorWithdrawn(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case ENGAGEMENT_RECORDED -> {
                EngagementRecorded e = (EngagementRecorded) event;
                List<Participation> participants = e.participants().stream()
                        .map(x -> new Participation(p.actor(x.actorId()), x.influence()))
                        .toList();
                List<Contribution> contributions = e.contributions().stream()
                        .map(x -> new Contribution(p.actor(x.actorId()), x.type()))
                        .toList();
                yield new EngagementRecorded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.engagementId(),
                        e.kind(),
                        text(e.title(), e.shareable()),
                        p.actor(e.initiatedBy()),
                        participants,
                        contributions,
                        text(e.notes(), e.shareable()),
                        e.shareable(),
                        e.coInitiators() == null
                                ? List.of()
                                : e.coInitiators().stream().map(p::actor).toList(),
                        e.attendance() == null ? List.of() : e.attendance());
            }
            case ROLE_ADDED -> {
                RoleAdded e = (RoleAdded) event;
                yield new RoleAdded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        e.role(),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case ROLE_ENDED -> {
                RoleEnded e = (RoleEnded) event;
                yield new RoleEnded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        e.role(),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case ACTOR_REJOINED -> {
                ActorRejoined e = (ActorRejoined) event;
                yield new ActorRejoined(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        p.actor(e.actorId()),
                        e.roles(),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case PROJECT_REOPENED -> {
                ProjectReopened e = (ProjectReopened) event;
                yield new ProjectReopened(
                        e.projectId(), e.entryId(), e.effectiveOn(), text(e.reason(), e.shareable()), e.shareable());
            }
            case PLANNING_RECORDED -> {
                PlanningRecorded e = (PlanningRecorded) event;
                boolean s = e.shareable();
                yield new PlanningRecorded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        text(e.fixedFrame(), s),
                        text(e.elasticFrame(), s),
                        text(e.timeFrame(), s),
                        text(e.unpredictability(), s),
                        text(e.communication(), s),
                        text(e.recruitment(), s),
                        e.intendedInfluence(),
                        text(e.involvementMethods(), s),
                        text(e.processDesign(), s),
                        s);
            }
            case LEADERSHIP_ACTION_RECORDED -> {
                LeadershipActionRecorded e = (LeadershipActionRecorded) event;
                yield new LeadershipActionRecorded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.direction(),
                        e.act(),
                        e.actorId() == null ? null : p.actor(e.actorId()),
                        text(e.action(), e.shareable()),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case LEADERSHIP_REFLECTION_RECORDED -> {
                LeadershipReflectionRecorded e = (LeadershipReflectionRecorded) event;
                yield new LeadershipReflectionRecorded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.actorId() == null ? null : p.actor(e.actorId()),
                        text(e.text(), e.shareable()),
                        e.shareable());
            }
            case PHASE_CHANGED -> {
                PhaseChanged e = (PhaseChanged) event;
                yield new PhaseChanged(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.fromPhase(),
                        e.toPhase(),
                        e.backwards(),
                        text(e.note(), e.shareable()),
                        e.shareable());
            }
            case COURSE_CORRECTED -> {
                CourseCorrected e = (CourseCorrected) event;
                yield new CourseCorrected(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        text(e.decision(), e.shareable()),
                        text(e.reason(), e.shareable()),
                        e.affects(),
                        e.shareable());
            }
            case INSIGHT_RECORDED -> {
                InsightRecorded e = (InsightRecorded) event;
                yield new InsightRecorded(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.focus(),
                        text(e.text(), e.shareable()),
                        e.shareable());
            }
            case ENTRY_RETRACTED -> {
                EntryRetracted e = (EntryRetracted) event;
                yield new EntryRetracted(
                        e.projectId(),
                        e.entryId(),
                        e.effectiveOn(),
                        e.retractedEntryId(),
                        e.retractedEntryType(),
                        text(e.reason(), e.shareable()),
                        e.shareable());
            }
            case PROJECT_CLOSED -> {
                ProjectClosed e = (ProjectClosed) event;
                yield new ProjectClosed(
                        e.projectId(), e.entryId(), e.effectiveOn(), text(e.note(), e.shareable()), e.shareable());
            }
            case ACTOR_PERSONAL_DATA_ERASED -> {
                ActorPersonalDataErased e = (ActorPersonalDataErased) event;
                yield new ActorPersonalDataErased(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()));
            }
        };
    }
}
