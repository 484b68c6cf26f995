package dk.samskabelse.journal.audit;

import dk.samskabelse.journal.config.CurrentUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records reads of timelines, evaluation reports and exports: user, time, project, what (the audit
 * requirement; docs/domain.md "Users": the administrator needs audit). The detail names views, dates and
 * pseudonymous ids, never an actor's name. Callers record after the read succeeded, so the log lists what was
 * actually shown.
 */
@Service
public class AccessLog {

    static final int MAX_DETAIL = 1000;
    public static final int MAX_PAGE = 1000;

    private final AccessLogRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccessLog(AccessLogRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A read by the signed-in user (config.CurrentUser). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AccessKind what, String projectId, String detail) {
        record(currentUser.name(), what, projectId, detail);
    }

    // Its own transaction: a read may run inside a read-only one, and the log entry must commit regardless.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, AccessKind what, String projectId, String detail) {
        repository.save(new AccessLogEntry(
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                username,
                projectId,
                what,
                detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL)));
    }

    /** Newest first; projectId and username narrow the list when given. */
    @Transactional(readOnly = true)
    public List<AccessLogEntry> recent(String projectId, String username, int limit) {
        PageRequest page = PageRequest.of(0, Math.max(1, Math.min(limit, MAX_PAGE)));
        boolean byProject = projectId != null && !projectId.isBlank();
        boolean byUser = username != null && !username.isBlank();
        if (byProject && byUser) {
            return repository.findByProjectIdAndUsernameOrderByIdDesc(projectId, username, page);
        }
        if (byProject) {
            return repository.findByProjectIdOrderByIdDesc(projectId, page);
        }
        if (byUser) {
            return repository.findByUsernameOrderByIdDesc(username, page);
        }
        return repository.findAllByOrderByIdDesc(page);
    }
}
