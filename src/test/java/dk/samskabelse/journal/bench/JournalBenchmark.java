package dk.samskabelse.journal.bench;

import dk.samskabelse.journal.JournalApplication;
import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorPersonalData;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.api.RegisterActor;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.StartProject;
import dk.samskabelse.journal.query.project.ProjectData;
import dk.samskabelse.journal.query.project.ProjectDataSource;
import dk.samskabelse.journal.query.project.ProjectViews;
import dk.samskabelse.journal.query.project.TimeTravel;
import dk.samskabelse.journal.query.projection.ProjectionEventHandler;
import dk.samskabelse.journal.query.projection.ProjectionGroups;
import dk.samskabelse.journal.query.rebuild.OfflineRebuild;
import dk.samskabelse.journal.query.rebuild.ProjectionProcessors;
import dk.samskabelse.journal.query.typology.TypologyModels;
import dk.samskabelse.journal.query.typology.TypologyService;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The issue 7 benchmark: the journal against PostgreSQL, each workload beside a raw JDBC baseline of the same
 * size in the same run. Run by {@code bench/run} ({@code ./mvnw -Pbench verify}); sizes are system properties
 * (bench.*, see bench/README.md), passed through JAVA_TOOL_OPTIONS by bench/run. Prints a Markdown table and writes it
 * to bench/results/<UTC timestamp>.md.
 */
public final class JournalBenchmark {

    private final String baseUrl = prop("bench.url", "jdbc:postgresql://127.0.0.1:5432/journal_bench");
    private final String user = prop("bench.user", "journal");
    private final String password = prop("bench.password", "journal");
    /** Owns the schema, runs Flyway and the raw baselines; the journal itself connects as bench.user. */
    private final String owner = prop("bench.owner", user);

    private final String ownerPassword = prop("bench.owner-password", password);
    private final String schema = prop("bench.schema", "bench");
    private final int w1Seconds = intProp("bench.w1.seconds", 15);
    private final int warmupSeconds = intProp("bench.warmup.seconds", 5);
    private final int w1OneProjectSeconds = intProp("bench.w1.one-project.seconds", 8);
    private final int w1Clients = intProp("bench.w1.clients", 8);
    private final int w2Projects = intProp("bench.w2.projects", 500);
    private final int w2EventsPerProject = intProp("bench.w2.events-per-project", 2000);
    private final int w2TemplateProjects = intProp("bench.w2.template-projects", 10);
    private final int w3Events = intProp("bench.w3.events", 10_000);
    private final int w3Queries = intProp("bench.w3.queries", 200);
    private final int w4Projects = intProp("bench.w4.projects", 20);
    private final int w4ProjectEvents = intProp("bench.w4.project-events", 300);
    private final int w4Seconds = intProp("bench.w4.seconds", 15);
    private final int w4Readers = intProp("bench.w4.readers", 8);
    private final int w5Entries = intProp("bench.w5.entries", 1000);
    private final int w5Seconds = intProp("bench.w5.seconds", 15);
    private final int w5Users = intProp("bench.w5.users", 8);
    private final List<String> w5Pages =
            List.of(prop("bench.w5.pages", "journal,timeline,replay,evaluation").split(","));
    private final List<String> w5Api =
            List.of(prop("bench.w5.api", "timeline,typology,events").split(","));
    private final long seed = Long.getLong("bench.seed", 7L);
    private final boolean reuseStore = Boolean.getBoolean("bench.reuse-store");
    private final List<String> workloads =
            List.of(prop("bench.workloads", "w2,w3,w1,w4,w5").split(","));

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private ConfigurableApplicationContext app;
    private byte[] samplePayload;
    private byte[] sampleMeta;

    public static void main(String[] args) throws Exception {
        int status = 0;
        JournalBenchmark bench = new JournalBenchmark();
        try {
            bench.run();
        } catch (Throwable e) {
            e.printStackTrace();
            status = 1;
        } finally {
            if (bench.app != null) {
                bench.app.close();
            }
        }
        System.exit(status);
    }

