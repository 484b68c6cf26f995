package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.query.typology.DeclaredPlacement;
import java.time.LocalDate;
import java.util.List;

/** What the journal page and the forms know of one project: key facts, its actors and its entries, newest first. */
record ProjectPage(
        String projectId,
        String name,
        String municipality,
        Area area,
        String purpose,
        LocalDate startedOn,
        LocalDate closedOn,
        Phase phase,
        DeclaredPlacement declared,
        int engagementCount,
        List<ActorLine> actors,
        List<EntryLine> entries) {

    public List<ActorLine> activeActors() {
        return actors.stream().filter(ActorLine::active).toList();
    }

    /** Actors that withdrew and may rejoin (seed 000, "fleksibel inddragelse"). */
    public List<ActorLine> withdrawnActors() {
        return actors.stream().filter(actor -> !actor.active()).toList();
    }

    public List<EntryLine> retractableEntries() {
        return entries.stream().filter(EntryLine::retractable).toList();
    }

    public boolean closed() {
        return closedOn != null;
    }
}
