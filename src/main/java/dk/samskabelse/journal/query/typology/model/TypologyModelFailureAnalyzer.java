package dk.samskabelse.journal.query.typology.model;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a broken typology model at start-up into a short message instead of a stack trace. */
class TypologyModelFailureAnalyzer extends AbstractFailureAnalyzer<TypologyModelException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TypologyModelException cause) {
        return new FailureAnalysis(
                "The typology model " + cause.file() + " cannot be used:\n  " + String.join("\n  ", cause.problems()),
                "Correct the file (its format is described in projections/README.md) or point "
                        + "journal.projection-model to a valid model file.",
                cause);
    }
}
