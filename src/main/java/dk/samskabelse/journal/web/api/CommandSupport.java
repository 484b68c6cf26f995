package dk.samskabelse.journal.web.api;

import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.config.CurrentUser;
import dk.samskabelse.journal.web.KeyedIds;
import dk.samskabelse.journal.web.api.Responses.RecordedEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What the command controllers of the JSON API share: the ids they make (from an Idempotency-Key where one is
 * sent), the defaults of absent fields and the 201 answer.
 */
@Component
class CommandSupport {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The tag all command endpoints share in the OpenAPI document. */
    static final String TAG = "Journal entries";

    static final String TAG_DESCRIPTION = "Commands that write to a project's journal";

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final Clock clock;
    private final KeyedIds keyedIds;
    private final CurrentUser currentUser;

    CommandSupport(
            CommandGateway commands, EventStore eventStore, Clock clock, KeyedIds keyedIds, CurrentUser currentUser) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.clock = clock;
        this.keyedIds = keyedIds;
        this.currentUser = currentUser;
    }

    /** Sends the command made with the entry's id and answers 201 with that id. */
    ResponseEntity<RecordedEntry> record(String projectId, String idempotencyKey, Function<String, Object> command) {
        return record(projectId, idempotencyKey, command, RecordedEntry::new);
    }

    /** answer: the body of the 201, made with the entry's id. */
    <T> ResponseEntity<T> record(
            String projectId, String idempotencyKey, Function<String, Object> command, Function<String, T> answer) {
        String entryId = entryId(projectId, idempotencyKey);
        send(command.apply(entryId));
        return created(answer.apply(entryId));
    }

    void send(Object command) {
        commands.sendAndWait(command);
    }

    /**
     * A client that may send a request twice (no answer came: a timeout, a dropped connection, a 503) gives it an
     * Idempotency-Key, a UUID of its own. The entry id is derived from it and the project (see {@link KeyedIds}),
     * and the journal records an entry id only once, so the second request is answered like the first and stores
     * nothing. The key itself is never stored as an id: the same key in another project names another entry.
     */
    String entryId(String projectId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return newId();
        }
        return keyedIds.entryId(ids(projectId), checkedKey(idempotencyKey));
    }

    /** The id of a project to start: derived from the key and the signed-in user, so a retry names the same one. */
    String projectId(String idempotencyKey) {
        return idempotencyKey == null ? newId() : keyedIds.projectId(currentUser.name(), checkedKey(idempotencyKey));
    }

    /** The id of an actor to register, derived like the entry id (checked as its entry id is checked). */
    String actorId(String projectId, String idempotencyKey) {
        return idempotencyKey == null ? newId() : keyedIds.actorId(ids(projectId), checkedKey(idempotencyKey));
    }

    /** True when the project's first event is the entry of this start request (it was sent before). */
    boolean startedBy(String projectId, String entryId) {
        return eventStore
                .readEvents(projectId)
                .asStream()
                .findFirst()
                .map(message -> message.getPayload() instanceof JournalEvent event && entryId.equals(event.entryId()))
                .orElse(false);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    LocalDate orToday(LocalDate date) {
        return date != null ? date : today();
    }

    static String ids(String projectId) {
        return PathIds.project(projectId);
    }

    static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static <T> ResponseEntity<T> created(T body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String checkedKey(String idempotencyKey) {
        if (!PathIds.isUuid(idempotencyKey)) {
            throw new InvalidParameterException(IDEMPOTENCY_KEY, "problem.idempotency-key");
        }
        return idempotencyKey;
    }
}
