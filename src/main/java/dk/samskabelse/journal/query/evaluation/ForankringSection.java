package dk.samskabelse.journal.query.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import java.util.List;

/**
 * Forankring af læring: for now only what the project recorded as insights on it (added by the service); the
 * journal has no other evidence yet of where the learning was anchored.
 */
final class ForankringSection implements EvaluationSection {

    @Override
    public FocusPoint focus() {
        return FocusPoint.FORANKRING;
    }

    @Override
    public List<Group> groups(EvaluationContext context) {
        return List.of();
    }
}
