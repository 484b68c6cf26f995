package dk.samskabelse.journal.reliability;

import dk.samskabelse.journal.support.PostgresTestDatabase;

/** Preconditions shared by the process-level fault tests. */
final class Reliability {

    private Reliability() {}

    /** A fresh schema in the test PostgreSQL; these tests are an explicit command, so without one they fail. */
    static JournalProcess.Database freshSchema(String prefix) {
        if (PostgresTestDatabase.baseUrl() == null
                || PostgresTestDatabase.baseUrl().isBlank()) {
            throw new AssertionError("The reliability tests need PostgreSQL: set " + PostgresTestDatabase.URL_VARIABLE
                    + " (and JOURNAL_TEST_POSTGRES_USER/_PASSWORD, JOURNAL_TEST_POSTGRES_OWNER/_OWNER_PASSWORD), as "
                    + ".ci/run does");
        }
        return new JournalProcess.Database(
                PostgresTestDatabase.freshSchemaUrl(prefix),
                PostgresTestDatabase.user(),
                PostgresTestDatabase.password(),
                PostgresTestDatabase.separateOwner() ? PostgresTestDatabase.owner() : null,
                PostgresTestDatabase.ownerPassword());
    }

    static long seed() {
        String property = System.getProperty("journal.test.seed", "");
        return property.isBlank() ? System.nanoTime() : Long.parseLong(property.strip());
    }
}
