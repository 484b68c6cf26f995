package dk.samskabelse.journal.query.typology.model;

import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.Sector;
import dk.samskabelse.journal.api.TaskOrigin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A model file as written (projections/typology-model.schema.json), bound by Jackson once the schema has
 * accepted it. The file keeps a signal's values and citations flat in each list entry; {@link #toModel()} gives
 * the {@link TypologyModel} the engine reads. The sections new to the format (unitOfRegistration, taskOrigins,
 * taskOriginsWithoutSignal) are null when the file has none.
 */
record ModelFile(
        String name,
        String version,
        String description,
        int windowDays,
        BigDecimal minimumActorWeight,
        List<Entry> roles,
        List<Entry> rolesWithoutSignal,
        List<Entry> initiatives,
        List<Entry> engagementKinds,
        List<Entry> participantInfluence,
        UnitOfRegistration unitOfRegistration,
        List<Entry> taskOrigins,
        List<Entry> taskOriginsWithoutSignal) {

    /**
     * One list entry of any section: the schema decides which fields a section's entries have (its key, a
     * signal's axis values and weight or a reason, and always a source and passage).
     */
    record Entry(
            Role role,
            Sector initiator,
            EngagementKind kind,
            Sector sector,
            Influence influence,
            TaskOrigin origin,
            BigDecimal openness,
            BigDecimal centrality,
            BigDecimal weight,
            String reason,
            String source,
            String passage,
            List<Citation> also) {

        /** An axis value of null: the signal does not touch that axis. */
        Signal signal() {
            return new Signal(Optional.ofNullable(openness), Optional.ofNullable(centrality), weight, citations());
        }

        /** The entry's own source first, then the further ones under also. */
        List<Citation> citations() {
            List<Citation> citations = new ArrayList<>();
            citations.add(new Citation(source, passage));
            if (also != null) {
                citations.addAll(also);
            }
            return citations;
        }
    }

    /** An optional section as a list, empty when the file has none. */
    static List<Entry> orEmpty(List<Entry> section) {
        return section == null ? List.of() : section;
    }

    TypologyModel toModel() {
        return new TypologyModel(
                name,
                version,
                description,
                windowDays,
                minimumActorWeight,
                map(roles, entry -> new RoleSignal(entry.role(), entry.signal())),
                map(
                        rolesWithoutSignal,
                        entry -> new RoleWithoutSignal(entry.role(), entry.reason(), entry.citations())),
                map(initiatives, entry -> new InitiativeSignal(entry.initiator(), entry.signal())),
                map(engagementKinds, entry -> new EngagementKindSignal(entry.kind(), entry.signal())),
                map(
                        participantInfluence,
                        entry -> new InfluenceSignal(entry.sector(), entry.influence(), entry.signal())),
                // Without the newer sections a model computes as before: every actor for itself, no task origin.
                unitOfRegistration == null ? UnitOfRegistration.ACTOR : unitOfRegistration,
                map(orEmpty(taskOrigins), entry -> new TaskOriginSignal(entry.origin(), entry.signal())),
                map(
                        orEmpty(taskOriginsWithoutSignal),
                        entry -> new TaskOriginWithoutSignal(entry.origin(), entry.reason(), entry.citations())));
    }

    private static <T> List<T> map(List<Entry> entries, Function<Entry, T> mapper) {
        return entries.stream().map(mapper).toList();
    }
}
