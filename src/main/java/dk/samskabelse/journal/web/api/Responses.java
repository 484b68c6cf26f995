package dk.samskabelse.journal.web.api;

/**
 * The JSON answers of the journal API's writes: the ids the journal made, so that a client can name what it
 * created. Field names are the public contract (README, /v3/api-docs), typed here so the document says them.
 */
final class Responses {

    private Responses() {}

    record StartedProject(String projectId) {}

    /** Every recorded entry, also an erasure of personal data. */
    record RecordedEntry(String entryId) {}

    record RegisteredActor(String actorId, String entryId) {}

    /** An engagement's id is its entry's id; both are given, as clients read either. */
    record RecordedEngagement(String engagementId, String entryId) {}

    record CreatedUser(String username) {}
}
