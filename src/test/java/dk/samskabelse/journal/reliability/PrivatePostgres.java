package dk.samskabelse.journal.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL instance of the test's own (initdb into a temporary directory, its own port and socket directory,
 * trust authentication on loopback), so that it can be stopped and started without touching the machine's
 * cluster. PostgreSQL refuses to run as root: as root the commands run as the postgres user (runuser), which
 * then owns the directory. Its roles are those of production, made by scripts/postgres-roles.sql: the journal
 * connects as journal_app, which owns nothing, and Flyway migrates as journal_owner into the database journal.
 */
final class PrivatePostgres {

    private static final String SUPERUSER = "postgres";
    private static final String OWNER = "journal_owner";
    private static final String APP = "journal_app";
    private static final String DATABASE = "journal";

    private final Path bin;
    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean asPostgresUser;

    private PrivatePostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.data = dir.resolve("data");
        this.port = port;
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
    }

    /** initdb and start; fails with a clear message when no PostgreSQL server binaries are installed. */
    static PrivatePostgres create() {
        Path bin = serverBinaries();
        try {
            PrivatePostgres pg =
                    new PrivatePostgres(bin, Files.createTempDirectory("journal-pg-"), JournalProcess.freePort());
            if (pg.asPostgresUser) {
                pg.run(false, "chown", "postgres:", pg.dir.toString());
            }
            pg.run(
                    true,
                    bin.resolve("initdb").toString(),
                    "-D",
                    pg.data.toString(),
                    "-U",
                    SUPERUSER,
                    "-A",
                    "trust",
                    "-E",
                    "UTF8",
                    "--locale=C",
                    "--no-sync");
            pg.start();
            pg.createRoles();
            return pg;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the private PostgreSQL directory", e);
        }
    }

    private static Path serverBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(
                            b -> versionNumber(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new AssertionError("DatabaseRestartIT needs the PostgreSQL server binaries "
                            + "(initdb, pg_ctl) under /usr/lib/postgresql/<version>/bin"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int versionNumber(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    JournalProcess.Database database() {
        return new JournalProcess.Database(
                "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, APP, APP, OWNER, OWNER);
    }

    /** The owner and application roles and the database, as scripts/postgres-roles.sql makes them anywhere. */
    private void createRoles() throws IOException {
        Path script = dir.resolve("postgres-roles.sql");
        Files.copy(Path.of("scripts", "postgres-roles.sql"), script);
        run(
                true,
                bin.resolve("psql").toString(),
                "-X",
                "-q",
                "-h",
                "127.0.0.1",
                "-p",
                Integer.toString(port),
                "-U",
                SUPERUSER,
                "-d",
                "postgres",
                "-v",
                "owner=" + OWNER,
                "-v",
                "owner_password=" + OWNER,
                "-v",
                "app=" + APP,
                "-v",
                "app_password=" + APP,
                "-v",
                "database=" + DATABASE,
                "-f",
                script.toString());
    }

    int port() {
        return port;
    }

    void start() {
        run(
                true,
                bin.resolve("pg_ctl").toString(),
                "-D",
                data.toString(),
                "-l",
                dir.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "60",
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1",
                "start");
    }

    /** Stops the server; "immediate" is a crash of the database server (recovery at the next start). */
    void stop(String mode) {
        run(true, bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", mode, "-w", "-t", "60", "stop");
    }

    /** Stops it if it runs and removes its directory. */
    void destroy() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop("immediate");
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // Left in the temporary directory.
            }
        }
    }

    private void run(boolean pgCommand, String... command) {
        List<String> line = new ArrayList<>();
        if (pgCommand && asPostgresUser) {
            line.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        line.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("journal-pg-command-", ".log");
            Process process = new ProcessBuilder(line)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + line);
            }
            String text = Files.readString(output);
            Files.delete(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + line + "\n" + text);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + line, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
