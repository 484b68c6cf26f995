package dk.samskabelse.journal.query.phases;

import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.query.projection.EntryMeta;
import dk.samskabelse.journal.query.projection.ProjectRow;
import dk.samskabelse.journal.query.projection.ProjectionStore;
import dk.samskabelse.journal.query.projection.Projector;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Phase intervals, including steps back. Every project starts in Afklaring (seed 002, phase 1). The phase cursor
 * keeps the project's phase facts; a new, back-dated or retracted one recomputes the project's phase list from the
 * facts sorted by (date, sequence number): an interval ends at the next change, the closure ends the last one,
 * a reopening starts a new interval of the same phase (the time between is "closed"), and backwards is computed
 * from that order (a step to a phase before the one it follows, seed 002 "et par skridt tilbage").
 */
@Component
@Order(3) // the order ProjectionEventHandler applies the projectors in (see Projector)
public class PhasesProjector implements Projector {

    private static final Comparator<PhaseFact> ORDER =
            Comparator.comparing(PhaseFact::on).thenComparingLong(PhaseFact::sequence);

    @Override
    public void apply(JournalEvent event, EntryMeta meta, ProjectionStore store) {
        long seq = meta.sequenceNumber();
        if (event instanceof ProjectStarted e) {
            PhaseCursor cursor = new PhaseCursor(e.projectId(), e.entryId());
            store.persist(cursor);
            add(
                    cursor,
                    new PhaseFact(
                            e.entryId(), seq, PhaseFact.Kind.STARTED, e.effectiveOn(), Phase.AFKLARING, null, false),
                    store);
        } else if (event instanceof PhaseChanged e) {
            add(
                    e.projectId(),
                    new PhaseFact(
                            e.entryId(),
                            seq,
                            PhaseFact.Kind.CHANGED,
                            e.effectiveOn(),
                            e.toPhase(),
                            e.note(),
                            e.shareable()),
                    store);
        } else if (event instanceof ProjectClosed e) {
            add(
                    e.projectId(),
                    new PhaseFact(
                            e.entryId(), seq, PhaseFact.Kind.CLOSED, e.effectiveOn(), null, e.note(), e.shareable()),
                    store);
        } else if (event instanceof ProjectReopened e) {
            add(
                    e.projectId(),
                    new PhaseFact(
                            e.entryId(),
                            seq,
                            PhaseFact.Kind.REOPENED,
                            e.effectiveOn(),
                            null,
                            e.reason(),
                            e.shareable()),
                    store);
        } else if (event instanceof EntryRetracted e) {
            store.projectRow(PhaseCursor.class, e.projectId()).ifPresent(cursor -> {
                List<PhaseFact> before = cursor.getPhaseFacts();
                if (before.stream()
                        .anyMatch(
                                f -> f.entryId().equals(e.retractedEntryId()) && f.kind() != PhaseFact.Kind.STARTED)) {
                    cursor.setPhaseFacts(before.stream()
                            .filter(f -> !f.entryId().equals(e.retractedEntryId()))
                            .toList());
                    recompute(cursor, store, before);
                }
            });
        }
    }

    private static void add(String projectId, PhaseFact fact, ProjectionStore store) {
        add(store.projectRow(PhaseCursor.class, projectId).orElseThrow(), fact, store);
    }

    private static void add(PhaseCursor cursor, PhaseFact fact, ProjectionStore store) {
        List<PhaseFact> before = cursor.getPhaseFacts();
        if (before.stream().anyMatch(f -> f.entryId().equals(fact.entryId()))) {
            return; // the same entry delivered again
        }
        List<PhaseFact> facts = new ArrayList<>(before);
        facts.add(fact);
        // Mostly recorded in date order: sorted already then.
        if (!before.isEmpty() && ORDER.compare(before.get(before.size() - 1), fact) > 0) {
            facts.sort(ORDER);
        }
        cursor.setPhaseFacts(facts);
        recompute(cursor, store, before);
    }

    record Computed(
            String id,
            Phase phase,
            LocalDate from,
            LocalDate to,
            String endedBy,
            boolean backwards,
            String note,
            boolean shareable,
            String previous) {

        Computed end(PhaseFact by) {
            return new Computed(id, phase, from, by.on(), by.entryId(), backwards, note, shareable, previous);
        }
    }

    static List<Computed> compute(List<PhaseFact> facts) {
        List<Computed> result = new ArrayList<>();
        Computed open = null;
        Phase current = null;
        String last = null;
        for (PhaseFact f : facts) {
            switch (f.kind()) {
                case STARTED -> {
                    current = Phase.AFKLARING;
                    open = new Computed(f.entryId(), current, f.on(), null, null, false, null, false, null);
                }
                case CHANGED -> {
                    if (open != null) {
                        result.add(open.end(f));
                    }
                    boolean backwards = current != null && f.phase().ordinal() < current.ordinal();
                    current = f.phase();
                    open = new Computed(
                            f.entryId(), current, f.on(), null, null, backwards, f.note(), f.shareable(), last);
                }
                case CLOSED -> {
                    if (open != null) {
                        result.add(open.end(f));
                        open = null;
                    }
                }
                case REOPENED -> {
                    if (open == null && current != null) {
                        open = new Computed(
                                f.entryId(), current, f.on(), null, null, false, f.note(), f.shareable(), last);
                    }
                }
            }
            if (open != null) {
                last = open.id();
            }
        }
        if (open != null) {
            result.add(open);
        }
        return result;
    }

    /**
     * Writes the intervals computed from the cursor's facts. before: the facts the rows were last written from; an
     * interval computed from them exactly as now is left as it is, so that an entry at the end touches the last
     * interval or two, not every interval of the project (a project of 427 phase changes made time travel
     * quadratic: bench W3, issue 14).
     */
    private static void recompute(PhaseCursor cursor, ProjectionStore store, List<PhaseFact> before) {
        Map<String, Computed> written = new HashMap<>();
        compute(before).forEach(c -> written.put(c.id(), c));
        Set<String> stored = new HashSet<>(cursor.getIntervalIds());
        List<Computed> intervals = compute(cursor.getPhaseFacts());
        Set<String> ids = new LinkedHashSet<>();
        for (Computed c : intervals) {
            ids.add(c.id());
            if (stored.contains(c.id()) && c.equals(written.get(c.id()))) {
                continue;
            }
            Optional<PhaseInterval> existing = store.find(PhaseInterval.class, cursor.getProjectId(), c.id());
            PhaseInterval row = existing.orElseGet(() -> new PhaseInterval(
                    c.id(),
                    cursor.getProjectId(),
                    c.phase(),
                    c.from(),
                    c.backwards(),
                    c.note(),
                    c.shareable(),
                    c.previous()));
            row.update(c.phase(), c.from(), c.to(), c.endedBy(), c.backwards(), c.note(), c.shareable(), c.previous());
            if (existing.isEmpty()) {
                store.persist(row);
            }
        }
        for (String old : cursor.getIntervalIds()) {
            if (!ids.contains(old)) {
                store.find(PhaseInterval.class, cursor.getProjectId(), old).ifPresent(store::remove);
            }
        }
        cursor.setIntervalIds(List.copyOf(ids));
        if (!intervals.isEmpty()) {
            cursor.setCurrentIntervalId(intervals.get(intervals.size() - 1).id());
        }
    }

    @Override
    public List<Class<? extends ProjectRow>> rowTypes() {
        return List.of(PhaseInterval.class, PhaseCursor.class);
    }
}
