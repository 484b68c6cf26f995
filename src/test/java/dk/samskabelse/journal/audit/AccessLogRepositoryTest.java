package dk.samskabelse.journal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log's repository in a JPA slice (@DataJpaTest) on an in-memory H2 built by the Flyway migrations,
 * shared and H2 ones, in the journal's PostgreSQL mode (not Boot's replacement database, which would not be in
 * that mode): the newest reads first, one page at a time, by project and user, and the database's own refusal of
 * every update and delete (migration V6). Which reads get logged is tested with the whole application
 * (AccessLogIT).
 */
@DataJpaTest(
        properties = "spring.datasource.url=jdbc:h2:mem:access-log-slice;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AccessLogRepositoryTest {

    private static final String P1 = "7d0f6d7e-2b1a-4c8e-9f3a-1e2d3c4b5a69";
    private static final String P2 = "0b9c8d7e-6f5a-4b3c-8d2e-1f0a9b8c7d6e";
    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    AccessLogRepository repository;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theNewestReadsComeFirstOnePageAtATime() {
        AccessLogEntry first = read("anna", P1, "first");
        AccessLogEntry second = read("anna", P1, "second");
        AccessLogEntry third = read("bo", P2, "third");

        assertThat(repository.findAllByOrderByIdDesc(PageRequest.of(0, 2)))
                .extracting(AccessLogEntry::getDetail)
                .containsExactly("third", "second");
        assertThat(repository.findAllByOrderByIdDesc(PageRequest.of(1, 2)))
                .extracting(AccessLogEntry::getId)
                .containsExactly(first.getId());
        assertThat(List.of(first.getId(), second.getId(), third.getId())).isSorted();
        assertThat(repository.count()).isEqualTo(3);
    }

    @Test
    void readsAreFoundByProjectByUserAndByBoth() {
        read("anna", P1, "anna in P1");
        read("bo", P1, "bo in P1");
        read("anna", P2, "anna in P2");
        read("anna", null, "anna, no project");

        assertThat(repository.findByProjectIdOrderByIdDesc(P1, FIRST_PAGE))
                .extracting(AccessLogEntry::getDetail)
                .containsExactly("bo in P1", "anna in P1");
        assertThat(repository.findByUsernameOrderByIdDesc("anna", FIRST_PAGE))
                .extracting(AccessLogEntry::getDetail)
                .containsExactly("anna, no project", "anna in P2", "anna in P1");
        assertThat(repository.findByProjectIdAndUsernameOrderByIdDesc(P1, "anna", FIRST_PAGE))
                .extracting(AccessLogEntry::getDetail)
                .containsExactly("anna in P1");
        assertThat(repository.findByProjectIdAndUsernameOrderByIdDesc(P2, "bo", FIRST_PAGE))
                .isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveALoggedRead() {
        AccessLogEntry logged = read("anna", P1, "kept");

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET username = 'mallory' WHERE id = ?", logged.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE id = ?", logged.getId()))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForObject("SELECT username FROM access_log WHERE id = ?", String.class, logged.getId()))
                .isEqualTo("anna");
    }

    private AccessLogEntry read(String username, String projectId, String detail) {
        // An IDENTITY id: Hibernate inserts at once, so plain SQL in the same transaction sees the row.
        return repository.save(new AccessLogEntry(
                Instant.parse("2024-06-01T10:00:00Z"), username, projectId, AccessKind.TIMELINE, detail));
    }
}
