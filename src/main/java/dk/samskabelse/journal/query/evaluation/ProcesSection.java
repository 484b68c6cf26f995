package dk.samskabelse.journal.query.evaluation;

import static dk.samskabelse.journal.query.evaluation.Statements.fact;
import static dk.samskabelse.journal.query.evaluation.Statements.ids;
import static dk.samskabelse.journal.query.evaluation.Statements.missing;

import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Statement;
import dk.samskabelse.journal.query.project.PhasesView;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.TypologyView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Proces: phases, steps back, course corrections, typology drift declared vs. enacted, the partners' perspectives. */
final class ProcesSection implements EvaluationSection {

    @Override
    public FocusPoint focus() {
        return FocusPoint.PROCES;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of(phases(context), courseCorrections(context), drift(context), perspectives(context));
    }

    private static Group phases(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        PhasesView phases = PhasesView.from(context.data());
        for (PhasesView.Interval interval : phases.intervals()) {
            String key = interval.backwards() ? "evaluation.process.phase.back" : "evaluation.process.phase";
            List<Object> arguments = interval.to() == null
                    ? List.of(interval.phase(), interval.from())
                    : List.of(interval.phase(), interval.from(), interval.to());
            statements.add(fact(key + (interval.to() == null ? ".open" : ""), arguments, List.of(interval.entryId())));
        }
        List<PhasesView.Interval> back = phases.intervals().stream()
                .filter(PhasesView.Interval::backwards)
                .toList();
        statements.add(
                back.isEmpty()
                        ? missing("evaluation.process.noStepsBack")
                        : fact(
                                "evaluation.process.stepsBack",
                                List.of(back.size()),
                                ids(back.stream().map(PhasesView.Interval::entryId))));
        return new Group("evaluation.group.phases", "faser", statements);
    }

    private static Group courseCorrections(EvaluationContext context) {
        List<Statement> statements = new ArrayList<>();
        for (CourseCorrected c : context.sortedCorrections()) {
            statements.add(fact(
                    "evaluation.process.correction",
                    List.of(c.effectiveOn(), c.decision(), Objects.requireNonNullElse(c.reason(), ""), c.affects()),
                    List.of(c.entryId())));
        }
        if (statements.isEmpty()) {
            statements.add(missing("evaluation.process.noCorrections"));
        }
        return new Group("evaluation.group.corrections", "kursjusteringer", statements);
    }

    /**
     * Seed 002 (Lars Bøgh Olsen): "har vi reelt formået at gøre noget nyt, eller kun justeret den gamle
     * måde?" The declared placements against the enacted trajectory, where it changed quadrant, the periods
     * in different quadrants and the distance between the two.
     */
    private static Group drift(EvaluationContext context) {
        TypologyView typology = context.typology();
        List<Statement> statements = new ArrayList<>();
        for (TypologyView.Declared d : typology.declared()) {
            statements.add(fact(
                    "evaluation.drift.declared",
                    List.of(
                            d.effectiveOn(),
                            d.quadrant(),
                            d.openness(),
                            d.centrality(),
                            Objects.requireNonNullElse(d.rationale(), "")),
                    List.of(d.entryId())));
        }
        if (typology.declared().isEmpty()) {
            statements.add(missing("evaluation.drift.noDeclaration"));
        }
        TypologyView.Point current = typology.current();
        if (current.quadrant() == null) {
            statements.add(missing("evaluation.drift.noEnacted"));
        } else {
            statements.add(fact(
                    Boolean.TRUE.equals(current.borderline())
                            ? "evaluation.drift.enacted.borderline"
                            : "evaluation.drift.enacted",
                    List.of(
                            current.date(),
                            current.quadrant(),
                            current.openness(),
                            current.centrality(),
                            typology.model(),
                            typology.modelVersion()),
                    context.signalEvidence()));
            statements.addAll(quadrantChanges(context));
        }
        if (!typology.declared().isEmpty() && current.quadrant() != null) {
            for (TypologyView.Divergence period : typology.divergentPeriods()) {
                List<String> basis = ids(context.declarationOn(period.from()).stream());
                basis.addAll(context.evidenceOn(period.from()));
                statements.add(
                        period.until() == null
                                ? fact(
                                        "evaluation.drift.period.open",
                                        List.of(period.from(), period.declared(), period.enacted()),
                                        basis)
                                : fact(
                                        "evaluation.drift.period",
                                        List.of(period.from(), period.until(), period.declared(), period.enacted()),
                                        basis));
            }
            if (typology.divergentPeriods().isEmpty()) {
                statements.add(fact(
                        "evaluation.drift.noPeriods",
                        List.of(),
                        ids(typology.declared().stream().map(TypologyView.Declared::entryId))));
            }
            typology.distance().stream()
                    .filter(d -> d.distance() != null)
                    .max(Comparator.comparing(TypologyView.Distance::distance))
                    .ifPresent(max -> {
                        TypologyView.Distance last = typology.distance().stream()
                                .filter(d -> d.distance() != null)
                                .reduce((a, b) -> b)
                                .orElseThrow();
                        statements.add(fact(
                                "evaluation.drift.distance",
                                List.of(max.distance(), max.date(), last.distance(), last.date()),
                                context.evidenceOn(max.date())));
                    });
        }
        return new Group("evaluation.group.drift", "drift", statements);
    }

