package dk.samskabelse.journal.query.typology.validation;

import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.query.typology.model.TypologyModel;
import java.util.ArrayList;
import java.util.List;

/** The validation results as text: one line per case, for the command line (and a log). */
public final class ValidationReport {

    private ValidationReport() {}

    public static List<String> lines(TypologyModel model, List<CaseResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add("model " + model.label() + ": "
                + results.stream().filter(CaseResult::agrees).count() + " of " + results.size() + " seed cases agree");
        for (CaseResult result : results) {
            ValidationCase c = result.validationCase();
            StringBuilder line = new StringBuilder();
            line.append(String.format(
                    "%-20s seed %-17s (%s)  lands %-17s  days:",
                    c.key(),
                    c.classification().name(),
                    c.source(),
                    result.lands().map(Quadrant::name).orElse("-")));
            for (Quadrant quadrant : Quadrant.values()) {
                if (result.days(quadrant) > 0) {
                    line.append(' ').append(quadrant.name()).append(' ').append(result.days(quadrant));
                }
            }
            if (result.daysWithoutPoint() > 0) {
                line.append(" none ").append(result.daysWithoutPoint());
            }
            line.append("  agrees: ").append(result.agrees() ? "yes" : "NO");
            if (!result.agrees()) {
                line.append(" (").append(String.join("; ", result.reasons())).append(')');
            }
            lines.add(line.toString());
        }
        return lines;
    }
}
