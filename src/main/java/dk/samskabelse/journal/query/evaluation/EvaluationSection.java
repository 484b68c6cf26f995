package dk.samskabelse.journal.query.evaluation;

import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.query.evaluation.EvaluationReport.Group;
import java.util.List;

/**
 * One focus point of seed 002's Erkendelse: the groups of statements it makes from the project's evidence. The
 * service adds the insights recorded on the focus point after them.
 */
interface EvaluationSection {

    FocusPoint focus();

    List<Group> groups(EvaluationContext context);
}
