package dk.samskabelse.journal.query.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' processor (the one processing group {@value ProjectionGroups#PROJECTIONS}, a pooled
 * streaming processor with two segments, application.yml) reads events and deals with failures.
 * <p>
 * The group has a JPA dead-letter queue (table dead_letter_entry, enabled in application.yml with dlq.enabled).
 * Events are sequenced per project, so one parked event holds back only the later events of its own project. A
 * rebuild empties the queue: the replay meets every event again. The processor reads the event store through
 * {@link BatchingEventSource}, which wakes it shortly after a commit instead of every 500 ms, and on PostgreSQL its
 * batches commit without waiting for the disk ({@link AsynchronousCommit}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessingConfig {

    @Autowired
    void configure(
            EventProcessingConfigurer processing,
            FailingEventIsolation isolation,
            BatchingEventSource batching,
            AsynchronousCommit asynchronousCommit) {
        String group = ProjectionGroups.PROJECTIONS;
        FailingEventIsolation.Group failures = isolation.group(group);
        processing.registerDeadLetterPolicy(group, configuration -> failures);
        processing.registerHandlerInterceptor(group, configuration -> failures.interceptor());
        processing.registerHandlerInterceptor(group, configuration -> asynchronousCommit);
        // The cache spares a query per event for "is this project's sequence parked?" while none is.
        processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                group, (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
        processing.registerPooledStreamingEventProcessorConfiguration(
                group, (configuration, builder) -> builder.messageSource(batching.wrap(configuration.eventStore())));
    }
}
