package dk.samskabelse.journal.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** roles empty: the roles the actor held when it withdrew. */
public record RejoinActor(@TargetAggregateIdentifier String projectId, String entryId, String actorId,
                          List<Role> roles, LocalDate effectiveOn, String reason, boolean shareable) {
}