    private static List<Statement> quadrantChanges(EvaluationContext context) {
        List<Statement> changes = new ArrayList<>();
        Quadrant previous = null;
        LocalDate firstDate = null;
        for (TypologyView.Point point : context.typology().enacted()) {
            if (point.quadrant() == null) {
                continue;
            }
            if (previous == null) {
                firstDate = point.date();
            } else if (point.quadrant() != previous) {
                changes.add(fact(
                        "evaluation.drift.change",
                        List.of(point.date(), previous, point.quadrant()),
                        context.evidenceOn(point.date())));
            }
            previous = point.quadrant();
        }
        if (changes.isEmpty() && previous != null) {
            changes.add(fact("evaluation.drift.stable", List.of(previous, firstDate), context.evidenceOn(firstDate)));
        }
        return changes;
    }

    /**
     * Seed 001 opens with "Er de parter, der indgår i samskabelsen enige om, hvilken proces det rent faktisk er,
     * de er en del af?" (issue 13): who placed the project where (each perspective's placement in force), how
     * far apart they are, and which of them the enacted placement agrees with. Every statement cites the
     * declarations it names; the comparison with the enacted placement also the evidence behind it.
     */
    private static Group perspectives(EvaluationContext context) {
        TypologyView typology = context.typology();
        List<Statement> statements = new ArrayList<>();
        List<TypologyView.Declared> inForce = typology.perspectives();
        if (inForce.isEmpty()) {
            statements.add(missing("evaluation.perspectives.none"));
            return new Group("evaluation.group.perspectives", "perspektiver", statements);
        }
        for (TypologyView.Declared d : inForce) {
            List<Object> arguments =
                    new ArrayList<>(List.of(d.effectiveOn(), d.quadrant(), d.openness(), d.centrality()));
            String key;
            if (d.perspective() == null) {
                key = "evaluation.perspectives.placement.unrecorded";
            } else if (d.actorId() != null) {
                key = "evaluation.perspectives.placement.partner";
                arguments.add(context.name(d.actorId()));
            } else {
                key = "evaluation.perspectives.placement";
                arguments.add(d.perspective());
            }
            statements.add(fact(key, arguments, List.of(d.entryId())));
        }
        TypologyView.Disagreement disagreement = typology.disagreement();
        List<String> all = ids(inForce.stream().map(TypologyView.Declared::entryId));
        if (inForce.size() == 1) {
            statements.add(new Statement("evaluation.perspectives.single", List.of(), all, true));
        } else if (disagreement.differentQuadrants()) {
            statements.add(fact(
                    "evaluation.perspectives.disagree",
                    List.of(inForce.size(), disagreement.quadrants(), disagreement.largestDistance()),
                    all));
        } else {
            statements.add(fact(
                    "evaluation.perspectives.agree",
                    List.of(inForce.size(), inForce.get(0).quadrant(), disagreement.largestDistance()),
                    all));
        }
        TypologyView.Point current = typology.current();
        if (current.quadrant() != null && inForce.size() > 1) {
            List<String> basis = ids(inForce.stream()
                    .filter(d -> d.quadrant() == current.quadrant())
                    .map(TypologyView.Declared::entryId));
            long agreeing = basis.size();
            basis.addAll(context.signalEvidence());
            statements.add(fact(
                    "evaluation.perspectives.enacted",
                    List.of(current.date(), current.quadrant(), agreeing, inForce.size()),
                    basis));
        }
        return new Group("evaluation.group.perspectives", "perspektiver", statements);
    }
}
