package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7 "Crash": the journal runs as its own process on PostgreSQL while client threads record entries; it is
 * killed with SIGKILL three times at random moments (seeded; -Djournal.test.seed=S repeats the moments) and
 * started again. Afterwards every acknowledged entry is stored exactly once, every project's sequence numbers
 * are contiguous, and the projections the journal kept through the crashes equal a fresh rebuild.
 */
@Tag("reliability")
class CrashIT {

    private static final int CRASHES = 3;
    private static JournalProcess journal;

    @AfterAll
    static void stopJournal() {
        if (journal != null) {
            journal.stop();
        }
    }

    @Test
    // About two minutes on an idle two-core machine; journal start-ups take much longer when it is loaded.
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killedJournalLosesNothingAndItsProjectionsEqualARebuild() {
        long seed = Reliability.seed();
        Random random = new Random(seed);
        System.out.println("CrashIT seed=" + seed + " (repeat with -Djournal.test.seed=" + seed + ")");
        JournalProcess.Database database = Reliability.freshSchema("crash_it");
        journal = new JournalProcess("crash", database).start();
        ApiClient admin = ApiClient.admin(journal);
        WriteLoad.ensureLeader(admin);
        ApiClient leader = WriteLoad.leader(journal);
        List<String> projects =
                List.of(WriteLoad.startProject(leader, "Crash A"), WriteLoad.startProject(leader, "Crash B"));

        List<String> crashes = new ArrayList<>();
        try (WriteLoad load = new WriteLoad("crash", List.of(leader), projects, 4, 0)) {
            load.start();
            assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(30)))
                    .as("writes accepted before the crashes")
                    .isTrue();
            for (int crash = 1; crash <= CRASHES; crash++) {
                long after = 500 + random.nextInt(4000);
                JournalProcess.sleep(after);
                long pid = journal.pid();
                int acknowledgedBefore = load.acknowledged().size();
                journal.kill();
                crashes.add("kill " + crash + ": pid " + pid + " after " + after + " ms, " + acknowledgedBefore
                        + " acknowledged");
                journal.start();
                assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(60)))
                        .as("writes accepted again after restart " + crash)
                        .isTrue();
            }
            JournalProcess.sleep(1000);
            load.phase("after");
            load.close();

            StoredJournal store = new StoredJournal(database);
            StoredJournal.Verdict verdict = store.verify(load.acknowledged());
            StoredJournal.RebuildComparison rebuild = store.rebuildAndCompare(admin, Duration.ofSeconds(90));
            var timeline = store.timelineMismatches();
            System.out.println("CrashIT " + crashes + " answers " + load.answers());
            System.out.println("RELIABILITY | crash (3× SIGKILL + restart) | sent=" + load.sent() + " "
                    + verdict.summary() + " storedInsights=" + verdict.storedInsights() + " 5xx="
                    + load.serverErrors() + " 409=" + load.count("409") + " noConnection="
                    + load.count("no-connection") + " projectionRows=" + StoredJournal.rows(rebuild.live())
                    + " rebuildDifferences=" + rebuild.differences().size() + " timelineMismatches="
                    + timeline.size() + " seed=" + seed);

            assertThat(verdict.missing())
                    .as("acknowledged entries missing from the event store")
                    .isEmpty();
            assertThat(verdict.duplicates()).as("entries stored more than once").isEmpty();
            assertThat(verdict.sequenceGaps())
                    .as("sequence numbers per project")
                    .isEmpty();
            assertThat(verdict.storedInsights()).isGreaterThanOrEqualTo(verdict.acknowledged());
            assertThat(rebuild.differences())
                    .as("live projections against a fresh rebuild")
                    .isEmpty();
            assertThat(timeline)
                    .as("timeline rows per project against its events")
                    .isEmpty();
            assertThat(load.serverErrors())
                    .as("5xx answers: " + load.unexpected())
                    .isZero();
            assertThat(load.unexpected()).isEmpty();
        }
    }
}
