package dk.samskabelse.journal.bench;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.ShiftRole;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.api.WithdrawActor;
import dk.samskabelse.journal.command.Project;
import dk.samskabelse.journal.personaldata.PersonalDataRegister;
import dk.samskabelse.journal.personaldata.RegisteredActor;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;

/**
 * Writes long, valid project histories straight into the event store, far faster than commands over PostgreSQL
 * would. The commands still go through the real Project aggregate, in an in-memory Axon configuration with a
 * strong aggregate cache, so every event is one the journal itself would have produced; the events are then
 * serialized with the application's event serializer (as the JPA storage engine does) and batch-inserted into
 * domain_event_entry. The projections are expected to be stopped meanwhile and rebuilt afterwards.
 */
final class HistoryGenerator {

    private static final String INSERT = "INSERT INTO domain_event_entry (global_index, aggregate_identifier, "
            + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
            + "time_stamp) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int JDBC_BATCH = 1000;

    private final Serializer serializer;
    private final Connection connection;
    private final Clock clock;
    private final Random random;
    private long nextGlobalIndex;
    private long written;
    private int names;

    HistoryGenerator(Serializer serializer, Connection connection, Clock clock, long seed) throws SQLException {
        this.serializer = serializer;
        this.connection = connection;
        this.clock = clock;
        this.random = new Random(seed);
        try (var rs = connection
                .createStatement()
                .executeQuery("SELECT coalesce(max(global_index), 0) " + "FROM domain_event_entry")) {
            rs.next();
            nextGlobalIndex = rs.getLong(1) + 1;
        }
    }

    long written() {
        return written;
    }

