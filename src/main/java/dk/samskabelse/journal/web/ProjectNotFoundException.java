package dk.samskabelse.journal.web;

/** A page names a project that does not exist (or an id that cannot be one); answered with the 404 page. */
public class ProjectNotFoundException extends RuntimeException {

    public ProjectNotFoundException() {
        super("Unknown project");
    }
}
