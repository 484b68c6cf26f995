package dk.samskabelse.journal.query.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell that a spreadsheet would read as a formula is
 * written with a leading apostrophe and quoted, in the ordinary and the research export alike; numbers the journal
 * writes itself (sequence numbers, openness and centrality) stay numbers, negative ones included.
 */
public class EventCsvTest {

    private static final String PROJECT = "p-1";
    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?x\",\"klik\")";

    public static List<LoggedEntry> entries() {
        return List.of(
                entry(1, new ProjectStarted(PROJECT, "e1", DAY, HYPERLINK, "+SUM(1+1)", Area.ANDET, "-2+3 formål")),
                entry(2, new TypologyDeclared(PROJECT, "e2", DAY, -0.25, 0.5, "=1+1 begrundelse")),
                entry(3, new InsightRecorded(PROJECT, "e3", DAY, FocusPoint.PROCES, "@SUM(A1) noter", true)));
    }

    private static LoggedEntry entry(long sequence, dk.samskabelse.journal.api.JournalEvent payload) {
        return new LoggedEntry(
                sequence,
                payload.entryId(),
                payload.getClass().getSimpleName(),
                DAY,
                Instant.parse("2024-03-01T10:00:00Z"),
                "=cmd|' /C calc'!A0",
                payload);
    }

    @Test
    void formulaCellsOfTheOrdinaryExportAreNeutralised() {
        String csv = EventCsv.write(entries());

        assertNeutralised(csv);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example/?x\"\",\"\"klik\"\")\"");
    }

    @Test
    void numbersWrittenByTheJournalStayNumbers() {
        String csv = EventCsv.write(entries());

        assertThat(csv).contains(",-0.25,0.5,");
        assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).matches("^[123],.*"));
    }

    private static void assertNeutralised(String csv) {
        assertThat(csv)
                .contains(
                        "\"'+SUM(1+1)\"",
                        "\"'-2+3 formål\"",
                        "\"'=1+1 begrundelse\"",
                        "\"'@SUM(A1) noter\"",
                        "\"'=cmd|' /C calc'!A0\"");
        for (String line : csv.lines().toList()) {
            for (String start : List.of(",=", ",+", ",@", ",\"=", ",\"+", ",\"@", ",\"-")) {
                assertThat(line).as(line).doesNotContain(start);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1+1", "@A1", "\t=1", "\r=1", "\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20A1"})
    void everyFormulaStartIsPrefixedAndQuoted(String text) {
        assertThat(CsvCells.cell(text)).isEqualTo("\"'" + text + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Naturens Rige", "A-12ab34cd56", "2024-03-01", "'allerede citeret", "1+1"})
    void harmlessTextIsLeftAsItIs(String text) {
        assertThat(CsvCells.cell(text)).isEqualTo(text);
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell("sagde \"hej\"")).isEqualTo("\"sagde \"\"hej\"\"\"");
        assertThat(CsvCells.cell("to\nlinjer")).isEqualTo("\"to\nlinjer\"");
        assertThat(CsvCells.cell(-0.25)).isEqualTo("-0.25");
        assertThat(CsvCells.cell(7L)).isEqualTo("7");
        assertThat(CsvCells.cell(null)).isEmpty();
    }
}