    /**
     * Writes {@code projects} projects of {@code eventsPerProject} events each, interleaved, {@code copies} times:
     * the history is generated once and every copy gets its own ids (each UUID in the rows is mapped to another
     * one per copy), which keeps generating a million events within minutes. Returns all project ids.
     */
    List<String> write(int projects, int eventsPerProject, int copies) throws SQLException {
        Sink sink = new Sink();
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> sink)
                .registerComponent(Clock.class, c -> clock)
                .registerComponent(PersonalDataRegister.class, c -> new NoRegister())
                .configureAggregate(
                        AggregateConfigurer.defaultConfiguration(Project.class).configureCache(c -> new StrongCache()))
                .buildConfiguration();
        axon.start();
        try {
            CommandGateway gateway = axon.commandGateway();
            LocalDate lastDay = LocalDate.now(clock).minusDays(1);
            List<ProjectState> open = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < projects; i++) {
                // About one day every two entries, ending before today.
                ProjectState p =
                        new ProjectState(uuid(), lastDay.minusDays(eventsPerProject / 2 + 30), eventsPerProject);
                open.add(p);
                ids.add(p.projectId);
            }
            while (!open.isEmpty()) {
                ProjectState p = open.get(random.nextInt(open.size()));
                gateway.sendAndWait(next(p, lastDay));
                if (--p.remaining == 0) {
                    open.remove(p);
                }
            }
            List<Row> rows = rows(sink.pending);
            sink.pending.clear();
            List<String> all = new ArrayList<>();
            for (int copy = 0; copy < copies; copy++) {
                insert(rows, copy);
                for (String id : ids) {
                    all.add(copied(id, copy));
                }
            }
            return all;
        } finally {
            axon.shutdown();
        }
    }

    /** Moves the global index sequence past the rows written directly. */
    void finish() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(
                    "SELECT setval('domain_event_entry_seq', (SELECT max(global_index) " + "FROM domain_event_entry))");
        }
    }

    private record Row(
            String aggregateIdentifier,
            long sequenceNumber,
            String type,
            String metaData,
            String payload,
            String payloadRevision,
            String payloadType,
            String timeStamp) {}

    /** The events serialized as the JPA storage engine would store them. */
    private List<Row> rows(List<DomainEventMessage<?>> events) {
        String recordedAt = clock.instant().truncatedTo(ChronoUnit.MICROS).toString();
        List<Row> rows = new ArrayList<>();
        for (DomainEventMessage<?> event : events) {
            DomainEventMessage<?> stamped = event.andMetaData(Map.of("recordedBy", "bench", "recordedAt", recordedAt));
            DomainEventEntry entry = new DomainEventEntry(stamped, serializer);
            rows.add(new Row(
                    entry.getAggregateIdentifier(),
                    entry.getSequenceNumber(),
                    entry.getType(),
                    new String(entry.getMetaData().getData(), StandardCharsets.UTF_8),
                    new String(entry.getPayload().getData(), StandardCharsets.UTF_8),
                    entry.getPayload().getType().getRevision(),
                    entry.getPayload().getType().getName(),
                    DateTimeUtils.formatInstant(entry.getTimestamp())));
        }
        return rows;
    }

    private void insert(List<Row> rows, int copy) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            int inBatch = 0;
            for (Row row : rows) {
                insert.setLong(1, nextGlobalIndex++);
                insert.setString(2, copied(row.aggregateIdentifier(), copy));
                insert.setLong(3, row.sequenceNumber());
                insert.setString(4, row.type());
                insert.setString(5, UUID.randomUUID().toString());
                insert.setBytes(6, row.metaData().getBytes(StandardCharsets.UTF_8));
                insert.setBytes(7, copiedIds(row.payload(), copy).getBytes(StandardCharsets.UTF_8));
                insert.setString(8, row.payloadRevision());
                insert.setString(9, row.payloadType());
                insert.setString(10, row.timeStamp());
                insert.addBatch();
                if (++inBatch == JDBC_BATCH) {
                    insert.executeBatch();
                    connection.commit();
                    inBatch = 0;
                }
            }
            if (inBatch > 0) {
                insert.executeBatch();
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        written += rows.size();
    }

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static String copiedIds(String json, int copy) {
        return copy == 0 ? json : UUID_TEXT.matcher(json).replaceAll(match -> copied(match.group(), copy));
    }

    /** The same id in another copy: the last group shifted by a copy-dependent odd amount (mod 2^48). */
    private static String copied(String uuid, int copy) {
        if (copy == 0) {
            return uuid;
        }
        long last = Long.parseLong(uuid.substring(24), 16);
        return uuid.substring(0, 24) + String.format("%012x", (last + copy * 0x9E3779B97F4BL) & 0xFFFFFFFFFFFFL);
    }

    // --- a simple valid history: the aggregate checks every command -----------------------------------------

    private static final class ActorState {
        final String actorId;
        final ActorKind kind;
        Role role;

        ActorState(String actorId, ActorKind kind, Role role) {
            this.actorId = actorId;
            this.kind = kind;
            this.role = role;
        }
    }

    private static final class ProjectState {
        final String projectId;
        final LocalDate startedOn;
        LocalDate day;
        int remaining;
        boolean started;
        Phase phase = Phase.AFKLARING;
        final List<ActorState> present = new ArrayList<>();
        final List<String> retractable = new ArrayList<>();

        ProjectState(String projectId, LocalDate startedOn, int budget) {
            this.projectId = projectId;
            this.startedOn = startedOn;
            this.day = startedOn;
            this.remaining = budget;
        }
    }

    private Object next(ProjectState p, LocalDate lastDay) {
        if (!p.started) {
            p.started = true;
            return new StartProject(
                    p.projectId,
                    uuid(),
                    "Projekt " + p.projectId.substring(0, 8) + " «Fælles rum»",
                    pick(List.of("Næstved", "Viborg", "Holstebro", "Odense", "Lejre", "Aarhus")),
                    pick(Area.values()),
                    "Formål: fælles byrum med borgere, foreninger og forvaltning",
                    p.startedOn);
        }
        if (random.nextBoolean() && p.day.isBefore(lastDay)) {
            p.day = p.day.plusDays(1);
        }
        if (p.present.size() < 6) {
            return register(p);
        }
        int roll = random.nextInt(100);
        if (roll < 60) {
            return engagement(p);
        }
        if (roll < 72) {
            ActorState actor = pick(p.present);
            List<Role> roles = new ArrayList<>(Role.rolesFor(actor.kind));
            roles.remove(actor.role);
            if (roles.isEmpty()) {
                return engagement(p);
            }
            actor.role = pick(roles);
            return new ShiftRole(
                    p.projectId,
                    uuid(),
                    actor.actorId,
                    actor.role,
                    p.day,
                    random.nextBoolean() ? "Ny rolle efter dialogmøde" : null,
                    random.nextBoolean());
        }
        if (roll < 76) {
            return register(p);
        }
        // A withdrawal takes effect on its date, so it goes on a day of its own, after the actor's engagements
        // (an engagement on the day of the withdrawal would contradict it, issue 12).
        if (roll < 78 && p.present.size() > 8 && p.day.isBefore(lastDay)) {
            p.day = p.day.plusDays(1);
            ActorState actor = p.present.remove(random.nextInt(p.present.size()));
            return new WithdrawActor(p.projectId, uuid(), actor.actorId, p.day, "Flyttet", random.nextBoolean());
        }
        if (roll < 82) {
            List<Phase> others = new ArrayList<>(List.of(Phase.values()));
            others.remove(p.phase);
            p.phase = pick(others);
            return new ChangePhase(p.projectId, uuid(), p.phase, p.day, "Videre til " + p.phase, random.nextBoolean());
        }
        if (roll < 88) {
            String entryId = uuid();
            p.retractable.add(entryId);
            return new RecordInsight(
                    p.projectId,
                    entryId,
                    p.day,
                    pick(FocusPoint.values()),
                    "Rollerne blev mere jævnbyrdige efter workshoppen",
                    random.nextBoolean());
        }
        if (roll < 91) {
            String entryId = uuid();
            p.retractable.add(entryId);
            return new DeclareTypology(p.projectId, entryId, p.day, axis(), axis(), "Begrundelse for placeringen");
        }
        if (roll < 93) {
            return new RecordCourseCorrection(
                    p.projectId,
                    uuid(),
                    p.day,
                    "Fælles mål for alle spor",
                    "Direktionen ønsker fælles retning",
                    List.of(pick(CourseCorrectionScope.values())),
                    random.nextBoolean());
        }
        if (!p.retractable.isEmpty()) {
            String target = p.retractable.remove(random.nextInt(p.retractable.size()));
            return new RetractEntry(p.projectId, uuid(), target, p.day, "Fejlregistrering", random.nextBoolean());
        }
        return engagement(p);
    }

    private RegisterActor register(ProjectState p) {
        ActorKind kind = pick(ActorKind.values());
        Role role = pick(new ArrayList<>(Role.rolesFor(kind)));
        ActorState actor = new ActorState(uuid(), kind, role);
        p.present.add(actor);
        return new RegisterActor(
                p.projectId,
                uuid(),
                actor.actorId,
                kind,
                role,
                p.day,
                new ActorPersonalData("Aktør " + ++names, null, null));
    }

    private RecordEngagement engagement(ProjectState p) {
        List<ActorState> taking = new ArrayList<>(p.present);
        java.util.Collections.shuffle(taking, random);
        taking = taking.subList(0, 1 + random.nextInt(Math.min(5, taking.size())));
        List<Participation> participants = taking.stream()
                .map(a -> new Participation(a.actorId, pick(Influence.values())))
                .toList();
        List<Contribution> contributions = taking.stream()
                .filter(a -> random.nextInt(3) == 0)
                .map(a -> new Contribution(a.actorId, pick(ContributionType.values())))
                .toList();
        EngagementKind kind = pick(EngagementKind.values());
        String entryId = uuid();
        p.retractable.add(entryId);
        return new RecordEngagement(
                p.projectId,
                entryId,
                kind,
                kind + " " + p.day + " – «borgermøde»",
                p.day,
                taking.get(0).actorId,
                participants,
                contributions,
                random.nextBoolean() ? "Noter: god stemning, mange spørgsmål om tidsplanen" : null,
                random.nextBoolean());
    }

    private double axis() {
        return Math.round((random.nextDouble() * 2 - 1) * 1000) / 1000.0;
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** Keeps what the aggregate appends for the next flush instead of storing it. */
    private static final class Sink extends InMemoryEventStorageEngine {
        final List<DomainEventMessage<?>> pending = new ArrayList<>();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            events.forEach(event -> pending.add((DomainEventMessage<?>) event));
        }
    }

    /** Every aggregate stays in memory, so no command ever has to source one from the (empty) store. */
    private static final class StrongCache implements Cache {
        private final Map<Object, Object> map = new ConcurrentHashMap<>();

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> V get(K key) {
            return (V) map.get(key);
        }

        @Override
        public void put(Object key, Object value) {
            map.put(key, value);
        }

        @Override
        public boolean putIfAbsent(Object key, Object value) {
            return map.putIfAbsent(key, value) == null;
        }

        @Override
        public boolean remove(Object key) {
            return map.remove(key) != null;
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener listener) {
            return () -> true;
        }
    }

    private static final class NoRegister implements PersonalDataRegister {
        @Override
        public void record(String projectId, String actorId, ActorPersonalData data) {}

        @Override
        public Optional<ActorPersonalData> find(String projectId, String actorId) {
            return Optional.empty();
        }

        @Override
        public Optional<RegisteredActor> registration(String projectId, String actorId) {
            return Optional.empty();
        }

        @Override
        public List<String> projectsOf(String actorId) {
            return List.of();
        }

        @Override
        public List<RegisteredActor> registrations(String projectId) {
            return List.of();
        }

        @Override
        public boolean erase(String projectId, String actorId) {
            return false;
        }
    }
}
