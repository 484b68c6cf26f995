package dk.samskabelse.journal.query.rebuild;

/**
 * How far one projection's processor has come through the event stream. Axon keeps a processor "replaying"
 * after a reset until an event newer than the reset arrives, so having reached the head is what counts.
 */
public record ProcessorProgress(
        String group, long position, long head, boolean replaying, boolean running, boolean error) {

    public boolean caughtUp() {
        return position >= head;
    }
}
