package dk.samskabelse.journal.query.rebuild;

/** How far one projection's processor has come through the event stream. */
public record ProcessorProgress(String group, long position, long head, boolean replaying, boolean running,
                                boolean error) {

    public boolean caughtUp() {
        return !replaying && position >= head;
    }
}
