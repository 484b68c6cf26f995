package dk.samskabelse.journal.personaldata;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

@Entity
@Table(name = "actor_personal_data")
@IdClass(ActorPersonalDataRow.Key.class)
class ActorPersonalDataRow {

    /**
     * An actor id is unique only within its project (ids of keyed requests made before issue 11 were the same for
     * the same key in every project), so a row is one project's actor: (project_id, actor_id), migration V12.
     */
    static final class Key implements Serializable {

        private String projectId;
        private String actorId;

        Key() {}

        Key(String projectId, String actorId) {
            this.projectId = projectId;
            this.actorId = actorId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(projectId, key.projectId)
                    && Objects.equals(actorId, key.actorId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, actorId);
        }
    }

    @Id
    @Column(name = "project_id")
    private String projectId;

    @Id
    @Column(name = "actor_id")
    private String actorId;

    @Column(name = "display_name")
    private String displayName;

    private String organisation;

    private String contact;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    protected ActorPersonalDataRow() {}

    ActorPersonalDataRow(
            String actorId,
            String projectId,
            String displayName,
            String organisation,
            String contact,
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
