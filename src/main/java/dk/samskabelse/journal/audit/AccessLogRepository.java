package dk.samskabelse.journal.audit;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: a plain {@link Repository} has no update or delete methods, and none are declared here.
 * The database refuses them too (migration V6).
 */
interface AccessLogRepository extends Repository<AccessLogEntry, Long> {

    AccessLogEntry save(AccessLogEntry entry);

    List<AccessLogEntry> findAllByOrderByIdDesc(Pageable page);

    List<AccessLogEntry> findByProjectIdOrderByIdDesc(String projectId, Pageable page);

    List<AccessLogEntry> findByUsernameOrderByIdDesc(String username, Pageable page);

    List<AccessLogEntry> findByProjectIdAndUsernameOrderByIdDesc(String projectId, String username, Pageable page);

    long count();
}
