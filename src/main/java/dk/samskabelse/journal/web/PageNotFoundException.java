package dk.samskabelse.journal.web;

/** A page names something that does not exist (a user, for instance); answered with the 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException() {
        super("Unknown page");
    }
}
