package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.fact;
import static dk.samskabelse.journal.query.evaluation.Statements.missing;

import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.typology.TypologyView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Afsæt for ny samskabelse: "Genbesøg de vigtigste overvejelser og beslutninger fra afklaringsfasen" (seed 002):
 * the decisions of Afklaring, the type declared first against the enacted type now, and the course corrections
 * that revisited Afklaring.
 */
final class AfsaetSection implements EvaluationSection {

    /** Course corrections that revisit decisions of phase 1 Afklaring. */
    private static final Set<CourseCorrectionScope> AFKLARING_DECISIONS = EnumSet.of(
            CourseCorrectionScope.SUCCESKRITERIER, CourseCorrectionScope.BUNDLINJER,
            CourseCorrectionScope.SAMSKABELSESTYPE, CourseCorrectionScope.AFGRAENSNING);

    @Override
    public FocusPoint focus() {
        return FocusPoint.AFSAET;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of(clarificationRevisited(context));
    }

    private static Group clarificationRevisited(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        Optional<ProjectClarified> clarified = context.latestClarification();
        if (clarified.isEmpty()) {
            statements.add(missing("evaluation.outset.noClarification"));
        } else {
            ProjectClarified c = clarified.get();
            List<String> basis = List.of(c.entryId());
            if (!c.coCreationScope().isEmpty()) {
                statements.add(fact("evaluation.outset.scope", List.of(c.coCreationScope()), basis));
            }
            Map<String, String> decisions = new LinkedHashMap<>();
            decisions.put("evaluation.outset.motivation", c.motivation());
            decisions.put("evaluation.outset.legitimacy", c.democraticLegitimacy());
            decisions.put("evaluation.outset.ownership", c.ownership());
            decisions.put("evaluation.outset.readiness", c.organisationalReadiness());
            decisions.forEach((key, text) -> statements.add(
                    text == null || text.isBlank()
                            ? new Statement(key + ".none", List.of(), basis, true)
                            : fact(key, List.of(text), basis)));
        }
        TypologyView typology = context.typology();
        if (!typology.declared().isEmpty()) {
            TypologyView.Declared first = typology.declared().get(0);
            TypologyView.Point current = typology.current();
            List<String> basis = new ArrayList<>(List.of(first.entryId()));
            if (current.quadrant() == null) {
                statements.add(new Statement(
                        "evaluation.outset.type.noEnacted",
                        List.of(first.effectiveOn(), first.quadrant()),
                        basis,
                        true));
            } else {
                basis.addAll(context.signalEvidence());
                statements.add(fact(
                        first.quadrant() == current.quadrant()
                                ? "evaluation.outset.type.same"
                                : "evaluation.outset.type.changed",
                        List.of(first.effectiveOn(), first.quadrant(), current.date(), current.quadrant()),
                        basis));
            }
        }
        List<CourseCorrected> revisiting = context.sortedCorrections().stream()
                .filter(c -> c.affects().stream().anyMatch(AFKLARING_DECISIONS::contains))
                .toList();
        for (CourseCorrected c : revisiting) {
            statements.add(fact(
                    "evaluation.outset.revised",
                    List.of(
                            c.effectiveOn(),
                            c.affects().stream()
                                    .filter(AFKLARING_DECISIONS::contains)
                                    .toList(),
                            c.decision()),
                    List.of(c.entryId())));
        }
        if (revisiting.isEmpty() && clarified.isPresent()) {
            statements.add(missing("evaluation.outset.notRevised"));
        }
        return new Group("evaluation.group.afklaring", "afklaring-genbesoegt", statements);
    }
}
