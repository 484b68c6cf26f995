package dk.samskabelse.journal.query.projection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Upgrades a database of a journal from before issue 14, whose six processing groups (one per projection,
 * {@link ProjectionGroups#LEGACY}) each kept their own tokens and dead letters, to the one group
 * {@value ProjectionGroups#PROJECTIONS}. It runs once all beans exist and before Axon starts any processor
 * (Spring starts lifecycles after every {@link SmartInitializingSingleton}), in one transaction that locks the old
 * token rows, so that two instances starting together upgrade once.
 * <p>
 * When the six old groups stand at the same place (the same segments, and per segment equal tokens) and none has
 * a parked event, every projection holds exactly the events up to that place: the new group takes over those
 * tokens and goes on from there, nothing is projected twice and nothing is skipped. Otherwise (one group was
 * behind, or had parked events) the projections cannot be continued as one: their rows are cleared, the old dead
 * letters dropped, and the new group replays the event store from its start, which is where every row comes from
 * anyway (a rebuild). Either way the old groups' token rows go. The log says which way was taken.
 */
@Component
class ProcessorUpgrade implements SmartInitializingSingleton {

    /** Which way an upgrade went. */
    enum Outcome {
        NOTHING_TO_DO,
        TOOK_OVER_TOKENS,
        REBUILD
    }

    private static final Logger log = LoggerFactory.getLogger(ProcessorUpgrade.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Serializer serializer;
    private final ProjectionEventHandler handler;
    private volatile Outcome outcome = Outcome.NOTHING_TO_DO;

    ProcessorUpgrade(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            Serializer serializer,
            ProjectionEventHandler handler) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.serializer = serializer;
        this.handler = handler;
    }

    @Override
    public void afterSingletonsInstantiated() {
        outcome = transactions.execute(status -> upgrade());
    }

    /** What the upgrade at this start did. */
    Outcome outcome() {
        return outcome;
    }

    private Outcome upgrade() {
        String legacy = String.join(", ", Collections.nCopies(ProjectionGroups.LEGACY.size(), "?"));
        Object[] names = ProjectionGroups.LEGACY.toArray();
        // Locks the old rows: a second instance starting at the same time waits here and then finds none.
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT processor_name, segment, token, token_type " + "FROM token_entry WHERE processor_name IN ("
                        + legacy + ") FOR UPDATE",
                names);
        if (rows.isEmpty()) {
            return Outcome.NOTHING_TO_DO;
        }
        Integer current = jdbc.queryForObject(
                "SELECT count(*) FROM token_entry WHERE processor_name = ?",
                Integer.class,
                ProjectionGroups.PROJECTIONS);
        Integer parked = jdbc.queryForObject(
                "SELECT count(*) FROM dead_letter_entry WHERE processing_group IN (" + legacy + ")",
                Integer.class,
                names);
        if (current != null && current > 0) {
            // An instance of the old version ran against an upgraded database: its groups are orphans.
            log.warn(
                    "Removing the tokens and {} dead letters of the old processing groups {}; the group {} "
                            + "already projects every event",
                    parked,
                    ProjectionGroups.LEGACY,
                    ProjectionGroups.PROJECTIONS);
            dropLegacy(legacy, names);
            return Outcome.NOTHING_TO_DO;
        }
        Map<String, Map<Integer, Object>> tokens = new HashMap<>();
        for (Map<String, Object> row : rows) {
            tokens.computeIfAbsent((String) row.get("processor_name"), group -> new HashMap<>())
                    .put(((Number) row.get("segment")).intValue(), token(row));
        }
        String uneven = uneven(tokens);
        if (uneven == null && parked != null && parked == 0) {
            String first = ProjectionGroups.LEGACY.get(0);
            jdbc.update(
                    "DELETE FROM token_entry WHERE processor_name IN (" + legacy + ") AND processor_name <> ?",
                    append(names, first));
            jdbc.update(
                    "UPDATE token_entry SET processor_name = ?, owner = NULL WHERE processor_name = ?",
                    ProjectionGroups.PROJECTIONS,
                    first);
            log.info(
                    "Upgrade: the six projection processors {} stood at the same tokens on segments {}; the "
                            + "processor {} takes them over and goes on from there (no rebuild)",
                    ProjectionGroups.LEGACY,
                    tokens.get(first).keySet(),
                    ProjectionGroups.PROJECTIONS);
            return Outcome.TOOK_OVER_TOKENS;
        }
        String why = uneven != null ? uneven : parked + " events were parked as dead letters";
        handler.reset();
        dropLegacy(legacy, names);
        log.warn(
                "Upgrade: the projection processors {} cannot be continued as one ({}); every projection is "
                        + "cleared and the processor {} rebuilds them from the event store",
                ProjectionGroups.LEGACY,
                why,
                ProjectionGroups.PROJECTIONS);
        return Outcome.REBUILD;
    }

    private void dropLegacy(String legacy, Object[] names) {
        jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group IN (" + legacy + ")", names);
        jdbc.update("DELETE FROM token_entry WHERE processor_name IN (" + legacy + ")", names);
    }

    /** Why the old groups' tokens cannot be taken over as one, or null when they can. */
    private static String uneven(Map<String, Map<Integer, Object>> tokens) {
        Map<Integer, Object> reference = tokens.get(ProjectionGroups.LEGACY.get(0));
        for (String group : ProjectionGroups.LEGACY) {
            Map<Integer, Object> theirs = tokens.get(group);
            if (theirs == null || reference == null) {
                return "the group " + group + " or " + ProjectionGroups.LEGACY.get(0) + " has no token";
            }
            if (!theirs.keySet().equals(reference.keySet())) {
                return "the group " + group + " has segments " + theirs.keySet() + ", not " + reference.keySet();
            }
            for (Map.Entry<Integer, Object> segment : reference.entrySet()) {
                if (!Objects.equals(segment.getValue(), theirs.get(segment.getKey()))) {
                    return "the group " + group + " stands elsewhere on segment " + segment.getKey();
                }
            }
        }
        return null;
    }

    /** The deserialised token (they are equal when they stand at the same place), or a marker that never is. */
    private Object token(Map<String, Object> row) {
        byte[] bytes = (byte[]) row.get("token");
        String type = (String) row.get("token_type");
        if (bytes == null || type == null) {
            return null;
        }
        try {
            return serializer.deserialize(
                    new SimpleSerializedObject<>(bytes, byte[].class, new SimpleSerializedType(type, null)));
        } catch (RuntimeException e) {
            log.warn(
                    "Token of {} segment {} could not be read: {}",
                    row.get("processor_name"),
                    row.get("segment"),
                    e.toString());
            return new Object();
        }
    }

    private static Object[] append(Object[] values, Object last) {
        List<Object> all = new ArrayList<>(List.of(values));
        all.add(last);
        return all.toArray();
    }
}
