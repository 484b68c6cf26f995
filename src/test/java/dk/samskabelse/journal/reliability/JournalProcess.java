package dk.samskabelse.journal.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged journal (system property journal.test.jar, set by the reliability profile) run as a child process,
 * so that it can be killed with SIGKILL like a crashed server. Its output goes to target/reliability/&lt;name&gt;.log;
 * a restart appends to the same file.
 */
final class JournalProcess {

    static final String ADMIN_PASSWORD = "reliability-admin-password";
    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    /** The journal connects as {@code user}; Flyway migrates as {@code owner} when there is one (else null). */
    record Database(String url, String user, String password, String owner, String ownerPassword) {}

    private final String name;
    private final Database database;
    private final int port;
    private final Path log;
    private Process process;

    JournalProcess(String name, Database database) {
        this.name = name;
        this.database = database;
        this.port = freePort();
        this.log = Path.of("target", "reliability", name + ".log");
    }

    static Path jar() {
        String jar = System.getProperty("journal.test.jar", "");
        if (jar.isBlank() || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("System property journal.test.jar must name the packaged journal (run "
                    + "./mvnw -Preliability verify, which packages it first); was '" + jar + "'");
        }
        return Path.of(jar);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the journal and waits until /actuator/health says UP. */
    JournalProcess start() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(
                    log,
                    "\n===== start of " + name + " =====\n",
                    java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx384m",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar().toString(),
                    // Cheap password hashes keep HTTP Basic from eating the two cores the tests share.
                    "--journal.security.bcrypt-strength=4"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            Map<String, String> env = builder.environment();
            env.put("JOURNAL_DB_URL", database.url());
            env.put("JOURNAL_DB_USER", database.user());
            env.put("JOURNAL_DB_PASSWORD", database.password());
            if (database.owner() != null) {
                env.put("JOURNAL_DB_OWNER", database.owner());
                env.put("JOURNAL_DB_OWNER_PASSWORD", database.ownerPassword());
            }
            env.put("JOURNAL_DEMO", "false");
            env.put("JOURNAL_ADMIN_PASSWORD", ADMIN_PASSWORD);
            env.put("PORT", Integer.toString(port));
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name, e);
        }
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with " + process.exitValue() + " while starting:\n" + logTail());
            }
            try {
                HttpResponse<String> health = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException(name + " was not healthy within " + STARTUP_TIMEOUT + ":\n" + logTail());
    }

    /** SIGKILL: no shutdown hook, no flushing, like a power cut of the process. */
    void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        waitForExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, the ordinary shutdown; SIGKILL if it takes too long. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!waitForExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private boolean waitForExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
