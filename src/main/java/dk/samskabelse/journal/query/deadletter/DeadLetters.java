package dk.samskabelse.journal.query.deadletter;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The events the projections could not handle, parked per processing group and project, for an administrator
 * to see and, once the cause is fixed, to retry. A retry runs the parked events in their original order
 * through the same projection; one that fails again stays parked.
 */
@Service
public class DeadLetters {

    /** One parked event. */
    public record Letter(
            String group,
            String projectId,
            long sequenceNumber,
            String eventType,
            String entryId,
            String eventId,
            Instant enqueuedAt,
            Instant lastTouched,
            String causeType,
            String causeMessage) {}

    public record Overview(int count, List<Letter> letters) {}

    public record RetryResult(int sequencesRetried, int sequencesSucceeded, Overview stillParked) {}

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    public DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public Overview overview() {
        List<Letter> letters = new ArrayList<>();
        for (String group : ProjectionGroups.ALL) {
            queue(group)
                    .ifPresent(queue -> queue.deadLetters()
                            .forEach(sequence -> sequence.forEach(letter -> letters.add(letter(group, letter)))));
        }
        return new Overview(letters.size(), letters);
    }

    /** Retries every parked project sequence of the group (or of all groups), each once. */
    public RetryResult retry(Optional<String> onlyGroup) {
        int retried = 0;
        int succeeded = 0;
        for (String group : ProjectionGroups.ALL) {
            if (onlyGroup.isPresent() && !onlyGroup.get().equals(group)) {
                continue;
            }
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(group);
            Optional<SequencedDeadLetterProcessor<EventMessage<?>>> processor =
                    processing.sequencedDeadLetterProcessor(group);
            if (queue.isEmpty() || processor.isEmpty()) {
                continue;
            }
            // Each call takes the sequence touched longest ago, so this visits every parked sequence once.
            long sequences = queue.get().amountOfSequences();
            for (long i = 0; i < sequences; i++) {
                retried++;
                if (processor.get().processAny()) {
                    succeeded++;
                }
            }
            log.info("Retried {} parked sequences of projection {}", sequences, group);
        }
        return new RetryResult(retried, succeeded, overview());
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String group) {
        return processing.deadLetterQueue(group);
    }

    private static Letter letter(String group, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String projectId = null;
        long sequenceNumber = -1;
        if (message instanceof DomainEventMessage<?> domain) {
            projectId = domain.getAggregateIdentifier();
            sequenceNumber = domain.getSequenceNumber();
        }
        String entryId = message.getPayload() instanceof JournalEvent event ? event.entryId() : null;
        return new Letter(
                group,
                projectId,
                sequenceNumber,
                message.getPayloadType().getSimpleName(),
                entryId,
                message.getIdentifier(),
                letter.enqueuedAt(),
                letter.lastTouched(),
                letter.cause().map(Cause::type).orElse(null),
                letter.cause().map(Cause::message).orElse(null));
    }
}
