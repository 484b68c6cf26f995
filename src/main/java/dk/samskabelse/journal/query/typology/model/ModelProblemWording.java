package dk.samskabelse.journal.query.typology.model;

/**
 * The wording of every problem a model file can have, in one place. The lines are English whatever the locale:
 * the same file must give the same lines in the start-up log, on the command line (--journal.validate-model) and
 * on the researchers' validation page, where model authors compare them and the schema's own field names.
 */
final class ModelProblemWording {

    /** How the top level of the file is named where a problem is not inside a list entry. */
    static final String TOP_LEVEL = "model";

    private ModelProblemWording() {}

    /** "file: entry: problem", one line per problem. */
    static String line(String file, String entry, String problem) {
        return file + ": " + entry + ": " + problem;
    }

    // ---- reading the file

    static String fileEmpty(String file) {
        return file + ": the file is empty";
    }

    static String cannotBeRead(String file, String reason) {
        return file + ": cannot be read: " + reason;
    }

    static String notYaml(String file, Integer lineNumber, Integer column, String reason) {
        String where = lineNumber == null ? "" : "line " + lineNumber + ", column " + column + ": ";
        return file + ": " + where + "not readable as YAML: " + reason;
    }

    // ---- what the schema refuses

    static String missingField(String field) {
        return "missing field '" + field + "'";
    }

    static String unknownField(String field) {
        return "unknown field '" + field + "'";
    }

    static String unknownValue(String field, String value, String allowed) {
        return "unknown " + field + " " + value + " (allowed: " + allowed + ")";
    }

    /** allowed names the values when the schema gives no list of them. */
    static String allowedFromSchema() {
        return "see the schema";
    }

    static String outsideAxis(String axis, String value) {
        return axis + " " + value + " is outside [-1, 1]";
    }

    static String belowMinimum(String field, String value, Object minimum) {
        return field + " " + value + " must be at least " + minimum;
    }

    static String aboveMaximum(String field, String value, Object maximum) {
        return field + " " + value + " must be at most " + maximum;
    }

    static String wrongType(String field, String value, String expected) {
        return field + " " + value + " must be " + expected;
    }

    /** An expected type with its article: "an integer", "a string"; null stays "null". */
    static String typeName(String type) {
        return type.equals("null") ? type : (type.matches("[aeiou].*") ? "an " : "a ") + type;
    }

    static String eitherType(Iterable<String> types) {
        return String.join(" or ", types);
    }

    static String otherType() {
        return "of another type";
    }

    static String empty(String field) {
        return field + " must not be empty";
    }

    /** A value as the line shows it: a text quoted, a list or mapping by its kind. */
    static String noValue() {
        return "(none)";
    }

    static String quoted(String text) {
        return "'" + text + "'";
    }

    static String aList() {
        return "(a list)";
    }

    static String aMapping() {
        return "(a mapping)";
    }

    // ---- what the rules beyond the schema refuse

    static String roleTwice(Object role, String earlier) {
        return "role " + role + " is already given at " + earlier + "; list each role once";
    }

    static String roleMissing(Object role) {
        return "role " + role + " is missing: give it a signal under roles or list it under rolesWithoutSignal";
    }

    static String originTwice(Object origin, String earlier) {
        return "origin " + origin + " is already given at " + earlier + "; list each origin once";
    }

    static String originMissing(Object origin) {
        return "origin " + origin
                + " is missing: give it a signal under taskOrigins or list it under taskOriginsWithoutSignal";
    }

    static String givenTwice(String what, String value, String earlier) {
        return what + " " + value + " is already given at " + earlier + "; list each once";
    }

    static String touchesNoAxis() {
        return "openness and centrality are both null; a signal must touch at least one axis";
    }
}
