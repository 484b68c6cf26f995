package dk.samskabelse.journal.storage;

import dk.samskabelse.journal.support.JournalIntegrationTest;

/** The storage contract on the embedded default (H2 in PostgreSQL mode). */
@JournalIntegrationTest
class EmbeddedStorageIT extends JournalStorageContract {

    @Override
    String expectedBinaryType() {
        return "binary varying";
    }
}
