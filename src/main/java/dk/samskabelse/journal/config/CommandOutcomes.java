package dk.samskabelse.journal.config;

import dk.samskabelse.journal.api.CommandOutcome;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;

/**
 * Tells a repeat from a new entry without touching the aggregate's handlers: a command whose handling staged an
 * event records something; one that staged none was acknowledged as a repeat (the aggregate's isRepeated), and
 * is answered {@link CommandOutcome#ALREADY_RECORDED} instead of the handler's entry id (no caller reads that id).
 * The web forms say "already saved, nothing new" after a double send (issue 18, item 12), where they said "Gemt"
 * as if a second entry had been made. Staged, not published: Axon publishes a unit of work's events only when
 * it commits, after this interceptor has returned.
 */
@Configuration(proxyBeanMethods = false)
class CommandOutcomes {

    @Autowired
    void tellRepeatsApart(CommandBus commandBus, @Qualifier("eventStore") EmbeddedEventStore eventStore) {
        if (!(eventStore instanceof EventStoreConfig.CoalescingEventStore store)) {
            return;
        }
        commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            return store.hasStagedEvents() ? result : CommandOutcome.ALREADY_RECORDED;
        });
    }
}
