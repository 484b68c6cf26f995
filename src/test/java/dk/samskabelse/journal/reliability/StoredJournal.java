package dk.samskabelse.journal.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a journal left in its database, read directly with JDBC: the events (entry id and marker decoded from the
 * JSON payload), the processors' tokens and the projection tables.
 */
final class StoredJournal {

    /** The processing groups of the projections: one since issue 14. */
    static final List<String> PROJECTIONS = List.of("projections");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Event(long globalIndex, String aggregateId, long sequenceNumber, String type, String entryId, String text) {}

    record Token(String processor, int segment, long position, String owner) {}

    /** The checks every scenario makes of its event store against what its clients were told. */
    record Verdict(
            int acknowledged,
            int stored,
            int storedInsights,
            List<String> missing,
            List<String> duplicates,
            List<String> sequenceGaps) {

        String summary() {
            return "acknowledged=" + acknowledged + " stored=" + stored + " missing=" + missing.size() + " duplicates="
                    + duplicates.size() + " sequenceGaps=" + sequenceGaps.size();
        }
    }

    private final JournalProcess.Database database;

    StoredJournal(JournalProcess.Database database) {
        this.database = database;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    List<Event> events() {
        List<Event> events = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT global_index, aggregate_identifier, sequence_number, payload_type, "
                                + "payload FROM domain_event_entry ORDER BY global_index")) {
            while (rs.next()) {
                JsonNode payload = MAPPER.readTree(new String(rs.getBytes(5), StandardCharsets.UTF_8));
                String type = rs.getString(4);
                events.add(new Event(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getLong(3),
                        type.substring(type.lastIndexOf('.') + 1),
                        payload.path("entryId").asText(null),
                        payload.path("text").asText(null)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot read the event store", e);
        }
        return events;
    }

    /** Every acknowledged entry stored exactly once, no entry id or marker twice, sequences 0..n-1 per project. */
    Verdict verify(Map<String, WriteLoad.Ack> acknowledged) {
        List<Event> events = events();
        Map<String, Integer> byEntryId = new HashMap<>();
        Map<String, Integer> byMarker = new HashMap<>();
        Map<String, List<Long>> sequences = new TreeMap<>();
        int insights = 0;
        for (Event e : events) {
            if (e.entryId() != null) {
                byEntryId.merge(e.entryId(), 1, Integer::sum);
            }
            if ("InsightRecorded".equals(e.type())) {
                insights++;
                byMarker.merge(e.text(), 1, Integer::sum);
            }
            sequences.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e.sequenceNumber());
        }
        List<String> missing = acknowledged.keySet().stream()
                .filter(id -> !byEntryId.containsKey(id))
                .sorted()
                .toList();
        List<String> duplicates = new ArrayList<>();
        byEntryId.forEach((id, n) -> {
            if (n > 1) {
                duplicates.add("entry " + id + " ×" + n);
            }
        });
        byMarker.forEach((marker, n) -> {
            if (n > 1) {
                duplicates.add("marker " + marker + " ×" + n);
            }
        });
        List<String> gaps = new ArrayList<>();
        sequences.forEach((aggregate, seqs) -> {
            Collections.sort(seqs);
            for (int i = 0; i < seqs.size(); i++) {
                if (seqs.get(i) != i) {
                    gaps.add(aggregate + " at " + i + ": " + seqs.get(i));
                    break;
                }
            }
        });
        return new Verdict(acknowledged.size(), events.size(), insights, missing, duplicates, gaps);
    }

    long head() {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT processor_name, segment, token, owner FROM token_entry "
                        + "ORDER BY processor_name, segment")) {
            while (rs.next()) {
                byte[] token = rs.getBytes(3);
                long position =
                        token == null ? 0 : position(MAPPER.readTree(new String(token, StandardCharsets.UTF_8)));
                tokens.add(new Token(rs.getString(1), rs.getInt(2), position, rs.getString(4)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot read the tokens", e);
        }
        return tokens;
    }

    /** The position of a (gap-aware, possibly replay-wrapped) tracking token in its JSON form. */
    private static long position(JsonNode token) {
        if (token == null || token.isNull() || token.isMissingNode()) {
            return 0;
        }
        if (token.has("currentToken")) {
            return position(token.get("currentToken"));
        }
        if (token.has("index")) {
            return token.get("index").asLong();
        }
        if (token.has("globalIndex")) {
            return token.get("globalIndex").asLong();
        }
        throw new IllegalStateException("Unknown token form: " + token);
    }

    List<Token> projectionTokens() {
        return tokens().stream()
                .filter(t -> PROJECTIONS.contains(t.processor()))
                .toList();
    }

    /** For polling: no tokens when the database refuses a connection now (a shared server may be full). */
    List<Token> projectionTokensOrNone() {
        try {
            return projectionTokens();
        } catch (IllegalStateException e) {
            return List.of();
        }
    }

    /** Every segment of every projection has processed the whole event store (as it stood when called). */
    boolean awaitProjectionsCaughtUp(Duration timeout) {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Token> tokens = projectionTokensOrNone();
            if (tokens.size() == PROJECTIONS.size() * 2 && tokens.stream().allMatch(t -> t.position() >= head)) {
                return true;
            }
            JournalProcess.sleep(200);
        }
        return false;
    }

    /** Every proj_* table of the schema, rows sorted (as query/RebuildEqualityIT dumps them). */
    Map<String, List<String>> projectionTables() {
        Map<String, List<String>> dump = new LinkedHashMap<>();
        try (Connection c = connect()) {
            List<String> tables = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT lower(table_name) FROM "
                            + "information_schema.tables WHERE table_schema = current_schema() "
                            + "AND lower(table_name) LIKE 'proj\\_%' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                Collections.sort(rows);
                dump.put(table, rows);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the projections", e);
        }
        return dump;
    }

    /**
     * Waits for the live projections to reach the head, dumps them, has the journal rebuild every projection from
     * the event store (POST /api/admin/projections/rebuild), waits for the rebuild and dumps again; returns the
     * live dump and the differences (none when the live projections equal a fresh rebuild).
     */
    RebuildComparison rebuildAndCompare(ApiClient admin, Duration timeout) {
        if (!awaitProjectionsCaughtUp(timeout)) {
            throw new AssertionError("Projections did not catch up within " + timeout + ": head " + head() + ", tokens "
                    + projectionTokens() + ", status "
                    + admin.get("/api/admin/projections").body());
        }
        Map<String, List<String>> live = projectionTables();
        ApiClient.Answer started = admin.post("/api/admin/projections/rebuild", null);
        if (started.status() != 202) {
            throw new AssertionError("Rebuild not started: " + started);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        ApiClient.Answer progress;
        do {
            JournalProcess.sleep(250);
            progress = admin.get("/api/admin/projections");
            if (progress.ok() && !progress.json().path("running").asBoolean(true)) {
                break;
            }
        } while (System.nanoTime() < deadline);
        if (!progress.ok() || progress.json().path("running").asBoolean(true)) {
            throw new AssertionError("Rebuild did not finish within " + timeout + ": " + progress);
        }
        if (!awaitProjectionsCaughtUp(timeout)) {
            throw new AssertionError("Rebuilt projections did not reach the head: " + projectionTokens());
        }
        Map<String, List<String>> rebuilt = projectionTables();
        return new RebuildComparison(live, differences(live, rebuilt));
    }

    record RebuildComparison(Map<String, List<String>> live, List<String> differences) {}

    /** Timeline rows per project against stored events per project: each event projected exactly once. */
    Map<String, String> timelineMismatches() {
        Map<String, Long> events =
                events().stream().collect(Collectors.groupingBy(Event::aggregateId, Collectors.counting()));
        Map<String, Long> rows = new HashMap<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT project_id, count(*) FROM proj_timeline_entry GROUP BY project_id")) {
            while (rs.next()) {
                rows.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> mismatches = new TreeMap<>();
        TreeSet<String> projects = new TreeSet<>(events.keySet());
        projects.addAll(rows.keySet());
        for (String project : projects) {
            long stored = events.getOrDefault(project, 0L);
            long projected = rows.getOrDefault(project, 0L);
            if (stored != projected) {
                mismatches.put(project, "events=" + stored + " timeline=" + projected);
            }
        }
        return mismatches;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            Object value = rs.getObject(i);
            row.append(i == 1 ? "" : " | ")
                    .append(meta.getColumnName(i).toLowerCase())
                    .append('=')
                    .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
        }
        return row.toString();
    }

    /** The differences between two dumps, table by table (empty when equal). */
    static List<String> differences(Map<String, List<String>> live, Map<String, List<String>> rebuilt) {
        List<String> differences = new ArrayList<>();
        if (!live.keySet().equals(rebuilt.keySet())) {
            differences.add("tables differ: " + live.keySet() + " vs " + rebuilt.keySet());
            return differences;
        }
        for (String table : live.keySet()) {
            if (live.get(table).equals(rebuilt.get(table))) {
                continue;
            }
            TreeSet<String> onlyLive = new TreeSet<>(live.get(table));
            rebuilt.get(table).forEach(onlyLive::remove);
            TreeSet<String> onlyRebuilt = new TreeSet<>(rebuilt.get(table));
            live.get(table).forEach(onlyRebuilt::remove);
            differences.add(table + ": " + live.get(table).size() + " rows live, "
                    + rebuilt.get(table).size() + " rebuilt; only live: " + first(onlyLive) + "; only rebuilt: "
                    + first(onlyRebuilt));
        }
        return differences;
    }

    static int rows(Map<String, List<String>> dump) {
        return dump.values().stream().mapToInt(Collection::size).sum();
    }

    private static String first(TreeSet<String> rows) {
        return rows.stream().limit(3).collect(Collectors.joining(" // "))
                + (rows.size() > 3 ? " … " + rows.size() : "");
    }
}
