package dk.samskabelse.journal.demo;

import dk.samskabelse.journal.api.RecordingMetadata;
import dk.samskabelse.journal.api.StartProject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Plays the demo histories through the command gateway, exactly as the JSON API sends its commands, so that
 * every demo entry passed the journal's rules. Nothing is written to a table directly.
 */
@Component
public class DemoLoader {

    /** What a load did: the histories played, the entries they hold, the time it took, or why it did nothing. */
    public record Result(int histories, int entries, Duration took, String skipped) {

        public boolean loaded() {
            return skipped == null;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);
    private static final long COMMAND_TIMEOUT_SECONDS = 60;

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    public DemoLoader(CommandGateway commands, EventStore eventStore, JdbcTemplate jdbc, Clock clock) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<DemoPlan> plans() {
        return DemoHistories.plans(clock.getZone());
    }

    /**
     * Loads the demo histories into a journal that has no projects of its own. The question is put to the event
     * store, not to the portfolio projection, which may still be catching up after a start. A demo history whose
     * stream holds fewer events than its entries (a load that was interrupted) is played again; the repeated
     * entries are acknowledged without new events. A journal with any other project is left alone.
     */
    public Result loadIntoEmptyJournal() {
        long start = System.nanoTime();
        List<DemoPlan> plans = plans();
        Set<String> demoProjects = plans.stream().map(DemoPlan::projectId).collect(Collectors.toSet());
        List<String> projects = jdbc.queryForList(
                "SELECT aggregate_identifier FROM domain_event_entry WHERE sequence_number = 0", String.class);
        long own = projects.stream().filter(id -> !demoProjects.contains(id)).count();
        if (own > 0) {
            return new Result(0, 0, elapsed(start), "the journal holds " + own + " project(s) of its own");
        }
        List<DemoPlan> missing = plans.stream()
                .filter(plan -> storedEvents(plan) < plan.entries())
                .toList();
        if (missing.isEmpty()) {
            return new Result(0, 0, elapsed(start), "the demo histories are already there");
        }
        return play(missing, start);
    }

    /** Plays every demo history, whatever the journal holds; histories already there gain nothing. */
    public Result loadAll() {
        return play(plans(), System.nanoTime());
    }

    private Result play(List<DemoPlan> plans, long start) {
        int entries = 0;
        for (DemoPlan plan : plans) {
            play(plan);
            entries += plan.entries();
        }
        return new Result(plans.size(), entries, elapsed(start), null);
    }

    void play(DemoPlan plan) {
        boolean exists = storedEvents(plan) > 0;
        for (DemoPlan.Step step : plan.steps()) {
            if (step.command() instanceof StartProject && exists) {
                continue;
            }
            try {
                commands.sendAndWait(
                        GenericCommandMessage.asCommandMessage(step.command())
                                .andMetaData(Map.of(
                                        RecordingMetadata.RECORDED_BY, step.recordedBy(),
                                        RecordingMetadata.RECORDED_AT,
                                                step.recordedAt().toString())),
                        COMMAND_TIMEOUT_SECONDS,
                        TimeUnit.SECONDS);
            } catch (AggregateStreamCreationException e) {
                // Another journal instance on the same database started this demo project first.
                log.debug("Demo project {} already exists", plan.key());
            } catch (RuntimeException e) {
                throw new DemoDataException(
                        plan.file() + ": " + step.label() + " ("
                                + step.command().getClass().getSimpleName() + ") was refused: " + e.getMessage(),
                        e);
            }
        }
    }

    long storedEvents(DemoPlan plan) {
        return eventStore
                .lastSequenceNumberFor(plan.projectId())
                .map(last -> last + 1)
                .orElse(0L);
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
