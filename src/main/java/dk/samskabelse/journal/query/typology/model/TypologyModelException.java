package dk.samskabelse.journal.query.typology.model;

import java.util.List;

/**
 * A model file that cannot be used. The message has one line per problem, each naming the file, the entry
 * and what is wrong, e.g. {@code my-model.yaml: roles[3] (KONVENER): openness 1.3 is outside [-1, 1]}.
 */
public class TypologyModelException extends RuntimeException {

    private final String file;
    private final List<String> problems;

    public TypologyModelException(String file, List<String> problems) {
        super(String.join("\n", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public TypologyModelException(String file, List<String> problems, Throwable cause) {
        super(String.join("\n", problems), cause);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    /** The problem lines, in document order. */
    public List<String> problems() {
        return problems;
    }
}
