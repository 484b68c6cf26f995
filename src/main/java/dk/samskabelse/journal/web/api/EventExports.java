package dk.samskabelse.journal.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.eventlog.EventCsv;
import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** The event export as an HTTP answer: NDJSON (default) or CSV (Accept: text/csv or format=csv). */
@Component
class EventExports {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ObjectMapper json;

    EventExports(ObjectMapper json) {
        this.json = json;
    }

    /** True for CSV, false for NDJSON; an unknown format is a 400 naming the parameter. */
    static boolean isCsv(String format, String accept) {
        boolean csv = "csv".equalsIgnoreCase(format)
                || (format == null
                        && accept != null
                        && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
        if (format != null && !csv && !"ndjson".equalsIgnoreCase(format)) {
            throw new InvalidParameterException("format", "problem.format.unknown");
        }
        return csv;
    }

    ResponseEntity<String> answer(String fileName, List<LoggedEntry> entries, boolean csv) {
        String file = fileName + (csv ? ".csv" : ".ndjson");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : NDJSON)
                // A file to save (issue 18: the replay's CSV link opened the file in the browser instead).
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(csv ? EventCsv.write(entries) : ndjson(entries));
    }

    private String ndjson(List<LoggedEntry> entries) {
        StringBuilder body = new StringBuilder();
        for (LoggedEntry entry : entries) {
            try {
                body.append(json.writeValueAsString(entry)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body.toString();
    }
}
