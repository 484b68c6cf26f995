package dk.samskabelse.journal.web;

/** A page names an actor the project does not hold; answered with the 404 page. */
public class ActorNotFoundException extends RuntimeException {

    public ActorNotFoundException() {
        super("Unknown actor");
    }
}
