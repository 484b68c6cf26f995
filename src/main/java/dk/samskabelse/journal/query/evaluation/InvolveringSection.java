package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.counts;
import static dk.samskabelse.journal.query.evaluation.Statements.fact;
import static dk.samskabelse.journal.query.evaluation.Statements.ids;
import static dk.samskabelse.journal.query.evaluation.Statements.missing;

import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.engagements.EngagementRow;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Sequence;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Involvering: who took part, in which roles, with what influence, who dropped out. */
final class InvolveringSection implements EvaluationSection {

    @Override
    public FocusPoint focus() {
        return FocusPoint.INVOLVERING;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of(actorsAndRoles(context), influence(context), dropouts(context));
    }

    private static Group actorsAndRoles(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        Map<String, ActorRow> actors = context.actors();
        if (actors.isEmpty()) {
            statements.add(missing("evaluation.involvement.noActors"));
            return new Group("evaluation.group.actors", "aktoerer", statements);
        }
        long publicActors = actors.values().stream()
                .filter(a -> a.getSector() == Sector.PUBLIC)
                .count();
        statements.add(fact(
                "evaluation.involvement.actors",
                List.of(actors.size(), publicActors, actors.size() - publicActors),
                ids(actors.keySet().stream().map(context::registration))));
        for (ActorRow actor : actors.values()) {
            List<RoleInterval> roles = context.intervals(actor.getActorId());
            List<EngagementRow> taken = context.engagementsOf(actor.getActorId());
            List<String> basis = new ArrayList<>(ids(roles.stream().map(RoleInterval::getEntryId)));
            Sequence path =
                    new Sequence(roles.stream().map(RoleInterval::getRole).toList());
            if (taken.isEmpty()) {
                statements.add(fact(
                        "evaluation.involvement.actor.none",
                        List.of(context.name(actor.getActorId()), actor.getKind(), path),
                        basis));
                continue;
            }
            Influence highest = taken.stream()
                    .flatMap(e -> e.getParticipants().stream())
                    .filter(p -> p.actorId().equals(actor.getActorId()))
                    .map(Participation::influence)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
            basis.addAll(ids(taken.stream().map(EngagementRow::getEntryId)));
            statements.add(fact(
                    "evaluation.involvement.actor",
                    List.of(context.name(actor.getActorId()), actor.getKind(), path, taken.size(), highest),
                    basis));
        }
        return new Group("evaluation.group.actors", "aktoerer", statements);
    }

    private static Group influence(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        List<EngagementRow> engagements = context.data().engagements();
        if (engagements.isEmpty()) {
            statements.add(missing("evaluation.involvement.noEngagements"));
            return new Group("evaluation.group.influence", "indflydelse", statements);
        }
        for (Sector sector : Sector.values()) {
            Map<Influence, Long> byInfluence = new EnumMap<>(Influence.class);
            List<String> basis = new ArrayList<>();
            for (EngagementRow engagement : engagements) {
                boolean any = false;
                for (Participation p : engagement.getParticipants()) {
                    if (context.sector(p.actorId()) == sector) {
                        byInfluence.merge(p.influence(), 1L, Long::sum);
                        any = true;
                    }
                }
                if (any) {
                    basis.add(engagement.getEntryId());
                }
            }
            String key = "evaluation.involvement.influence." + sector;
            statements.add(
                    byInfluence.isEmpty()
                            ? new Statement(key + ".none", List.of(), List.of(), true)
                            : fact(key, List.of(counts(byInfluence)), basis));
        }
        List<EngagementRow> byCitizens = engagements.stream()
                .filter(e -> context.sector(e.getInitiatedBy()) == Sector.NON_PUBLIC)
                .toList();
        statements.add(fact(
                "evaluation.involvement.initiative",
                List.of(byCitizens.size(), engagements.size()),
                ids(byCitizens.stream().map(EngagementRow::getEntryId))));
        return new Group("evaluation.group.influence", "indflydelse", statements);
    }

    private static Group dropouts(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        for (ActorRow actor : context.actors().values()) {
            if (actor.getWithdrawnOn() == null) {
                continue;
            }
            String reason = context.withdrawal(actor.getActorId())
                    .map(ActorWithdrawn::reason)
                    .filter(r -> !r.isBlank())
                    .orElse(null);
            List<Object> arguments =
                    new ArrayList<>(List.of(context.name(actor.getActorId()), actor.getKind(), actor.getWithdrawnOn()));
            if (reason != null) {
                arguments.add(reason);
            }
            statements.add(fact(
                    reason == null ? "evaluation.involvement.dropout" : "evaluation.involvement.dropout.reason",
                    arguments,
                    ids(Optional.ofNullable(actor.getWithdrawalEntryId()).stream())));
        }
        if (statements.isEmpty()) {
            statements.add(missing("evaluation.involvement.noDropouts"));
        }
        return new Group("evaluation.group.dropouts", "udtraeden", statements);
    }
}
