package dk.samskabelse.journal.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import dk.samskabelse.journal.query.eventlog.ProjectEventLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A project's stored journal, one JSON object per line (NDJSON). Actors appear only as pseudonymous ids. */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Event log", description = "The stored entries of a project")
class ProjectEventController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");

    private final ProjectEventLog eventLog;
    private final ObjectMapper json;

    ProjectEventController(ProjectEventLog eventLog, ObjectMapper json) {
        this.eventLog = eventLog;
        this.json = json;
    }

    @GetMapping(path = "/{projectId}/events", produces = {"application/x-ndjson", MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "The project's entries in stored order, as NDJSON")
    ResponseEntity<String> events(@PathVariable String projectId) {
        List<LoggedEntry> entries = eventLog.entries(PathIds.project(projectId))
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project"));
        StringBuilder body = new StringBuilder();
        for (LoggedEntry entry : entries) {
            try {
                body.append(json.writeValueAsString(entry)).append('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ResponseEntity.ok().contentType(NDJSON).body(body.toString());
    }
}
