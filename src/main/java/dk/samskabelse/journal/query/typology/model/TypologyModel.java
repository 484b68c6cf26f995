package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A typology model: the mapping from journal evidence to the axes of the typology (docs/domain.md "Evidence the
 * enacted placement uses"). Read by {@link TypologyModelLoader}; the format is projections/typology-model.schema.json.
 */
public record TypologyModel(
        String name,
        String version,
        String description,
        int windowDays,
        BigDecimal minimumActorWeight,
        List<RoleSignal> roles,
        List<RoleWithoutSignal> rolesWithoutSignal,
        List<InitiativeSignal> initiatives,
        List<EngagementKindSignal> engagementKinds,
        List<InfluenceSignal> participantInfluence,
        UnitOfRegistration unitOfRegistration,
        List<TaskOriginSignal> taskOrigins,
        List<TaskOriginWithoutSignal> taskOriginsWithoutSignal) {

    public TypologyModel {
        unitOfRegistration = unitOfRegistration == null ? UnitOfRegistration.ACTOR : unitOfRegistration;
        taskOrigins = List.copyOf(taskOrigins);
        taskOriginsWithoutSignal = List.copyOf(taskOriginsWithoutSignal);
        roles = List.copyOf(roles);
        rolesWithoutSignal = List.copyOf(rolesWithoutSignal);
        initiatives = List.copyOf(initiatives);
        engagementKinds = List.copyOf(engagementKinds);
        participantInfluence = List.copyOf(participantInfluence);
    }

    /** A model of the first format: every actor counts for itself, no task-origin section. */
    public TypologyModel(
            String name,
            String version,
            String description,
            int windowDays,
            BigDecimal minimumActorWeight,
            List<RoleSignal> roles,
            List<RoleWithoutSignal> rolesWithoutSignal,
            List<InitiativeSignal> initiatives,
            List<EngagementKindSignal> engagementKinds,
            List<InfluenceSignal> participantInfluence) {
        this(
                name,
                version,
                description,
                windowDays,
                minimumActorWeight,
                roles,
                rolesWithoutSignal,
                initiatives,
                engagementKinds,
                participantInfluence,
                UnitOfRegistration.ACTOR,
                List.of(),
                List.of());
    }

    public Optional<Signal> taskOriginSignal(TaskOrigin origin) {
        return taskOrigins.stream()
                .filter(entry -> entry.origin() == origin)
                .map(TaskOriginSignal::signal)
                .findFirst();
    }

    public Optional<Signal> roleSignal(Role role) {
        return roles.stream()
                .filter(entry -> entry.role() == role)
                .map(RoleSignal::signal)
                .findFirst();
    }

    public Optional<Signal> initiativeSignal(Sector initiator) {
        return initiatives.stream()
                .filter(entry -> entry.initiator() == initiator)
                .map(InitiativeSignal::signal)
                .findFirst();
    }

    public Optional<Signal> engagementKindSignal(EngagementKind kind) {
        return engagementKinds.stream()
                .filter(entry -> entry.kind() == kind)
                .map(EngagementKindSignal::signal)
                .findFirst();
    }

    public Optional<Signal> influenceSignal(Sector sector, Influence influence) {
        return participantInfluence.stream()
                .filter(entry -> entry.sector() == sector && entry.influence() == influence)
                .map(InfluenceSignal::signal)
                .findFirst();
    }

    /** "name version", the way results name the model they were computed under. */
    public String label() {
        return name + " " + version;
    }
}
