package dk.samskabelse.journal.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 7 "Two instances": two journal processes on one PostgreSQL schema, writes sent to both. Once both run,
 * each projection's two processor segments are owned by different instances (token_entry.owner is "pid@host")
 * and every event is projected exactly once. Then one instance is killed with SIGKILL: the survivor takes over
 * its segments once their claims expire, writes go on against the survivor, and in the end every acknowledged
 * entry is stored exactly once and the projections equal a fresh rebuild.
 */
@Tag("reliability")
class TwoInstancesIT {

    private static final Duration SHARING_WITHIN = Duration.ofSeconds(60);
    private static final Duration TAKEOVER_WITHIN = Duration.ofSeconds(90);

    private static JournalProcess first;
    private static JournalProcess second;

    @AfterAll
    static void stopJournals() {
        for (JournalProcess journal : new JournalProcess[] {first, second}) {
            if (journal != null) {
                journal.stop();
            }
        }
    }

    @Test
    // About two minutes on an idle two-core machine.
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    void twoInstancesShareTheSegmentsAndTheSurvivorTakesOver() {
        JournalProcess.Database database = Reliability.freshSchema("two_instances_it");
        StoredJournal store = new StoredJournal(database);
        first = new JournalProcess("two-instances-a", database).start();
        second = new JournalProcess("two-instances-b", database).start();
        ApiClient admin = ApiClient.admin(first);
        WriteLoad.ensureLeader(admin);
        ApiClient leaderFirst = WriteLoad.leader(first);
        ApiClient leaderSecond = WriteLoad.leader(second);
        List<String> projects = List.of(
                WriteLoad.startProject(leaderFirst, "To A"),
                WriteLoad.startProject(leaderSecond, "To B"),
                WriteLoad.startProject(leaderFirst, "To C"));
        String firstOwner = first.pid() + "@";
        String secondOwner = second.pid() + "@";

        Map<String, WriteLoad.Ack> acknowledged = new HashMap<>();
        long sent;
        int serverErrors;
        int conflicts;
        List<String> unexpected;
        double sharedAfter;
        double takeoverSeconds;
        Map<String, String> timelineWhileBoth;
        // Phase 1: both instances take writes; the segments are shared.
        try (WriteLoad load = new WriteLoad("both", List.of(leaderFirst, leaderSecond), projects, 4, 10)) {
            long start = System.nanoTime();
            load.start();
            boolean shared = awaitOwners(
                    store,
                    SHARING_WITHIN,
                    owners -> owners.values().stream()
                            .allMatch(segments -> segments.size() == 2
                                    && segments.stream().anyMatch(o -> o != null && o.startsWith(firstOwner))
                                    && segments.stream().anyMatch(o -> o != null && o.startsWith(secondOwner))));
            sharedAfter = (System.nanoTime() - start) / 1e9;
            assertThat(shared)
                    .as("each projection's segments owned by both instances: " + owners(store))
                    .isTrue();
            assertThat(load.awaitAcknowledged(50, Duration.ofSeconds(60))).isTrue();
            assertThat(load.countIn("up", "201")).isPositive();
            load.close();
            assertThat(store.awaitProjectionsCaughtUp(Duration.ofSeconds(60)))
                    .as("caught up: " + store.projectionTokens())
                    .isTrue();
            timelineWhileBoth = store.timelineMismatches();
            acknowledged.putAll(load.acknowledged());
            sent = load.sent();
            serverErrors = load.serverErrors();
            conflicts = load.count("409");
            unexpected = new java.util.ArrayList<>(load.unexpected());
        }
        System.out.println("TwoInstancesIT owners while both run " + owners(store));

        // Phase 2: the second instance is killed during writes; the first takes over its segments.
        try (WriteLoad load = new WriteLoad("survivor", List.of(leaderFirst, leaderSecond), projects, 4, 10)) {
            load.start();
            assertThat(load.awaitAcknowledged(20, Duration.ofSeconds(30))).isTrue();
            second.kill();
            long killed = System.nanoTime();
            load.phase("after-kill");
            boolean tookOver = awaitOwners(
                    store,
                    TAKEOVER_WITHIN,
                    owners -> owners.values().stream()
                            .allMatch(segments -> segments.size() == 2
                                    && segments.stream().allMatch(o -> o != null && o.startsWith(firstOwner))));
            takeoverSeconds = (System.nanoTime() - killed) / 1e9;
            assertThat(tookOver)
                    .as("the survivor owns every segment: " + owners(store))
                    .isTrue();
            assertThat(load.awaitAcknowledged(30, Duration.ofSeconds(30)))
                    .as("writes on the survivor")
                    .isTrue();
            load.close();
            acknowledged.putAll(load.acknowledged());
            sent += load.sent();
            serverErrors += load.serverErrors();
            conflicts += load.count("409");
            unexpected.addAll(load.unexpected());
            System.out.println("TwoInstancesIT answers after the kill " + load.answers());
        }

        StoredJournal.Verdict verdict = store.verify(acknowledged);
        StoredJournal.RebuildComparison rebuild = store.rebuildAndCompare(admin, Duration.ofSeconds(90));
        Map<String, String> timeline = store.timelineMismatches();
        System.out.println("RELIABILITY | two instances (shared segments, SIGKILL one) | sent=" + sent + " "
                + verdict.summary() + " 5xx=" + serverErrors + " 409=" + conflicts + " segmentsSharedAfter="
                + Math.round(sharedAfter) + "s takeoverAfterKill=" + Math.round(takeoverSeconds) + "s"
                + " timelineMismatchesWhileBoth=" + timelineWhileBoth.size() + " projectionRows="
                + StoredJournal.rows(rebuild.live()) + " rebuildDifferences="
                + rebuild.differences().size());

        assertThat(timelineWhileBoth)
                .as("each event on the timeline exactly once while both ran")
                .isEmpty();
        assertThat(verdict.missing()).as("acknowledged entries missing").isEmpty();
        assertThat(verdict.duplicates()).as("entries stored twice").isEmpty();
        assertThat(verdict.sequenceGaps()).isEmpty();
        assertThat(rebuild.differences())
                .as("live projections against a fresh rebuild")
                .isEmpty();
        assertThat(timeline).as("each event on the timeline exactly once").isEmpty();
        assertThat(serverErrors).as("5xx answers: " + unexpected).isZero();
        assertThat(unexpected).isEmpty();
    }

    /** Owners of each projection's segments, by processor. */
    private static Map<String, List<String>> owners(StoredJournal store) {
        return owners(store.projectionTokens());
    }

    private static Map<String, List<String>> owners(List<StoredJournal.Token> tokens) {
        return tokens.stream()
                .collect(Collectors.groupingBy(
                        StoredJournal.Token::processor,
                        TreeMap::new,
                        Collectors.mapping(t -> t.owner() == null ? "-" : t.owner(), Collectors.toList())));
    }

    private static boolean awaitOwners(
            StoredJournal store, Duration timeout, Predicate<Map<String, List<String>>> condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, List<String>> owners = owners(store.projectionTokensOrNone());
            if (owners.size() == StoredJournal.PROJECTIONS.size() && condition.test(owners)) {
                return true;
            }
            JournalProcess.sleep(250);
        }
        return false;
    }
}