    private void run() throws Exception {
        long started = System.nanoTime();
        if (!reuseStore) {
            freshSchema();
        }
        log("starting the journal on " + appUrl());
        // Command-line arguments, so that they win over application.yml and the environment.
        app = new SpringApplicationBuilder(JournalApplication.class)
                .run(
                        "--spring.datasource.url=" + appUrl(),
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--journal.db.owner=" + (owner.equals(user) ? "" : owner),
                        "--journal.db.owner-password=" + ownerPassword,
                        "--server.port=0",
                        "--journal.demo=false",
                        "--journal.admin-password=bench-admin-password",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN",
                        "--logging.level.dk.samskabelse.journal.query.rebuild=INFO");
        sampleSizes();

        List<String> projects = reuseStore ? storedProjects() : generate();
        if (workloads.contains("w2")) {
            w2();
        }
        if (workloads.contains("w3")) {
            w3();
        }
        if (workloads.contains("w1")) {
            w1();
        }
        if (workloads.contains("w4")) {
            w4(w4Ids);
        }
        if (workloads.contains("w5")) {
            w5();
        }

        notes.add(String.format(Locale.ROOT, "Total benchmark time %.1f min.", (System.nanoTime() - started) / 6e10));
        report();
    }

    /** The number of projections (projectors), all fed by the one processor. */
    private int projections() {
        return bean(ProjectionEventHandler.class).projectors().size();
    }

    // --- W2: a full rebuild over a large store --------------------------------------------------------------

    private List<String> generate() throws Exception {
        ProjectionProcessors processors = bean(ProjectionProcessors.class);
        // The projections stay stopped while the history is written; the rebuild below replays all of it.
        ProjectionGroups.ALL.forEach(group -> processors.processor(group).shutDown());
        Serializer serializer = app.getBean("eventSerializer", Serializer.class);
        List<String> w2Ids;
        long genStart = System.nanoTime();
        try (Connection connection = connect(true)) {
            HistoryGenerator generator = new HistoryGenerator(serializer, connection, bean(Clock.class), seed);
            w3Project = generator.write(1, w3Events, 1).get(0);
            log("W3 project " + w3Project + " with " + w3Events + " events written");
            // A template of (at most) 10 projects, copied with fresh ids up to the wanted number of projects.
            int template = Math.min(w2TemplateProjects, w2Projects);
            w2Ids = new ArrayList<>(generator.write(template, w2EventsPerProject, w2Projects / template));
            if (w2Projects % template != 0) {
                w2Ids.addAll(generator.write(w2Projects % template, w2EventsPerProject, 1));
            }
            w4Ids = generator.write(w4Projects, w4ProjectEvents, 1);
            // Last, so that the W2-W4 histories stay those of earlier runs (same seed, same random draws).
            w5Project = generator.write(1, w5Entries, 1).get(0);
            log(String.format(
                    Locale.ROOT,
                    "W2 history: %d projects, %d events written (%.0f events/s)",
                    w2Ids.size(),
                    generator.written(),
                    generator.written() / seconds(genStart)));
            generator.finish();
        }
        double genSeconds = seconds(genStart);
        long events = count("SELECT count(*) FROM domain_event_entry");
        // Started again by the rebuild (W2), or here when W2 is not run.
        if (!workloads.contains("w2")) {
            ProjectionGroups.ALL.forEach(group -> processors.processor(group).start());
            processors.awaitCaughtUp(Duration.ofMinutes(30));
        }
        try (Connection c = connect(false);
                Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE domain_event_entry");
        }
        notes.add(String.format(
                Locale.ROOT,
                "W2 history: %,d events over %d projects (+1 W3 project of %,d events, + the W4 projects and the W5 project), "
                        + "generated through the Project aggregate in memory (a template of %d projects, copied with "
                        + "fresh ids) and batch-inserted in %.0f s (%,.0f events/s).",
                events,
                w2Projects,
                w3Events,
                Math.min(w2TemplateProjects, w2Projects),
                genSeconds,
                events / genSeconds));
        return w2Ids;
    }

