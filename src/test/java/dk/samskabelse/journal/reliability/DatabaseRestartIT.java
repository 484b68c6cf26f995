package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7 "Database restart": the journal runs as its own process on a private PostgreSQL instance while client
 * threads record entries; the database is stopped (immediate shutdown, as in a crash of the database server).
 * While it is down every answer, to reads and writes alike, is 503 problem JSON (never a 200 with partial data,
 * never a 500); once it is started again writes are accepted within 30 s, no acknowledged entry is lost, and the
 * event processors resume by themselves and catch up to the head.
 */
@Tag("reliability")
class DatabaseRestartIT {

    private static final Duration DOWN_FOR = Duration.ofSeconds(10);
    private static final Duration BACK_WITHIN = Duration.ofSeconds(30);

    private static PrivatePostgres postgres;
    private static JournalProcess journal;

    @AfterAll
    static void cleanUp() {
        if (journal != null) {
            journal.stop();
        }
        if (postgres != null) {
            postgres.destroy();
        }
    }

    @Test
    // About a minute and a half on an idle two-core machine.
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void journalAnswers503WhileTheDatabaseIsDownAndRecoversByItself() {
        postgres = PrivatePostgres.create();
        JournalProcess.Database database = postgres.database();
        journal = new JournalProcess("database-restart", database).start();
        ApiClient admin = ApiClient.admin(journal);
        WriteLoad.ensureLeader(admin);
        ApiClient leader = WriteLoad.leader(journal);
        List<String> projects =
                List.of(WriteLoad.startProject(leader, "Restart A"), WriteLoad.startProject(leader, "Restart B"));
        String project = projects.get(0);

        List<String> violations = new ArrayList<>();
        int probes = 0;
        double recoverySeconds;
        try (WriteLoad load = new WriteLoad("restart", List.of(leader), projects, 3, 20)) {
            load.start();
            assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(30)))
                    .as("writes before the stop")
                    .isTrue();

            load.phase("stopping");
            postgres.stop("immediate");
            // Answers to requests already under way when the server went may still be successes.
            JournalProcess.sleep(1000);
            load.phase("down");
            long downUntil = System.nanoTime() + DOWN_FOR.toNanos();
            List<String> reads = List.of(
                    "/api/projects",
                    "/api/projects/" + project + "/timeline",
                    "/api/projects/" + project + "/roles",
                    "/api/projects/" + project + "/phases",
                    "/api/projects/" + project + "/engagements",
                    "/api/projects/" + project + "/typology",
                    "/api/projects/" + project + "/events");
            while (System.nanoTime() < downUntil) {
                for (String read : reads) {
                    probes++;
                    checkUnavailable("GET " + read, leader.get(read), violations);
                }
                probes++;
                checkUnavailable(
                        "POST insight",
                        leader.post(
                                "/api/projects/" + project + "/insights",
                                Map.of("focus", "PROCES", "text", "probe while down " + probes)),
                        violations);
                probes++;
                checkUnavailable(
                        "POST project",
                        leader.post(
                                "/api/projects",
                                Map.of(
                                        "name",
                                        "Probe",
                                        "municipality",
                                        "Næstved",
                                        "area",
                                        "SUNDHED",
                                        "purpose",
                                        "Probe",
                                        "startedOn",
                                        "2026-01-05")),
                        violations);
                probes++;
                checkUnavailable("GET admin users", admin.get("/api/admin/users"), violations);
            }
            int writesDown = load.countIn("down", "503");
            load.phase("starting");
            postgres.start();
            long started = System.nanoTime();
            load.phase("back");
            long deadline = started + BACK_WITHIN.toNanos();
            while (load.lastAckNanos() < started && System.nanoTime() < deadline) {
                JournalProcess.sleep(100);
            }
            assertThat(load.lastAckNanos())
                    .as("a write accepted within " + BACK_WITHIN + " of the restart: " + load.answers())
                    .isGreaterThan(started);
            recoverySeconds = (load.lastAckNanos() - started) / 1e9;
            assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(30)))
                    .as("writes after the restart")
                    .isTrue();
            load.close();

            StoredJournal store = new StoredJournal(database);
            StoredJournal.Verdict verdict = store.verify(load.acknowledged());
            boolean caughtUp = store.awaitProjectionsCaughtUp(Duration.ofSeconds(60));
            JsonNode status = admin.get("/api/admin/projections").json();
            List<String> stuck = new ArrayList<>();
            for (JsonNode processor : status.path("processors")) {
                if (!processor.path("running").asBoolean()
                        || processor.path("error").asBoolean()
                        || processor.path("position").asLong()
                                < processor.path("head").asLong()) {
                    stuck.add(processor.toString());
                }
            }
            var timeline = store.timelineMismatches();
            System.out.println("DatabaseRestartIT answers " + load.answers() + "; violations " + violations);
            System.out.println("RELIABILITY | database restart (immediate stop " + DOWN_FOR.toSeconds() + " s) | sent="
                    + load.sent() + " " + verdict.summary() + " 5xx(not 503)=" + load.serverErrorsOtherThan503()
                    + " 503whileDown=" + (writesDown + probes - violations.size()) + " probesWhileDown=" + probes
                    + " non503WhileDown=" + (violations.size() + nonUnavailable(load))
                    + " firstWriteAfterRestart=" + Math.round(recoverySeconds * 10) / 10.0 + "s"
                    + " processorsCaughtUp=" + (caughtUp && stuck.isEmpty()) + " timelineMismatches="
                    + timeline.size());

            assertThat(violations).as("answers while the database was down").isEmpty();
            assertThat(nonUnavailable(load))
                    .as("writer answers while down other than 503: " + load.answers())
                    .isZero();
            assertThat(load.serverErrorsOtherThan503())
                    .as("5xx other than 503: " + load.unexpected())
                    .isZero();
            assertThat(load.unexpected()).isEmpty();
            assertThat(verdict.missing()).as("acknowledged entries lost").isEmpty();
            assertThat(verdict.duplicates()).as("entries stored twice").isEmpty();
            assertThat(verdict.sequenceGaps()).isEmpty();
            assertThat(caughtUp)
                    .as("projections back at the head: " + store.projectionTokens())
                    .isTrue();
            assertThat(stuck)
                    .as("processors running, without error, at the head")
                    .isEmpty();
            assertThat(timeline).as("each event on the timeline once").isEmpty();
        }
    }

    private static int nonUnavailable(WriteLoad load) {
        return load.countInExcept("down", "503");
    }

    private static void checkUnavailable(String what, ApiClient.Answer answer, List<String> violations) {
        boolean problem = answer.status() == 503
                && answer.contentType().startsWith("application/problem+json")
                && "DATABASE_UNAVAILABLE".equals(answer.json().path("code").asText());
        if (!problem && violations.size() < 50) {
            violations.add(what + " -> " + answer.status() + " " + answer.contentType() + " "
                    + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
    }
}
