package dk.samskabelse.journal.web.api;

/** A path that names no project, actor or (own) API token; answered 404. */
class UnknownResourceException extends RuntimeException {

    enum What {
        PROJECT,
        ACTOR,
        TOKEN
    }

    private final What what;

    UnknownResourceException(What what) {
        super("Unknown " + what.name().toLowerCase());
        this.what = what;
    }

    What what() {
        return what;
    }
}
