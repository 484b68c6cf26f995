package dk.samskabelse.journal.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.eventlog.EventCsv;
import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import dk.samskabelse.journal.query.eventlog.ProjectEventLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * A project's stored entries for research: NDJSON (default) or CSV (Accept: text/csv or format=csv). Actors
 * appear only as pseudonymous ids; names and contact details are never part of an event.
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Event log", description = "The stored entries of a project")
class ProjectEventController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final ProjectEventLog eventLog;
    private final ObjectMapper json;

    ProjectEventController(ProjectEventLog eventLog, ObjectMapper json) {
        this.eventLog = eventLog;
        this.json = json;
    }

    @GetMapping(path = "/{projectId}/events")
    @Operation(summary = "The project's entries in stored order, as NDJSON or CSV; asOf/knownAt filter them")
    ResponseEntity<String> events(@PathVariable String projectId, @RequestParam(required = false) String asOf,
                                  @RequestParam(required = false) String knownAt,
                                  @Parameter(description = "ndjson (default) or csv")
                                  @RequestParam(required = false) String format,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<LoggedEntry> entries = eventLog.entries(PathIds.project(projectId),
                        TimeTravelParameters.parse(asOf, knownAt))
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project"));
        boolean csv = "csv".equalsIgnoreCase(format)
                || (format == null && accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv"));
        if (format != null && !csv && !"ndjson".equalsIgnoreCase(format)) {
            throw new InvalidParameterException("format", "problem.format.unknown");
        }
        String file = "journal-" + projectId + (csv ? ".csv" : ".ndjson");
        return ResponseEntity.ok()
                .contentType(csv ? CSV : NDJSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + file + "\"")
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
