package dk.samskabelse.journal.config.upcasting;

import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.util.List;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The upcasters of the journal's stored events. Axon's Spring Boot configuration registers every
 * {@link EventUpcaster} bean with the event store's upcaster chain (EventStoreConfig passes
 * configuration.upcasterChain() to the storage engine), so events read for aggregates and for the event processors
 * both pass through them. Issue 12: revision null -> "2" of the four events that got new trailing fields
 * (docs/events.md). Issue 13: revision null -> "2" of TypologyDeclared (whose placement it is).
 */
@Configuration(proxyBeanMethods = false)
public class EventUpcasters {

    /** ProjectStarted r2: continuesProjectId, null for a project that continues none. */
    public static RevisionTwoUpcaster projectStarted() {
        return new RevisionTwoUpcaster(ProjectStarted.class, node -> node.putNull("continuesProjectId"));
    }

    /** ProjectClarified r2: taskOrigin null (not recorded), no partner organisations, no target groups. */
    public static RevisionTwoUpcaster projectClarified() {
        return new RevisionTwoUpcaster(ProjectClarified.class, node -> {
            node.putNull("taskOrigin");
            node.putArray("partnerOrganisations");
            node.putArray("targetGroups");
        });
    }

    /** ActorRegistered r2: commercialSupplier false (every actor before issue 12 takes part in co-creation). */
    public static RevisionTwoUpcaster actorRegistered() {
        return new RevisionTwoUpcaster(ActorRegistered.class, node -> node.put("commercialSupplier", false));
    }

    /** EngagementRecorded r2: no co-initiators (initiatedBy was the only one), no attendance counts. */
    public static RevisionTwoUpcaster engagementRecorded() {
        return new RevisionTwoUpcaster(EngagementRecorded.class, node -> {
            node.putArray("coInitiators");
            node.putArray("attendance");
        });
    }

    /**
     * TypologyDeclared r2 (issue 13): perspective and actorId null. A declaration stored before is the project's
     * own, whose author's perspective was not recorded; no CHEF or PROJEKTLEDER is invented for it.
     */
    public static RevisionTwoUpcaster typologyDeclared() {
        return new RevisionTwoUpcaster(TypologyDeclared.class, node -> {
            node.putNull("perspective");
            node.putNull("actorId");
        });
    }

    /** All of them, in the order the chain applies them. */
    public static List<RevisionTwoUpcaster> all() {
        return List.of(
                projectStarted(), projectClarified(), actorRegistered(), engagementRecorded(), typologyDeclared());
    }

    /** The chain as the event store builds it from the beans below, for tests and offline tools. */
    public static EventUpcasterChain chain() {
        return new EventUpcasterChain(all().toArray(EventUpcaster[]::new));
    }

    @Bean
    EventUpcaster projectStartedUpcaster() {
        return projectStarted();
    }

    @Bean
    EventUpcaster projectClarifiedUpcaster() {
        return projectClarified();
    }

    @Bean
    EventUpcaster actorRegisteredUpcaster() {
        return actorRegistered();
    }

    @Bean
    EventUpcaster engagementRecordedUpcaster() {
        return engagementRecorded();
    }

    @Bean
    EventUpcaster typologyDeclaredUpcaster() {
        return typologyDeclared();
    }
}
