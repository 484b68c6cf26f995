package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.counts;
import static dk.samskabelse.journal.query.evaluation.Statements.fact;
import static dk.samskabelse.journal.query.evaluation.Statements.ids;
import static dk.samskabelse.journal.query.evaluation.Statements.missing;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.roles.RoleInterval;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Målopfyldelse: the success criteria and expected bottom lines of Afklaring against what was recorded. */
final class MaalopfyldelseSection implements EvaluationSection {

    /** Roles of seed 001 in which citizens bring new ideas: co-designer, innovator, co-initiator. */
    private static final Set<Role> INNOVATIVE_ROLES =
            EnumSet.of(Role.MEDDESIGNER, Role.INNOVATOR, Role.MEDINITIATIVTAGER);

    /** Influence at which a participant shares in the decision (seed 002: indflydelse, not only inddragelse). */
    private static final Set<Influence> DECIDING = EnumSet.of(Influence.MEDBESTEMMENDE, Influence.BESTEMMENDE);

    /** Contributions that bring resources the municipality would otherwise pay for (the economic bottom line). */
    private static final Set<ContributionType> RESOURCES = EnumSet.of(
            ContributionType.TID, ContributionType.PENGE, ContributionType.LOKALER, ContributionType.MATERIEL);

    @Override
    public FocusPoint focus() {
        return FocusPoint.MAALOPFYLDELSE;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of(criteria(context), bottomLines(context));
    }

    private static Group criteria(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        Optional<ProjectClarified> clarified = context.latestClarification();
        if (clarified.isEmpty()) {
            statements.add(missing("evaluation.goals.noClarification"));
        } else {
            ProjectClarified c = clarified.get();
            statements.add(fact(
                    "evaluation.goals.clarified",
                    List.of(c.effectiveOn(), c.successCriteria().size()),
                    ids(context.clarifications().stream().map(ProjectClarified::entryId))));
            for (String criterion : c.successCriteria()) {
                statements.add(fact("evaluation.goals.criterion", List.of(criterion), List.of(c.entryId())));
            }
        }
        return new Group("evaluation.group.criteria", "succeskriterier", statements);
    }

    /**
     * The four bottom lines of seed 002 ("Mange mulige bundlinjer"), each held against the evidence that
     * bears on it: new perspectives from outside (innovativ), citizens' direct part in decisions
     * (demokratisk), resources brought in (økonomisk), local forces activated (identitetsskabende).
     */
    private static Group bottomLines(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        Optional<ProjectClarified> clarified = context.latestClarification();
        List<BottomLine> expected =
                clarified.map(ProjectClarified::expectedBottomLines).orElse(List.of());
        if (expected.isEmpty()) {
            statements.add(missing("evaluation.goals.noBottomLines"));
        }
        for (BottomLine line : expected) {
            List<String> basis = new ArrayList<>(List.of(clarified.get().entryId()));
            if (context.data().engagements().isEmpty()) {
                statements.add(new Statement("evaluation.bottomLine.noEngagements", List.of(line), basis, true));
                continue;
            }
            statements.add(
                    switch (line) {
                        case INNOVATIV -> innovative(context, basis);
                        case DEMOKRATISK -> democratic(context, basis);
                        case OEKONOMISK -> economic(context, basis);
                        case IDENTITETSSKABENDE -> identity(context, basis);
                    });
        }
        return new Group("evaluation.group.bottomLines", "bundlinjer", statements);
    }

    private static Statement innovative(EvaluationContext context, List<String> basis) {
        List<EngagementRow> engagements = context.data().engagements();
        List<EngagementRow> initiated = engagements.stream()
                .filter(e -> context.sector(e.getInitiatedBy()) == Sector.NON_PUBLIC)
                .toList();
        List<RoleInterval> roles = context.data().roleIntervals().stream()
                .filter(i -> INNOVATIVE_ROLES.contains(i.getRole()))
                .toList();
        long actorsInRoles =
                roles.stream().map(RoleInterval::getActorId).distinct().count();
        if (initiated.isEmpty() && roles.isEmpty()) {
            return new Statement("evaluation.bottomLine.INNOVATIV.none", List.of(), basis, true);
        }
        basis.addAll(ids(initiated.stream().map(EngagementRow::getEntryId)));
        basis.addAll(ids(roles.stream().map(RoleInterval::getEntryId)));
        return fact(
                "evaluation.bottomLine.INNOVATIV", List.of(initiated.size(), engagements.size(), actorsInRoles), basis);
    }

    private static Statement democratic(EvaluationContext context, List<String> basis) {
        List<EngagementRow> engagements = context.data().engagements();
        List<EngagementRow> deciding = engagements.stream()
                .filter(e -> e.getParticipants().stream()
                        .anyMatch(p ->
                                context.sector(p.actorId()) == Sector.NON_PUBLIC && DECIDING.contains(p.influence())))
                .toList();
        if (deciding.isEmpty()) {
            return new Statement("evaluation.bottomLine.DEMOKRATISK.none", List.of(engagements.size()), basis, true);
        }
        basis.addAll(ids(deciding.stream().map(EngagementRow::getEntryId)));
        return fact("evaluation.bottomLine.DEMOKRATISK", List.of(deciding.size(), engagements.size()), basis);
    }

    private static Statement economic(EvaluationContext context, List<String> basis) {
        List<EngagementRow> withResources = new ArrayList<>();
        Map<ContributionType, Long> byType = new EnumMap<>(ContributionType.class);
        for (EngagementRow engagement : context.data().engagements()) {
            List<Contribution> brought = engagement.getContributions().stream()
                    .filter(c -> context.sector(c.actorId()) == Sector.NON_PUBLIC && RESOURCES.contains(c.type()))
                    .toList();
            if (!brought.isEmpty()) {
                withResources.add(engagement);
                brought.forEach(c -> byType.merge(c.type(), 1L, Long::sum));
            }
        }
        if (withResources.isEmpty()) {
            return new Statement("evaluation.bottomLine.OEKONOMISK.none", List.of(), basis, true);
        }
        basis.addAll(ids(withResources.stream().map(EngagementRow::getEntryId)));
        return fact("evaluation.bottomLine.OEKONOMISK", List.of(withResources.size(), counts(byType)), basis);
    }

    private static Statement identity(EvaluationContext context, List<String> basis) {
        Set<String> taking = new LinkedHashSet<>();
        List<EngagementRow> with = new ArrayList<>();
        for (EngagementRow engagement : context.data().engagements()) {
            List<String> citizens = engagement.getParticipants().stream()
                    .map(Participation::actorId)
                    .filter(id -> context.sector(id) == Sector.NON_PUBLIC)
                    .toList();
            if (!citizens.isEmpty()) {
                taking.addAll(citizens);
                with.add(engagement);
            }
        }
        if (taking.isEmpty()) {
            return new Statement("evaluation.bottomLine.IDENTITETSSKABENDE.none", List.of(), basis, true);
        }
        long activities = with.stream()
                .filter(e -> e.getKind() == EngagementKind.AKTIVITET)
                .count();
        basis.addAll(ids(with.stream().map(EngagementRow::getEntryId)));
        return fact("evaluation.bottomLine.IDENTITETSSKABENDE", List.of(taking.size(), with.size(), activities), basis);
    }
}
