package dk.samskabelse.journal.query.projection;

import dk.samskabelse.journal.api.JournalEvent;
import java.util.List;

/**
 * Turns journal events into rows of one read model. The same projector feeds the live tables (through a
 * streaming event processor) and in-memory replays, so a time-travel answer is computed by the very code that
 * keeps the live projection.
 */
public interface Projector {

    void apply(JournalEvent event, EntryMeta meta, ProjectionStore store);

    /** The row types this projector owns, children first (the order a reset deletes them in). */
    List<Class<? extends ProjectRow>> rowTypes();
}
