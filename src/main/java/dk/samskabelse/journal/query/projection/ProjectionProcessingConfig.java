package dk.samskabelse.journal.query.projection;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How the projections' processors deal with failures and with each other.
 * <p>
 * Each processing group has a JPA dead-letter queue (table dead_letter_entry, enabled per group in
 * application.yml with dlq.enabled). Events are sequenced per project, so one parked event holds back only the
 * later events of its own project. A rebuild empties the queue: the replay meets every event again.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionProcessingConfig {

    @Autowired
    void configure(EventProcessingConfigurer processing, FailingEventIsolation isolation) {
        for (String group : ProjectionGroups.ALL) {
            FailingEventIsolation.Group failures = isolation.group(group);
            processing.registerDeadLetterPolicy(group, configuration -> failures);
            processing.registerHandlerInterceptor(group, configuration -> failures.interceptor());
            // The cache spares a query per event for "is this project's sequence parked?" while none is.
            processing.registerDeadLetteringEventHandlerInvokerConfiguration(group,
                    (configuration, invoker) -> invoker.allowReset(true).enableSequenceIdentifierCache());
        }
    }
}
