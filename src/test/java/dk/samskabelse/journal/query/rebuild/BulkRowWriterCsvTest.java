package dk.samskabelse.journal.query.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The values of a COPY row: NULL and the empty string told apart, quotes and line breaks kept inside a value. */
class BulkRowWriterCsvTest {

    @Test
    void nullIsNothingEveryTextIsQuotedAndQuotesAreDoubled() {
        StringBuilder csv = new StringBuilder();
        Object[] values = {
            null,
            "",
            "Noter: \"god\" stemning,\nmange spørgsmål",
            42L,
            LocalDate.of(2026, 3, 1),
            Instant.parse("2026-03-01T09:15:30.123456Z"),
            "\\N"
        };
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            BulkRowWriter.appendCsv(csv, values[i]);
        }
        assertThat(csv)
                .hasToString(",\"\",\"Noter: \"\"god\"\" stemning,\nmange spørgsmål\",42,\"2026-03-01\","
                        + "\"2026-03-01T09:15:30.123456Z\",\"\\N\"");
    }
}
