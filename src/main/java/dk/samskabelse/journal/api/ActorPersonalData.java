package dk.samskabelse.journal.api;

/** Personal data given at registration. It travels in the command only and is kept in the erasable register. */
public record ActorPersonalData(String name, String organisation, String contact) {

    @Override
    public String toString() {
        // Keeps names out of logs that print commands.
        return "ActorPersonalData[redacted]";
    }
}
