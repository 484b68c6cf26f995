package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.eventlog.LoggedEntry;
import dk.samskabelse.journal.query.eventlog.ProjectEventLog;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.research.ResearchExport;
import dk.samskabelse.journal.security.ProjectAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's stored entries: NDJSON (default) or CSV (Accept: text/csv or format=csv). Actors appear only as
 * pseudonymous ids and names and contact details are never part of an event, but free texts and the recorders'
 * user names are as written; researchers use the pseudonymised form under /api/research (ResearchController).
 */
@RestController
@RequestMapping("/api/projects")
@Tag(name = "Event log", description = "The stored entries of a project")
class ProjectEventController {

    private final ProjectEventLog eventLog;
    private final EventExports exports;
    private final ReadLog readLog;
    private final ProjectAccess access;
    private final ResearchExport research;

    ProjectEventController(
            ProjectEventLog eventLog,
            EventExports exports,
            ReadLog readLog,
            ProjectAccess access,
            ResearchExport research) {
        this.eventLog = eventLog;
        this.exports = exports;
        this.readLog = readLog;
        this.access = access;
        this.research = research;
    }

    @GetMapping(path = "/{projectId}/events")
    @Operation(summary = "The project's entries in stored order, as NDJSON or CSV; asOf/knownAt filter them")
    ResponseEntity<String> events(
            @PathVariable String projectId,
            TimeTravel when,
            @Parameter(description = "ndjson (default) or csv") @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept) {
        List<LoggedEntry> stored = eventLog.entries(PathIds.project(projectId), when)
                .orElseThrow(() -> new AggregateNotFoundException(projectId, "No such project"));
        // A researcher gets the same export pseudonymised, as under /api/research.
        List<LoggedEntry> entries = access.pseudonymised() ? research.pseudonymise(projectId, stored) : stored;
        boolean csv = EventExports.isCsv(format, accept);
        readLog.export(projectId, "events", csv, when);
        return exports.answer("journal-" + projectId, entries, csv);
    }
}
