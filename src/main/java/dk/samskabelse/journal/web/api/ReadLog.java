package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.audit.AccessKind;
import dk.samskabelse.journal.audit.AccessLog;
import dk.samskabelse.journal.query.project.TimeTravel;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Writes the API's reads of timelines and exports to the access log, with a detail that says which view and at
 * which point in time ("roles asOf=2016-06-30", "research events"). Never an actor's name.
 */
@Component
class ReadLog {

    private final AccessLog accessLog;

    ReadLog(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    /** A project view: TIMELINE now, REPLAY at another point in time or under another model. */
    void view(String projectId, String view, TimeTravel when, String model) {
        boolean replay = !when.isNow() || (model != null && !model.isBlank());
        accessLog.record(replay ? AccessKind.REPLAY : AccessKind.TIMELINE, projectId, detail(view, when, model));
    }

    /** The evaluation as JSON, with the date it looks from. */
    void evaluation(String projectId, LocalDate referenceDate) {
        accessLog.record(AccessKind.EVALUATION, projectId, "api " + referenceDate);
    }

    void export(String projectId, String view, boolean csv, TimeTravel when) {
        accessLog.record(csv ? AccessKind.EXPORT_CSV : AccessKind.EXPORT_NDJSON, projectId, detail(view, when, null));
    }

    void actorReport(String projectId, String actorId) {
        accessLog.record(AccessKind.ACTOR_REPORT, projectId, "actor " + actorId);
    }

    /** An administrator's read of the names and contacts of a project's actors. */
    void personalData(String projectId, String detail) {
        accessLog.record(AccessKind.PERSONAL_DATA, projectId, detail);
    }

    private static String detail(String view, TimeTravel when, String model) {
        StringBuilder detail = new StringBuilder(view);
        if (when.asOf() != null) {
            detail.append(" asOf=").append(when.asOf());
        }
        if (when.knownAt() != null) {
            detail.append(" knownAt=").append(when.knownAt());
        }
        if (model != null && !model.isBlank()) {
            detail.append(" model=").append(model);
        }
        return detail.toString();
    }
}
