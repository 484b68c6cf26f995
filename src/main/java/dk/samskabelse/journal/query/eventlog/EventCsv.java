package dk.samskabelse.journal.query.eventlog;

import dk.samskabelse.journal.api.ActorPersonalDataErased;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.LeadershipActionRecorded;
import dk.samskabelse.journal.api.LeadershipReflectionRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.PlanningRecorded;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.TargetGroup;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The event export as one wide CSV table for R or pandas: the entry columns, then the union of all event
 * fields (a field an entry type does not have is empty). Lists are joined with ";", participants as
 * "actorId:INFLUENCE", contributions as "actorId:TYPE". The columns are documented in projections/README.md.
 */
public final class EventCsv {

    /** Every event type, in the order their fields first appear as columns; new types go at the end. */
    public static final List<Class<? extends JournalEvent>> EVENT_TYPES = List.of(
            ProjectStarted.class,
            ProjectClarified.class,
            TypologyDeclared.class,
            ActorRegistered.class,
            RoleShifted.class,
            ActorWithdrawn.class,
            EngagementRecorded.class,
            PhaseChanged.class,
            CourseCorrected.class,
            InsightRecorded.class,
            EntryRetracted.class,
            ProjectClosed.class,
            ActorPersonalDataErased.class,
            // Issue 12: the new entries (the new fields of revision 2 of the older ones append their columns too).
            RoleAdded.class,
            RoleEnded.class,
            ActorRejoined.class,
            ProjectReopened.class,
            PlanningRecorded.class,
            LeadershipActionRecorded.class,
            LeadershipReflectionRecorded.class);

    static final List<String> ENTRY_COLUMNS =
            List.of("sequenceNumber", "entryId", "type", "effectiveOn", "recordedAt", "recordedBy");

    /**
     * Issue 13, demo honesty: the last columns say whether the row belongs to a demo project with a partly invented
     * course ("true", else empty), and where a demo entry comes from (SEED with file and passage, INVENTED, or
     * RECORDED by a user of the journal). Appended, so that the other columns keep their places.
     */
    static final List<String> DEMO_COLUMNS = List.of("demo", "demoSource", "demoSeedFile", "demoSeedPassage");

    public static final List<String> COLUMNS = columns();

    private EventCsv() {}

    /** The header line and one line per entry; every cell through {@link CsvCells} (formulas neutralised). */
    public static String write(List<LoggedEntry> entries) {
        StringBuilder csv = new StringBuilder(CsvCells.line(COLUMNS)).append('\n');
        for (LoggedEntry entry : entries) {
            csv.append(CsvCells.line(row(entry))).append('\n');
        }
        return csv.toString();
    }

    private static List<Object> row(LoggedEntry entry) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("sequenceNumber", entry.sequenceNumber());
        values.put("entryId", entry.entryId());
        values.put("type", entry.type());
        values.put("effectiveOn", entry.effectiveOn().toString());
        values.put("recordedAt", entry.recordedAt().toString());
        values.put("recordedBy", entry.recordedBy() == null ? "" : entry.recordedBy());
        for (RecordComponent component : entry.payload().getClass().getRecordComponents()) {
            values.putIfAbsent(component.getName(), text(value(component, entry.payload())));
        }
        if (entry.demo() != null) {
            values.put("demo", "true");
            values.put("demoSource", entry.demo().kind().name());
            values.put("demoSeedFile", entry.demo().seedFile());
            values.put("demoSeedPassage", entry.demo().passage());
        }
        List<Object> row = new ArrayList<>(COLUMNS.size());
        for (String column : COLUMNS) {
            row.add(values.getOrDefault(column, ""));
        }
        return row;
    }

    private static Object value(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    /** A number stays a {@link Number} (written unprefixed), anything else becomes its text. */
    private static Object text(Object value) {
        if (value == null || value instanceof Number) {
            return value;
        }
        if (value instanceof Participation p) {
            return p.actorId() + ":" + p.influence();
        }
        if (value instanceof Contribution c) {
            return c.actorId() + ":" + c.type();
        }
        if (value instanceof Attendance a) {
            return (a.kind() == null ? "" : a.kind().name()) + ":" + a.count();
        }
        if (value instanceof TargetGroup g) {
            return java.util.Objects.toString(g.name(), "") + ":" + java.util.Objects.toString(g.status(), "");
        }
        if (value instanceof Collection<?> values) {
            return values.stream()
                    .map(v -> java.util.Objects.toString(text(v), ""))
                    .collect(Collectors.joining(";"));
        }
        return value.toString();
    }

    private static List<String> columns() {
        Set<String> columns = new LinkedHashSet<>(ENTRY_COLUMNS);
        for (Class<? extends JournalEvent> type : EVENT_TYPES) {
            for (RecordComponent component : type.getRecordComponents()) {
                columns.add(component.getName());
            }
        }
        columns.addAll(DEMO_COLUMNS);
        return List.copyOf(columns);
    }
}
