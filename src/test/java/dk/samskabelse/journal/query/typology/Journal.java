package dk.samskabelse.journal.query.typology;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalEvent;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a project's events in stored order for the typology tests. */
final class Journal {

    private static final String PROJECT = "projekt-1";

    private final List<JournalEvent> events = new ArrayList<>();
    private final Map<String, Role> roles = new HashMap<>();
    private int entries;

    static Journal startedOn(String date) {
        Journal journal = new Journal();
        journal.events.add(new ProjectStarted(
                PROJECT,
                journal.nextId(),
                LocalDate.parse(date),
                "Testprojekt",
                "Testrup Kommune",
                Area.ANDET,
                "Test"));
        return journal;
    }

    Journal register(String actorId, ActorKind kind, Role role, String date) {
        roles.put(actorId, role);
        events.add(new ActorRegistered(
                PROJECT, "reg-" + actorId, LocalDate.parse(date), actorId, kind, kind.sector(), role));
        return this;
    }

    Journal shift(String entryId, String actorId, Role role, String date) {
        events.add(new RoleShifted(
                PROJECT, entryId, LocalDate.parse(date), actorId, roles.put(actorId, role), role, "skift", true));
        return this;
    }

    Journal withdraw(String entryId, String actorId, String date) {
        events.add(new ActorWithdrawn(PROJECT, entryId, LocalDate.parse(date), actorId, "udtrådt", true));
        return this;
    }

    Journal engage(
            String engagementId, String date, EngagementKind kind, String initiatedBy, Participation... participants) {
        events.add(new EngagementRecorded(
                PROJECT,
                engagementId,
                LocalDate.parse(date),
                engagementId,
                kind,
                "Engagement " + engagementId,
                initiatedBy,
                List.of(participants),
                List.of(),
                null,
                true));
        return this;
    }

    /** An Afklaring entry stating where the task came from (null: not stated). */
    Journal clarify(String entryId, String date, dk.samskabelse.journal.api.TaskOrigin origin) {
        events.add(new dk.samskabelse.journal.api.ProjectClarified(
                PROJECT,
                entryId,
                LocalDate.parse(date),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                origin,
                List.of(),
                List.of()));
        return this;
    }

    Journal declare(String entryId, String date, double openness, double centrality) {
        events.add(new TypologyDeclared(PROJECT, entryId, LocalDate.parse(date), openness, centrality, "begrundelse"));
        return this;
    }

    Journal retract(String retractedEntryId, String date) {
        events.add(new EntryRetracted(PROJECT, nextId(), LocalDate.parse(date), retractedEntryId, "?", "fejl", true));
        return this;
    }

    static Participation as(String actorId, Influence influence) {
        return new Participation(actorId, influence);
    }

    List<JournalEvent> events() {
        return List.copyOf(events);
    }

    ProjectHistory history() {
        return ProjectHistory.of(events);
    }

    private String nextId() {
        return "entry-" + ++entries;
    }
}
