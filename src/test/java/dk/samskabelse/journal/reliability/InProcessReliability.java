package dk.samskabelse.journal.reliability;

import dk.samskabelse.journal.support.PostgresTestDatabase;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * What the in-process reliability tests share: a fresh PostgreSQL schema (the tests are an explicit command, so
 * a missing database is a failure, not a skip), the patterns of internals that must never reach a client, and
 * the one summary line each scenario prints.
 */
final class InProcessReliability {

    /** Stack traces, class names and SQL: what an error answer must never show. */
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |org\\.hibernate|org\\.axonframework|org\\.springframework"
                    + "|org\\.postgresql|java\\.|jakarta\\.|com\\.fasterxml|dk\\.samskabelse|SELECT |insert into"
                    + "|INSERT INTO|update .* set |\\bFROM domain_event|SQLState|ERROR: ",
            Pattern.CASE_INSENSITIVE);

    private InProcessReliability() {}

    /** Points the journal under test at a new schema of the test PostgreSQL. */
    static String usePostgres(DynamicPropertyRegistry registry, String prefix) {
        if (PostgresTestDatabase.baseUrl() == null
                || PostgresTestDatabase.baseUrl().isBlank()) {
            throw new IllegalStateException("The reliability tests run against PostgreSQL: set "
                    + PostgresTestDatabase.URL_VARIABLE + " (and JOURNAL_TEST_POSTGRES_USER/_PASSWORD, "
                    + "JOURNAL_TEST_POSTGRES_OWNER/_OWNER_PASSWORD), "
                    + "as .ci/run does");
        }
        return PostgresTestDatabase.use(registry, prefix);
    }

    /** Prints "RELIABILITY | scenario | key=value ..." for the lead's summary. */
    static String summary(String scenario, Map<String, ?> counts) {
        String line = "RELIABILITY | " + scenario + " | "
                + counts.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
        System.out.println(line);
        return line;
    }

    static List<String> leaks(String body) {
        return LEAK.matcher(body == null ? "" : body)
                .results()
                .map(m -> m.group())
                .distinct()
                .toList();
    }
}
