package dk.samskabelse.journal.personaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "actor_personal_data")
class ActorPersonalDataRow {

    @Id
    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "project_id", nullable = false)
    private String projectId;

    @Column(name = "display_name")
    private String displayName;

    private String organisation;

    private String contact;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected ActorPersonalDataRow() {
    }

    ActorPersonalDataRow(String actorId, String projectId, String displayName, String organisation, String contact,
                         Instant registeredAt) {
        this.actorId = actorId;
        this.projectId = projectId;
        this.displayName = displayName;
        this.organisation = organisation;
        this.contact = contact;
        this.registeredAt = registeredAt;
    }

    String getActorId() {
        return actorId;
    }

    String getProjectId() {
        return projectId;
    }

    Instant getRegisteredAt() {
        return registeredAt;
    }

    String getDisplayName() {
        return displayName;
    }

    String getOrganisation() {
        return organisation;
    }

    String getContact() {
        return contact;
    }
}
