package dk.samskabelse.journal.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Client threads recording insights through the HTTP API. Each insight carries its own marker text
 * ("&lt;scenario&gt;-&lt;thread&gt;-&lt;n&gt;"), so a stored copy can be told apart even when its answer never arrived;
 * the entry id of every acknowledged (2xx) write is kept. Answers are counted per phase of the scenario (set by
 * the test, e.g. "up", "database down"), and a thread that cannot connect moves on to the next journal.
 */
final class WriteLoad implements AutoCloseable {

    static final String LEADER = "leder";
    static final String LEADER_PASSWORD = "reliability-leader-password";

    record Ack(String entryId, String marker, String projectId) {}

    private final String scenario;
    private final List<ApiClient> journals;
    private final List<String> projects;
    private final int threads;
    private final long pauseMillis;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicReference<String> phase = new AtomicReference<>("up");
    private final List<Thread> workers = new ArrayList<>();
    private final Map<String, Ack> acknowledged = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final List<String> unexpected = new CopyOnWriteArrayList<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong lastAck = new AtomicLong();

    WriteLoad(String scenario, List<ApiClient> journals, List<String> projects, int threads, long pauseMillis) {
        this.scenario = scenario;
        this.journals = journals;
        this.projects = projects;
        this.threads = threads;
        this.pauseMillis = pauseMillis;
    }

    /** Creates the project leader (if missing) with the administrator's client. */
    static void ensureLeader(ApiClient admin) {
        ApiClient.Answer created = admin.post(
                "/api/admin/users", Map.of("username", LEADER, "role", "PROJEKTLEDER", "password", LEADER_PASSWORD));
        if (created.status() != 201 && created.status() != 409) {
            throw new AssertionError("Cannot create the project leader: " + created);
        }
    }

    static ApiClient leader(JournalProcess journal) {
        return new ApiClient(journal.port(), LEADER, LEADER_PASSWORD);
    }

    static String startProject(ApiClient leader, String name) {
        ApiClient.Answer started = leader.post(
                "/api/projects",
                Map.of(
                        "name",
                        name,
                        "municipality",
                        "Næstved",
                        "area",
                        "SUNDHED",
                        "purpose",
                        "Fejltest af journalen",
                        "startedOn",
                        "2026-01-05"));
        if (started.status() != 201) {
            throw new AssertionError("Cannot start a project: " + started);
        }
        return started.json().path("projectId").asText();
    }

    void phase(String name) {
        phase.set(name);
    }

    void start() {
        running.set(true);
        for (int t = 0; t < threads; t++) {
            int thread = t;
            Thread worker = new Thread(() -> write(thread), scenario + "-writer-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    private void write(int thread) {
        String project = projects.get(thread % projects.size());
        int journal = thread % journals.size();
        int n = 0;
        while (running.get()) {
            String marker = scenario + "-" + thread + "-" + n++;
            String currentPhase = phase.get();
            ApiClient client = journals.get(journal);
            sent.incrementAndGet();
            ApiClient.Answer answer =
                    client.post("/api/projects/" + project + "/insights", Map.of("focus", "PROCES", "text", marker));
            count(currentPhase, answer);
            if (answer.ok()) {
                String entryId = answer.json().path("entryId").asText();
                acknowledged.put(entryId, new Ack(entryId, marker, project));
                lastAck.set(System.nanoTime());
            } else if (answer.status() == ApiClient.NO_CONNECTION) {
                journal = (journal + 1) % journals.size();
                pause(250);
            } else if (answer.status() >= 500) {
                pause(100);
            }
            if (pauseMillis > 0) {
                pause(pauseMillis);
            }
        }
    }

    private void count(String currentPhase, ApiClient.Answer answer) {
        String key = currentPhase + ":"
                + (answer.status() == ApiClient.NO_CONNECTION ? "no-connection" : Integer.toString(answer.status()));
        answers.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        boolean expected = answer.ok()
                || answer.status() == 409
                || answer.status() == ApiClient.NO_CONNECTION
                || answer.status() == 503;
        if (!expected && unexpected.size() < 20) {
            unexpected.add(currentPhase + " " + answer.status() + " " + answer.body());
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until at least this many more writes were acknowledged (or the time is up). */
    boolean awaitAcknowledged(int more, java.time.Duration timeout) {
        int target = acknowledged.size() + more;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (acknowledged.size() >= target) {
                return true;
            }
            pause(20);
        }
        return false;
    }

    @Override
    public void close() {
        running.set(false);
        for (Thread worker : workers) {
            try {
                worker.join(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    Map<String, Ack> acknowledged() {
        return acknowledged;
    }

    long sent() {
        return sent.get();
    }

    long lastAckNanos() {
        return lastAck.get();
    }

    /** Answers with this status (or "no-connection") in every phase. */
    int count(String status) {
        return answers.entrySet().stream()
                .filter(e -> e.getKey().endsWith(":" + status))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    int countIn(String phaseName, String status) {
        AtomicInteger n = answers.get(phaseName + ":" + status);
        return n == null ? 0 : n.get();
    }

    /** Answers in a phase with any status but this one. */
    int countInExcept(String phaseName, String status) {
        return answers.entrySet().stream()
                .filter(e ->
                        e.getKey().startsWith(phaseName + ":") && !e.getKey().equals(phaseName + ":" + status))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    /** Answers 500 and above (503 included); what a phase expects is the test's to say. */
    int serverErrors() {
        return answers.entrySet().stream()
                .filter(e -> e.getKey().matches(".*:5\\d\\d"))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    int serverErrorsOtherThan503() {
        return answers.entrySet().stream()
                .filter(e -> e.getKey().matches(".*:5\\d\\d") && !e.getKey().endsWith(":503"))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    List<String> unexpected() {
        return unexpected;
    }

    String answers() {
        return new TreeMap<>(answers)
                .entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", "{", "}"));
    }
}
