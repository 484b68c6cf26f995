package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.fact;
import static dk.samskabelse.journal.query.evaluation.Statements.missing;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.roles.ActorRow;
import dk.samskabelse.journal.query.roles.RoleInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Refleksion: how the municipality's own actors changed their part (seed 002: "Hvordan har samarbejdet med
 * borgerne påvirket jeres egen praksis?"; seed 000: "vi blev jævnbyrdige").
 */
final class RefleksionSection implements EvaluationSection {

    @Override
    public FocusPoint focus() {
        return FocusPoint.REFLEKSION;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of(publicRoleShifts(context));
    }

    private static Group publicRoleShifts(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        for (ActorRow actor : context.actors().values()) {
            if (actor.getSector() != Sector.PUBLIC) {
                continue;
            }
            List<RoleInterval> roles = context.intervals(actor.getActorId());
            Map<String, RoleInterval> byId = roles.stream()
                    .collect(Collectors.toMap(RoleInterval::getEntryId, Function.identity(), (a, b) -> a));
            for (RoleInterval shift : roles) {
                // A shift is an interval that replaced another (RoleShifted), in effective order; a role added
                // beside others or taken up on rejoining is no shift.
                RoleInterval replaced =
                        shift.getPreviousEntryId() == null ? null : byId.get(shift.getPreviousEntryId());
                if (replaced == null) {
                    continue;
                }
                String reason = shift.getReason();
                List<Object> arguments = new ArrayList<>(List.of(
                        context.name(actor.getActorId()),
                        actor.getKind(),
                        shift.getFromDate(),
                        replaced.getRole(),
                        shift.getRole()));
                boolean withReason = reason != null && !reason.isBlank();
                if (withReason) {
                    arguments.add(reason);
                }
                statements.add(fact(
                        withReason ? "evaluation.reflection.shift.reason" : "evaluation.reflection.shift",
                        arguments,
                        List.of(shift.getEntryId())));
            }
        }
        if (statements.isEmpty()) {
            statements.add(missing("evaluation.reflection.noShifts"));
        }
        return new Group("evaluation.group.publicRoles", "egen-praksis", statements);
    }
}
