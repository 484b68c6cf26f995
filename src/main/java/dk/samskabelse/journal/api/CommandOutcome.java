package dk.samskabelse.journal.api;

/**
 * A journal command's answer when it recorded nothing: the entry id was already in the journal (a resent form,
 * a client retry), see config/CommandOutcomes. A command that recorded its entry answers as its handler does.
 */
public enum CommandOutcome {
    ALREADY_RECORDED
}