    /** With bench.reuse-store=true: the projects of an earlier run (the largest one is W3's). */
    private List<String> storedProjects() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect(false);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT aggregate_identifier, count(*), min(global_index) FROM domain_event_entry "
                                + "GROUP BY aggregate_identifier HAVING count(*) >= 100 ORDER BY count(*) DESC, 3")) {
            List<String> small = new ArrayList<>();
            while (rs.next()) {
                // W5's project: the first one written with exactly bench.w5.entries events (any generated project
                // of that size, should W2's have it too).
                if (w5Project == null && rs.getLong(2) == w5Entries && w5Entries != w4ProjectEvents) {
                    w5Project = rs.getString(1);
                    continue;
                }
                // W3's project: the one of exactly bench.w3.events (W1's projects of a reused store may be larger).
                if (w3Project == null && rs.getLong(2) == w3Events) {
                    w3Project = rs.getString(1);
                    continue;
                }
                (rs.getLong(2) == w4ProjectEvents ? small : ids).add(rs.getString(1));
            }
            w4Ids = small;
        }
        if (w3Project == null) {
            w3Project = ids.remove(0);
        }
        notes.add("Reused the event store of an earlier run (bench.reuse-store=true): " + ids.size()
                + " W2 projects, W3 project " + w3Project + ".");
        return ids;
    }

    private void w2() throws Exception {
        long events = count("SELECT count(*) FROM domain_event_entry");

        // Raw: read every event row and write a row of the same bytes, in transactions of one processor batch.
        double rawRate = rawRebuild(events);
        log(String.format(Locale.ROOT, "W2 raw read+write: %,.0f rows/s", rawRate));

        System.gc();
        List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong sampledPeak = new AtomicLong();
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(
                () -> {
                    while (sampling.get()) {
                        sampledPeak.accumulateAndGet(
                                ManagementFactory.getMemoryMXBean()
                                        .getHeapMemoryUsage()
                                        .getUsed(),
                                Math::max);
                        sleep(50);
                    }
                },
                "heap-sampler");
        sampler.setDaemon(true);
        long gcBefore = gcMillis();
        Map<String, Long> statsBefore = pgStats();
        long rebuildStart = System.nanoTime();
        sampler.start();
        // The command-line rebuild (docs/operations.md "Projections and rebuilds"): each project read once, all
        // projections.
        OfflineRebuild.Result done = bean(OfflineRebuild.class).run();
        double rebuildSeconds = seconds(rebuildStart);
        sampling.set(false);
        sampler.join();
        String cost = perOp(statsBefore, pgStats(), events);
        log("W2 rebuild per event: " + cost);
        notes.add("W2 rebuild, PostgreSQL per event in the store (all " + projections()
                + " projections together; pg_stat counters): " + cost + ".");
        long poolPeaks = heapPools.stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        long maxHeap = Runtime.getRuntime().maxMemory();
        double rate = events / rebuildSeconds;
        log(String.format(
                Locale.ROOT, "W2 rebuild: %,d events in %.1f s = %,.0f events/s", events, rebuildSeconds, rate));
        row(
                "W2 rebuild (" + projections() + " projections)",
                "events/s (events in store / wall time)",
                fmt(rate),
                fmt(rawRate) + " rows/s",
                ratio(rate / rawRate),
                "≥ 20,000 events/s and ≥ 0.3 × raw",
                rate >= 20_000 && rate / rawRate >= 0.3);
        row(
                "W2 rebuild heap",
                "peak heap used, MB (sampled every 50 ms; sum of pool peaks)",
                mb(sampledPeak.get()) + " (" + mb(poolPeaks) + ")",
                "-Xmx " + mb(maxHeap),
                "",
                "≤ 512 MB",
                done.events() == events && sampledPeak.get() <= 512L * 1024 * 1024 && maxHeap <= 512L * 1024 * 1024);
        notes.add(String.format(
                Locale.ROOT,
                "W2 rebuild: the command-line rebuild (OfflineRebuild, %d threads) "
                        + "replayed %,d events of %d projects through all %d projections and wrote %,d rows in "
                        + "%.1f s; GC time %d ms.",
                Runtime.getRuntime().availableProcessors(),
                done.events(),
                done.projects(),
                projections(),
                done.rows(),
                rebuildSeconds,
                gcMillis() - gcBefore));
    }

    private String w3Project;
    private String w5Project;
    private List<String> w4Ids = List.of();

    private double rawRebuild(long events) throws SQLException {
        try (Connection setup = connect(false);
                Statement s = setup.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_rebuild");
            s.execute("CREATE TABLE raw_rebuild (LIKE domain_event_entry INCLUDING ALL)");
        }
        long start = System.nanoTime();
        long rows = 0;
        try (Connection read = connect(false);
                Connection write = connect(false)) {
            read.setAutoCommit(false);
            write.setAutoCommit(false);
            try (PreparedStatement select = read.prepareStatement("SELECT global_index, aggregate_identifier, "
                            + "sequence_number, type, event_identifier, meta_data, payload, payload_revision, payload_type, "
                            + "time_stamp FROM domain_event_entry ORDER BY global_index");
                    PreparedStatement insert = write.prepareStatement(
                            "INSERT INTO raw_rebuild VALUES " + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                select.setFetchSize(1000);
                try (ResultSet rs = select.executeQuery()) {
                    int inBatch = 0;
                    while (rs.next()) {
                        for (int i = 1; i <= 10; i++) {
                            insert.setObject(i, rs.getObject(i));
                        }
                        insert.addBatch();
                        rows++;
                        // One transaction per 200 events, like one batch of a projection processor.
                        if (++inBatch == 200) {
                            insert.executeBatch();
                            write.commit();
                            inBatch = 0;
                        }
                    }
                    insert.executeBatch();
                    write.commit();
                }
            }
            read.commit();
        }
        double rate = rows / seconds(start);
        notes.add(String.format(
                Locale.ROOT,
                "W2 raw baseline: %,d rows read from domain_event_entry (streamed, "
                        + "fetch size 1000) and written as rows of the same bytes into a copy of its table (same keys and "
                        + "indexes), JDBC batches committed every 200 rows, in %.1f s.",
                rows,
                seconds(start)));
        try (Connection setup = connect(false);
                Statement s = setup.createStatement()) {
            s.execute("DROP TABLE raw_rebuild");
        }
        return rate;
    }

    // --- W3: asOf for one big project -------------------------------------------------------------------------

    private void w3() {
        ProjectDataSource source = bean(ProjectDataSource.class);
        LocalDate lastDay = LocalDate.now(bean(Clock.class)).minusDays(1);
        LocalDate startedOn = lastDay.minusDays(w3Events / 2 + 30);
        long days = ChronoUnit.DAYS.between(startedOn, lastDay);
        Random random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            source.load(w3Project, new TimeTravel(startedOn.plusDays(random.nextLong(days + 1)), null));
        }
        long[] nanos = new long[w3Queries];
        int entries = 0;
        for (int i = 0; i < w3Queries; i++) {
            LocalDate asOf = startedOn.plusDays(random.nextLong(days + 1));
            long t = System.nanoTime();
            ProjectData data =
                    source.load(w3Project, new TimeTravel(asOf, null)).orElseThrow();
            nanos[i] = System.nanoTime() - t;
            entries += data.timeline().size();
        }
        Arrays.sort(nanos);
        log("W3 asOf p50 " + ms(pct(nanos, 50)) + " p95 " + ms(pct(nanos, 95)));
        row(
                "W3 time travel",
                "asOf, project of " + fmt(w3Events) + " events, " + w3Queries + " dates: p50 / p95 ms",
                ms(pct(nanos, 50)) + " / " + ms(pct(nanos, 95)),
                "",
                "",
                "p95 ≤ 50 ms",
                pct(nanos, 95) <= 50e6);
        notes.add("W3: ProjectDataSource.load(project, TimeTravel(asOf, null)) in one thread, " + w3Queries
                + " random effective dates over the project's life (10 warm-up queries first); on average "
                + entries / w3Queries + " timeline entries per answer.");
    }

    // --- W1: ingest -------------------------------------------------------------------------------------------

    private void w1() throws Exception {
        try (Connection c = connect(false);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS raw_ingest");
            s.execute("CREATE TABLE raw_ingest (LIKE domain_event_entry INCLUDING ALL)");
            s.execute("DROP SEQUENCE IF EXISTS raw_ingest_seq");
            s.execute("CREATE SEQUENCE raw_ingest_seq");
        }
        double raw1 = throughput("raw 1 client", 1, this::rawInsertClient);
        double app1 = throughput("journal 1 client", 1, i -> commandClient(newProject()));
        double raw8 = throughput("raw " + w1Clients + " clients", w1Clients, this::rawInsertClient);
        double app8 = throughput("journal " + w1Clients + " clients", w1Clients, i -> commandClient(newProject()));
        String shared = newProject();
        AtomicLong failed = new AtomicLong();
        double appShared = throughput(
                "journal " + w1Clients + " clients, one project",
                w1Clients,
                w1OneProjectSeconds,
                i -> commandClient(shared, failed));
        row(
                "W1 ingest, 1 client",
                "RecordEngagement commands/s vs raw rows/s",
                fmt(app1),
                fmt(raw1),
                ratio(app1 / raw1),
                "≥ 0.8 × raw",
                app1 / raw1 >= 0.8);
        row(
                "W1 ingest, " + w1Clients + " clients (own projects)",
                "commands/s vs raw rows/s",
                fmt(app8),
                fmt(raw8),
                ratio(app8 / raw8),
                "≥ 0.5 × raw",
                app8 / raw8 >= 0.5);
        row(
                "W1 ingest, " + w1Clients + " clients on ONE project",
                "commands/s (conflicts retried by the gateway)",
                fmt(appShared),
                fmt(raw8),
                ratio(appShared / raw8),
                "(no target)",
                null);
        notes.add(String.format(
                Locale.ROOT,
                "W1: each client sends RecordEngagement (3 participants, 1 contribution, "
                        + "title and notes; serialized event %d bytes + metadata %d bytes) with sendAndWait, one "
                        + "command per transaction; %d s warm-up then %d s measured; each phase starts on fresh "
                        + "projects with 6 actors. Raw: autocommit INSERT of one row with the same byte sizes into "
                        + "a copy of domain_event_entry (same keys and indexes). On one shared project %d commands "
                        + "failed after the gateway's retries.",
                samplePayload.length,
                sampleMeta.length,
                warmupSeconds,
                w1Seconds,
                failed.get()));
    }

    private interface Client {
        Op open(int index) throws Exception;
    }

    private interface Op {
        void run() throws Exception;
    }

    private double throughput(String name, int clients, Client client) throws Exception {
        return throughput(name, clients, w1Seconds, client);
    }

    /** Runs the clients for warm-up + seconds; counts the operations completed in the measured window. */
    private double throughput(String name, int clients, int seconds, Client client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            ops.add(client.open(i));
        }
        Map<String, Long> statsBefore = pgStats();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
        AtomicLong counted = new AtomicLong();
        AtomicLong all = new AtomicLong();
        List<Future<?>> futures = new ArrayList<>();
        for (Op op : ops) {
            futures.add(pool.submit(() -> {
                while (true) {
                    op.run();
                    all.incrementAndGet();
                    long now = System.nanoTime();
                    if (now >= measureTo) {
                        return null;
                    }
                    if (now >= measureFrom) {
                        counted.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        // Closed now, so that their statistics reach pg_stat before the next phase starts counting.
        for (Connection c : rawConnections) {
            c.close();
        }
        rawConnections.clear();
        double rate = counted.get() / (double) seconds;
        log(String.format(Locale.ROOT, "W1 %s: %,.0f ops/s", name, rate));
        String cost = perOp(statsBefore, pgStats(), all.get());
        log("W1 " + name + " per operation: " + cost);
        notes.add("W1 " + name + ", PostgreSQL per operation (pg_stat counters, whole phase incl. warm-up and "
                + "the projections following): " + cost + ".");
        return rate;
    }

    private final List<Connection> rawConnections = new ArrayList<>();

    private Op rawInsertClient(int index) throws SQLException {
        Connection c = connect(false);
        rawConnections.add(c);
        PreparedStatement insert = c.prepareStatement(
                "INSERT INTO raw_ingest VALUES (nextval('raw_ingest_seq'), " + "?, ?, 'Project', ?, ?, ?, NULL, ?, ?)");
        String aggregate = UUID.randomUUID().toString();
        AtomicLong sequence = new AtomicLong();
        return () -> {
            insert.setString(1, aggregate);
            insert.setLong(2, sequence.getAndIncrement());
            insert.setString(3, UUID.randomUUID().toString());
            insert.setBytes(4, sampleMeta);
            insert.setBytes(5, samplePayload);
            insert.setString(6, EngagementRecorded.class.getName());
            insert.setString(7, Instant.now().toString());
            insert.executeUpdate();
        };
    }

    private record W1Project(String projectId, List<String> actors) {}

    private final Map<String, W1Project> w1Projects = new HashMap<>();

    /** A started project with 6 actors, through the command gateway. */
    private synchronized String newProject() {
        CommandGateway gateway = bean(CommandGateway.class);
        LocalDate start = LocalDate.now(bean(Clock.class)).minusDays(400);
        String projectId = UUID.randomUUID().toString();
        gateway.sendAndWait(new StartProject(
                projectId,
                UUID.randomUUID().toString(),
                "Benchmark " + projectId,
                "Næstved",
                Area.values()[0],
                "Ingest benchmark",
                start));
        List<String> actors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String actorId = UUID.randomUUID().toString();
            ActorKind kind = ActorKind.values()[i % ActorKind.values().length];
            Role role = Role.rolesFor(kind).iterator().next();
            gateway.sendAndWait(new RegisterActor(
                    projectId,
                    UUID.randomUUID().toString(),
                    actorId,
                    kind,
                    role,
                    start,
                    new ActorPersonalData("Aktør " + i, null, null)));
            actors.add(actorId);
        }
        w1Projects.put(projectId, new W1Project(projectId, actors));
        return projectId;
    }

    private Op commandClient(String projectId) {
        return commandClient(projectId, null);
    }

    private Op commandClient(String projectId, AtomicLong failed) {
        CommandGateway gateway = bean(CommandGateway.class);
        W1Project project = w1Projects.get(projectId);
        LocalDate on = LocalDate.now(bean(Clock.class)).minusDays(1);
        return () -> {
            try {
                gateway.sendAndWait(engagement(project, on));
            } catch (RuntimeException e) {
                if (failed == null) {
                    throw e;
                }
                failed.incrementAndGet();
            }
        };
    }

    private static RecordEngagement engagement(W1Project project, LocalDate on) {
        List<String> a = project.actors();
        String entryId = UUID.randomUUID().toString();
        return new RecordEngagement(
                project.projectId(),
                entryId,
                EngagementKind.values()[0],
                "Borgermøde om det fælles byrum – «Torvet»",
                on,
                a.get(0),
                List.of(
                        new Participation(a.get(0), Influence.values()[0]),
                        new Participation(a.get(1), Influence.values()[1 % Influence.values().length]),
                        new Participation(a.get(2), Influence.values()[2 % Influence.values().length])),
                List.of(new Contribution(a.get(1), ContributionType.values()[0])),
                "Noter: god stemning, mange spørgsmål om tidsplanen og parkeringen",
                true);
    }

    /** The byte sizes of one W1 event as stored, for the raw baseline. */
    private void sampleSizes() {
        Serializer serializer = app.getBean("eventSerializer", Serializer.class);
        W1Project project = new W1Project(
                UUID.randomUUID().toString(),
                List.of(
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(),
                        UUID.randomUUID().toString()));
        RecordEngagement c = engagement(project, LocalDate.now());
        EngagementRecorded event = new EngagementRecorded(
                c.projectId(),
                c.entryId(),
                c.occurredOn(),
                c.entryId(),
                c.kind(),
                c.title(),
                c.initiatedBy(),
                c.participants(),
                c.contributions(),
                c.notes(),
                c.shareable());
        DomainEventEntry entry = new DomainEventEntry(
                new GenericDomainEventMessage<>(
                        "Project",
                        c.projectId(),
                        0,
                        event,
                        MetaData.with("recordedBy", "admin")
                                .and("recordedAt", Instant.now().toString())
                                .and("traceId", UUID.randomUUID().toString())
                                .and("correlationId", UUID.randomUUID().toString())),
                serializer);
        samplePayload = entry.getPayload().getData();
        sampleMeta = entry.getMetaData().getData();
    }

    // --- W4: reads under write load ---------------------------------------------------------------------------

    private void w4(List<String> projects) throws Exception {
        ProjectDataSource source = bean(ProjectDataSource.class);
        TypologyService typology = bean(TypologyService.class);
        ProjectViews views = bean(ProjectViews.class);
        TypologyModels models = bean(TypologyModels.class);
        Clock clock = bean(Clock.class);
        List<String> writers = new ArrayList<>();
        for (int i = 0; i < w1Clients; i++) {
            writers.add(newProject());
        }
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean measuring = new AtomicBoolean();
        AtomicLong writes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(w1Clients + w4Readers);
        List<Future<?>> writerFutures = new ArrayList<>();
        for (String projectId : writers) {
            Op op = commandClient(projectId);
            writerFutures.add(pool.submit(() -> {
                while (!stop.get()) {
                    op.run();
                    if (measuring.get()) {
                        writes.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        List<Future<long[][]>> readers = new ArrayList<>();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long measureTo = measureFrom + TimeUnit.SECONDS.toNanos(w4Seconds);
        for (int r = 0; r < w4Readers; r++) {
            int reader = r;
            readers.add(pool.submit(() -> {
                long[] timeline = new long[1 << 16];
                long[] typo = new long[1 << 16];
                int nt = 0;
                int ny = 0;
                int i = reader;
                while (true) {
                    String projectId = projects.get(ThreadLocalRandom.current().nextInt(projects.size()));
                    boolean isTimeline = i++ % 2 == 0;
                    long t = System.nanoTime();
                    ProjectData data = source.load(projectId, TimeTravel.NOW).orElseThrow();
                    if (isTimeline) {
                        views.timeline(data);
                    } else {
                        typology.view(data, models.active(), LocalDate.now(clock));
                    }
                    long end = System.nanoTime();
                    // A read that started in the window counts, however long it took.
                    if (t >= measureTo) {
                        break;
                    }
                    if (t >= measureFrom) {
                        measuring.set(true);
                        if (isTimeline && nt < timeline.length) {
                            timeline[nt++] = end - t;
                        } else if (!isTimeline && ny < typo.length) {
                            typo[ny++] = end - t;
                        }
                    }
                }
                log("W4 reader " + reader + ": " + (i - reader) + " reads, " + (nt + ny) + " in the measured window");
                return new long[][] {Arrays.copyOf(timeline, nt), Arrays.copyOf(typo, ny)};
            }));
        }
        long[] timeline = new long[0];
        long[] typo = new long[0];
        for (Future<long[][]> f : readers) {
            long[][] got = f.get();
            timeline = concat(timeline, got[0]);
            typo = concat(typo, got[1]);
        }
        stop.set(true);
        for (Future<?> f : writerFutures) {
            f.get();
        }
        pool.shutdown();
        Arrays.sort(timeline);
        Arrays.sort(typo);
        for (String[] kind : new String[][] {{"timeline"}, {"typology"}}) {
            long[] lat = kind[0].equals("timeline") ? timeline : typo;
            row(
                    "W4 " + kind[0] + " under load",
                    w4Readers + " readers + " + w1Clients + " writers: p50 / p95 / p99 ms ("
                            + fmt(lat.length / (double) w4Seconds) + " reads/s)",
                    ms(pct(lat, 50)) + " / " + ms(pct(lat, 95)) + " / " + ms(pct(lat, 99)),
                    "",
                    "",
                    "p95 ≤ 20 ms",
                    pct(lat, 95) <= 20e6);
        }
        log("W4 timeline p95 " + ms(pct(timeline, 95)) + " typology p95 " + ms(pct(typo, 95)));
        notes.add(String.format(
                Locale.ROOT,
                "W4: %d readers each alternate the timeline view (ProjectDataSource.load "
                        + "NOW + ProjectViews.timeline, as GET /api/projects/{id}/timeline serves it) and the typology view (load + TypologyService.view with the active "
                        + "model) of a random one of %d projects of %d events each, in process without HTTP, "
                        + "while %d W1 writers send RecordEngagement on their own projects (%,.0f commands/s meanwhile); "
                        + "%d s warm-up, %d s measured.",
                w4Readers,
                projects.size(),
                w4ProjectEvents,
                w1Clients,
                writes.get() / (double) w4Seconds,
                warmupSeconds,
                w4Seconds));
    }

    // --- W5: HTTP end to end ----------------------------------------------------------------------------------

    private void w5() throws Exception {
        ProjectionProcessors processors = bean(ProjectionProcessors.class);
        if (w5Project == null) {
            // A reused store of a run before W5: its project is written now, with the projections stopped.
            ProjectionGroups.ALL.forEach(group -> processors.processor(group).shutDown());
            try (Connection connection = connect(true)) {
                HistoryGenerator generator = new HistoryGenerator(
                        app.getBean("eventSerializer", Serializer.class),
                        connection,
                        bean(Clock.class),
                        seed ^ System.nanoTime());
                w5Project = generator.write(1, w5Entries, 1).get(0);
                generator.finish();
            }
            ProjectionGroups.ALL.forEach(group -> processors.processor(group).start());
            log("W5 project " + w5Project + " with " + w5Entries + " events written");
        }
        // Everything written before (W1, W4, the W5 project itself) projected, so the pages show it all.
        if (!processors.awaitCaughtUp(Duration.ofMinutes(10))) {
            throw new IllegalStateException("W5: the projections did not catch up within 10 minutes");
        }
        new HttpWorkload(
                        app,
                        w5Project,
                        w5Users,
                        w5Seconds,
                        warmupSeconds,
                        w5Pages,
                        w5Api,
                        new HttpWorkload.Report() {
                            @Override
                            public void row(
                                    String workload, String measure, String journal, String target, Boolean met) {
                                JournalBenchmark.this.row(workload, measure, journal, "", "", target, met);
                            }

                            @Override
                            public void note(String note) {
                                notes.add(note);
                            }
                        },
                        this::pgStats)
                .run();
    }

    // --- the report ---------------------------------------------------------------------------------------------

    private void report() throws Exception {
        StringBuilder md = new StringBuilder();
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        md.append("# Benchmark ").append(stamp).append("\n\n");
        md.append("| Machine | |\n|---|---|\n");
        md.append("| nproc | ").append(exec("nproc")).append(" |\n");
        md.append("| memory | ").append(meminfo()).append(" |\n");
        md.append("| Java | ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(", max heap ")
                .append(mb(Runtime.getRuntime().maxMemory()))
                .append(" MB |\n");
        md.append("| PostgreSQL | ").append(queryString("SELECT version()")).append(" |\n");
        md.append("| git commit | ")
                .append(exec("git rev-parse --short HEAD"))
                .append(exec("git status --porcelain --untracked-files=no").isBlank() ? "" : " (with local changes)")
                .append(" |\n");
        md.append("| load average at the end | ")
                .append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append(" |\n\n");
        md.append("| Workload | Measure | Journal | Raw PostgreSQL | Ratio | Target | Met |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (String[] r : rows) {
            md.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        md.append("\n");
        for (String note : notes) {
            md.append("- ").append(note).append("\n");
        }
        System.out.println();
        System.out.println(md);
        Path dir = Path.of("bench", "results");
        Files.createDirectories(dir);
        Path file = dir.resolve(stamp + ".md");
        Files.writeString(file, md.toString());
        System.out.println("BENCHMARK | written " + file);
    }

    private void row(
            String workload, String measure, String journal, String raw, String ratio, String target, Boolean met) {
        rows.add(
                new String[] {workload, measure, journal, raw, ratio, target, met == null ? "–" : met ? "yes" : "**no**"
                });
        System.out.println("BENCHMARK | " + String.join(" | ", rows.get(rows.size() - 1)));
    }

    // --- database statistics: what one operation costs PostgreSQL ----------------------------------------------

    private Map<String, Long> pgStats() throws SQLException {
        Map<String, Long> stats = new java.util.TreeMap<>();
        try (Connection c = connect(false);
                Statement s = c.createStatement()) {
            // Backends report their counters at most once a second; give them the chance.
            sleep(1100);
            try (ResultSet rs = s.executeQuery("SELECT xact_commit, xact_rollback FROM pg_stat_database "
                    + "WHERE datname = current_database()")) {
                rs.next();
                stats.put("commits", rs.getLong(1));
                stats.put("rollbacks", rs.getLong(2));
            }
            try (ResultSet rs = s.executeQuery(
                    "SELECT relname, coalesce(seq_scan, 0) + coalesce(idx_scan, 0), "
                            + "n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables WHERE schemaname = current_schema()")) {
                while (rs.next()) {
                    stats.put(rs.getString(1) + " scans", rs.getLong(2));
                    stats.put(rs.getString(1) + " writes", rs.getLong(3));
                }
            }
        }
        return stats;
    }

    /** Per operation: commits, rollbacks, and the scans and row writes of each table that had any. */
    static String perOp(Map<String, Long> before, Map<String, Long> after, long ops) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, Long> e : after.entrySet()) {
            long delta = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            if (delta > 0 && ops > 0) {
                out.append(out.isEmpty() ? "" : ", ")
                        .append(e.getKey())
                        .append(' ')
                        .append(String.format(Locale.ROOT, "%.2f", delta / (double) ops));
            }
        }
        return out.toString();
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private void freshSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(baseUrl, owner, ownerPassword);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
            if (!owner.equals(user)) {
                s.execute("GRANT USAGE ON SCHEMA " + schema + " TO \"" + user + "\"");
            }
        }
    }

    private String appUrl() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** As the owner: the raw baselines make and drop their own tables, VACUUM needs it, the generator bulk-loads. */
    private Connection connect(boolean rewriteBatches) throws SQLException {
        return DriverManager.getConnection(
                appUrl() + (rewriteBatches ? "&reWriteBatchedInserts=true" : ""), owner, ownerPassword);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(queryString(sql));
    }

    private String queryString(String sql) throws SQLException {
        try (Connection c = connect(false);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private <T> T bean(Class<T> type) {
        return app.getBean(type);
    }

    private static String meminfo() throws IOException {
        Map<String, String> info = new HashMap<>();
        for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
            String[] parts = line.split(":\\s+");
            if (parts.length == 2) {
                info.put(parts[0], parts[1]);
            }
        }
        return "MemTotal " + info.get("MemTotal") + ", MemAvailable " + info.get("MemAvailable");
    }

    private static String exec(String command) {
        try {
            Process p = new ProcessBuilder("sh", "-c", command)
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor(10, TimeUnit.SECONDS);
            return out;
        } catch (Exception e) {
            return "?";
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void log(String message) {
        System.out.println("[bench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "] " + message);
    }

    private static String prop(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    private static int intProp(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }
}
