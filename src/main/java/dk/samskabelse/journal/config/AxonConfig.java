package dk.samskabelse.journal.config;

import dk.samskabelse.journal.api.RecordingMetadata;
import dk.samskabelse.journal.support.JournalJson;
import java.time.Clock;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon on the relational database: Jackson for events, snapshots, tokens and messages (never XStream), the two
 * clocks' metadata on every command and its events, and a gateway that retries write conflicts.
 */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    static final ZoneId JOURNAL_ZONE = ZoneId.of("Europe/Copenhagen");

    @Bean
    Clock clock() {
        return Clock.system(JOURNAL_ZONE);
    }

    @Bean
    @Primary
    Serializer serializer() {
        return journalSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return journalSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return journalSerializer();
    }

    /**
     * Projects in use stay in memory between commands, so a command on a long-running project does not replay
     * its whole history first (without it every command reads and applies all of the project's events). A cached
     * project is dropped whenever a command on it rolls back, and a stale one (another instance appended to the
     * project) can neither store a write (the unique key refuses it) nor refuse a command (StaleRefusalRetry), so
     * several journal instances can share a database (CheckedProjectCache).
     */
    @Bean
    CheckedProjectCache projectCache(JdbcTemplate jdbc, @Value("${journal.cached-projects:1000}") long cachedProjects) {
        return new CheckedProjectCache(jdbc, cachedProjects);
    }

    /** Copies who recorded a command and when onto every event the command produces. */
    @Bean
    CorrelationDataProvider recordingMetadataProvider() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT);
    }

    /**
     * Stamps every command with who records it and when, from the server clock. A command that already carries
     * both (an import of entries written elsewhere, such as the demo histories) keeps them; the web and JSON
     * API never pass metadata, so their entries are always stamped here.
     */
    @Bean
    MessageDispatchInterceptor<CommandMessage<?>> recordingMetadataInterceptor(Clock clock, CurrentUser currentUser) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> {
                    if (command.getMetaData().containsKey(RecordingMetadata.RECORDED_AT)
                            && command.getMetaData().containsKey(RecordingMetadata.RECORDED_BY)) {
                        return command;
                    }
                    return command.andMetaData(Map.of(
                            RecordingMetadata.RECORDED_BY, currentUser.name(),
                            RecordingMetadata.RECORDED_AT,
                                    clock.instant()
                                            .truncatedTo(ChronoUnit.MICROS)
                                            .toString()));
                };
            }
        };
    }

    /**
     * Two writers on one project can collide on (aggregate_identifier, sequence_number), and a cached copy of a
     * project may be stale; such a conflict is retried on the fresh state. Anything else (refusals, a duplicate
     * project id) is answered at once. (The stale refusal becomes a conflict on the command bus, registered here
     * because the retry that it is for lives here.)
     */
    @Bean
    CommandGateway commandGateway(
            CommandBus commandBus,
            CheckedProjectCache projectCache,
            MessageDispatchInterceptor<CommandMessage<?>> recordingMetadataInterceptor,
            @Qualifier(CommandRetryExecutorConfig.COMMAND_RETRY_EXECUTOR) ScheduledExecutorService retryExecutor) {
        commandBus.registerHandlerInterceptor(new StaleRefusalRetry(projectCache));
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .dispatchInterceptors(recordingMetadataInterceptor)
                .retryScheduler(new WriteConflictRetryScheduler(retryExecutor, 50, 8))
                .build();
    }

    /**
     * Axon's default logs a failing event handler and moves on, which would silently leave a projection
     * without that event. Propagating the error hands it to the projection's dead-letter policy, which parks the
     * event or has the batch (rows and token together) rolled back and retried (query/projection/
     * FailingEventIsolation); a processor without a dead-letter queue retries the batch with back-off.
     */
    @Autowired
    void propagateProjectionErrors(EventProcessingConfigurer processing) {
        processing.registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }

    /**
     * The journal's one JSON configuration (JournalJson), not Spring's bean, so that no spring.jackson.* setting
     * can change the stored events' JSON. A copy, because Axon registers its own module on the mapper it gets.
     */
    private static Serializer journalSerializer() {
        return JacksonSerializer.builder()
                .objectMapper(JournalJson.mapper().copy())
                .lenientDeserialization()
                .build();
    }
}
