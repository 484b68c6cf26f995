package dk.samskabelse.journal.storage;

import org.springframework.boot.test.context.SpringBootTest;

/** The storage contract on the embedded default (H2 in PostgreSQL mode). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties =
        "spring.datasource.url=jdbc:h2:mem:storage-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1")
class EmbeddedStorageIT extends JournalStorageContract {

    @Override
    String expectedBinaryType() {
        return "binary varying";
    }
}
