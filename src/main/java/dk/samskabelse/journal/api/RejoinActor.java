package dk.samskabelse.journal.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** roles empty: the roles the actor held when it withdrew. */
public record RejoinActor(
        @TargetAggregateIdentifier String projectId,
        String entryId,
        String actorId,
        List<Role> roles,
        LocalDate effectiveOn,
        String reason,
        boolean shareable) {}
