package dk.samskabelse.journal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One read: who, when, which project, what. Immutable: Hibernate never writes an update for it. */
@Entity
@Immutable
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String username;

    @Column(name = "project_id")
    private String projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccessKind what;

    private String detail;

    protected AccessLogEntry() {}

    AccessLogEntry(Instant at, String username, String projectId, AccessKind what, String detail) {
        this.at = at;
        this.username = username;
        this.projectId = projectId;
        this.what = what;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getProjectId() {
        return projectId;
    }

    public AccessKind getWhat() {
        return what;
    }

    public String getDetail() {
        return detail;
    }
}
