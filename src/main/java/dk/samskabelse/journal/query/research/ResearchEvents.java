package dk.samskabelse.journal.query.research;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
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

import static dk.samskabelse.journal.query.research.ProjectPseudonyms.text;

/**
 * Every kind of entry as a researcher sees it: actor ids replaced by the project's pseudonyms, free texts kept
 * only where the entry is marked shareable. Entries without a shareable mark (the project's purpose, the
 * Afklaring texts, the rationale of a declared typology) never show their texts; the project's name and
 * municipality identify the project and stay. Entry ids, dates, kinds, roles and influence are no personal data
 * and stay as they are. A kind of entry added later must be added here, or its research export fails loudly.
 */
public final class ResearchEvents {

    private ResearchEvents() {
    }

    public static JournalEvent pseudonymise(JournalEvent event, ProjectPseudonyms p) {
        if (event instanceof ProjectStarted e) {
            return new ProjectStarted(e.projectId(), e.entryId(), e.effectiveOn(), e.name(), e.municipality(),
                    e.area(), text(e.purpose(), false), e.continuesProjectId());
        }
        if (event instanceof ProjectClarified e) {
            return new ProjectClarified(e.projectId(), e.entryId(), e.effectiveOn(),
                    e.successCriteria().stream().map(c -> text(c, false)).toList(), e.expectedBottomLines(),
                    e.coCreationScope(), text(e.motivation(), false), text(e.democraticLegitimacy(), false),
                    text(e.ownership(), false), text(e.organisationalReadiness(), false), e.taskOrigin(),
                    // The entry has no shareable mark: its free text (partner names, target group names and
                    // reasons) is withheld, the structure (how many, which status) stays.
                    e.partnerOrganisations() == null ? List.of()
                            : e.partnerOrganisations().stream().map(o -> text(o, false)).toList(),
                    e.targetGroups() == null ? List.of() : e.targetGroups().stream()
                            .map(g -> new TargetGroup(text(g.name(), false), g.status(), text(g.reason(), false)))
                            .toList());
        }
        if (event instanceof TypologyDeclared e) {
            // The perspective stays; a partner's representative is named by the actor's pseudonym.
            return new TypologyDeclared(e.projectId(), e.entryId(), e.effectiveOn(), e.openness(), e.centrality(),
                    text(e.rationale(), false), e.perspective(), e.actorId() == null ? null : p.actor(e.actorId()));
        }
        if (event instanceof ActorRegistered e) {
            return new ActorRegistered(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()), e.kind(),
                    e.sector(), e.role(), e.commercialSupplier());
        }
        if (event instanceof RoleShifted e) {
            return new RoleShifted(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()), e.fromRole(),
                    e.toRole(), text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof ActorWithdrawn e) {
            return new ActorWithdrawn(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()),
                    text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof EngagementRecorded e) {
            List<Participation> participants = e.participants().stream()
                    .map(x -> new Participation(p.actor(x.actorId()), x.influence())).toList();
            List<Contribution> contributions = e.contributions().stream()
                    .map(x -> new Contribution(p.actor(x.actorId()), x.type())).toList();
            return new EngagementRecorded(e.projectId(), e.entryId(), e.effectiveOn(), e.engagementId(), e.kind(),
                    text(e.title(), e.shareable()), p.actor(e.initiatedBy()), participants, contributions,
                    text(e.notes(), e.shareable()), e.shareable(),
                    e.coInitiators() == null ? List.of() : e.coInitiators().stream().map(p::actor).toList(),
                    e.attendance() == null ? List.of() : e.attendance());
        }
        if (event instanceof RoleAdded e) {
            return new RoleAdded(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()), e.role(),
                    text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof RoleEnded e) {
            return new RoleEnded(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()), e.role(),
                    text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof ActorRejoined e) {
            return new ActorRejoined(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()), e.roles(),
                    text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof ProjectReopened e) {
            return new ProjectReopened(e.projectId(), e.entryId(), e.effectiveOn(), text(e.reason(), e.shareable()),
                    e.shareable());
        }
        if (event instanceof PlanningRecorded e) {
            boolean s = e.shareable();
            return new PlanningRecorded(e.projectId(), e.entryId(), e.effectiveOn(), text(e.fixedFrame(), s),
                    text(e.elasticFrame(), s), text(e.timeFrame(), s), text(e.unpredictability(), s),
                    text(e.communication(), s), text(e.recruitment(), s), e.intendedInfluence(),
                    text(e.involvementMethods(), s), text(e.processDesign(), s), s);
        }
        if (event instanceof LeadershipActionRecorded e) {
            return new LeadershipActionRecorded(e.projectId(), e.entryId(), e.effectiveOn(), e.direction(), e.act(),
                    e.actorId() == null ? null : p.actor(e.actorId()), text(e.action(), e.shareable()),
                    text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof LeadershipReflectionRecorded e) {
            return new LeadershipReflectionRecorded(e.projectId(), e.entryId(), e.effectiveOn(),
                    e.actorId() == null ? null : p.actor(e.actorId()), text(e.text(), e.shareable()), e.shareable());
        }
        if (event instanceof PhaseChanged e) {
            return new PhaseChanged(e.projectId(), e.entryId(), e.effectiveOn(), e.fromPhase(), e.toPhase(),
                    e.backwards(), text(e.note(), e.shareable()), e.shareable());
        }
        if (event instanceof CourseCorrected e) {
            return new CourseCorrected(e.projectId(), e.entryId(), e.effectiveOn(), text(e.decision(), e.shareable()),
                    text(e.reason(), e.shareable()), e.affects(), e.shareable());
        }
        if (event instanceof InsightRecorded e) {
            return new InsightRecorded(e.projectId(), e.entryId(), e.effectiveOn(), e.focus(),
                    text(e.text(), e.shareable()), e.shareable());
        }
        if (event instanceof EntryRetracted e) {
            return new EntryRetracted(e.projectId(), e.entryId(), e.effectiveOn(), e.retractedEntryId(),
                    e.retractedEntryType(), text(e.reason(), e.shareable()), e.shareable());
        }
        if (event instanceof ProjectClosed e) {
            return new ProjectClosed(e.projectId(), e.entryId(), e.effectiveOn(), text(e.note(), e.shareable()),
                    e.shareable());
        }
        if (event instanceof ActorPersonalDataErased e) {
            return new ActorPersonalDataErased(e.projectId(), e.entryId(), e.effectiveOn(), p.actor(e.actorId()));
        }
        throw new IllegalStateException("No research form for entries of type " + event.getClass().getSimpleName());
    }
}
