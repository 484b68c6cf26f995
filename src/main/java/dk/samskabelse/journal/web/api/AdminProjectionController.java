package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.query.rebuild.ProjectionRebuilder;
import dk.samskabelse.journal.query.rebuild.RebuildProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuild of all projections from the event store, and its progress for a page to poll. */
@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration")
class AdminProjectionController {

    private final ProjectionRebuilder rebuilder;

    AdminProjectionController(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    @PostMapping("/rebuild")
    @Operation(summary = "Start a rebuild of every projection (202); 409 while one is running")
    ResponseEntity<RebuildProgress> rebuild() {
        boolean started = rebuilder.start();
        return ResponseEntity.status(started ? HttpStatus.ACCEPTED : HttpStatus.CONFLICT)
                .body(rebuilder.progress());
    }

    @GetMapping
    @Operation(summary = "Where each projection stands: events done, total, rate")
    RebuildProgress progress() {
        return rebuilder.progress();
    }

    /** The same answer under the rebuild's own address (two methods, so each address has its own operation id). */
    @GetMapping("/rebuild")
    @Operation(summary = "Where each projection stands: events done, total, rate")
    RebuildProgress rebuildProgress() {
        return rebuilder.progress();
    }
}
