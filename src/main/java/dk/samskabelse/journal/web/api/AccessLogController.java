package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.audit.AccessLogEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The access log for administrators, newest first; read-only, like the log itself is for the application. */
@RestController
@Tag(name = "Administration")
class AccessLogController {

    private final AccessLog accessLog;

    AccessLogController(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @GetMapping("/api/admin/access-log")
    @Operation(summary = "Reads of timelines, evaluation reports, exports and actor reports: user, time, project, what")
    List<AccessLogEntry> accessLog(
            @RequestParam(required = false) String projectId,
            @RequestParam(required = false) String user,
            @RequestParam(defaultValue = "200") int limit) {
        return accessLog.recent(projectId, user, limit);
    }
}
