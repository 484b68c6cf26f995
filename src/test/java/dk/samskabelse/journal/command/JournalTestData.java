package dk.samskabelse.journal.command;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.ActorRegistered;
import dk.samskabelse.journal.api.ActorRejoined;
import dk.samskabelse.journal.api.ActorWithdrawn;
import dk.samskabelse.journal.api.Area;
import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.CourseCorrected;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.EngagementRecorded;
import dk.samskabelse.journal.api.EntryRetracted;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.InsightRecorded;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.PhaseChanged;
import dk.samskabelse.journal.api.ProjectClarified;
import dk.samskabelse.journal.api.ProjectClosed;
import dk.samskabelse.journal.api.ProjectReopened;
import dk.samskabelse.journal.api.ProjectStarted;
import dk.samskabelse.journal.api.Role;
import dk.samskabelse.journal.api.RoleAdded;
import dk.samskabelse.journal.api.RoleEnded;
import dk.samskabelse.journal.api.RoleShifted;
import dk.samskabelse.journal.api.TypologyDeclared;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The journal the tests start from (Naturens Rige, seed 000): a project started on {@link #STARTED_ON} with a
 * project leader (FACILITATOR, joined at the start) and a citizen (BRUGER, joined {@link #CITIZEN_JOINED}); "today"
 * is {@link #TODAY} by the fixed {@link #CLOCK}. Builders for the events the tests put in the given history.
 */
final class JournalTestData {

    static final ZoneId JOURNAL_ZONE = ZoneId.of("Europe/Copenhagen");
    /** 12:00 in Copenhagen on 1 June 2024. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), JOURNAL_ZONE);

    static final LocalDate TODAY = LocalDate.of(2024, 6, 1);
    static final LocalDate TOMORROW = TODAY.plusDays(1);

    static final String PROJECT_ID = "project-naturens-rige";
    static final LocalDate STARTED_ON = LocalDate.of(2024, 1, 15);
    static final LocalDate BEFORE_START = STARTED_ON.minusDays(1);

    static final String START_ENTRY = "entry-start";
    static final String LEADER = "actor-leader";
    static final String LEADER_ENTRY = "entry-leader";
    static final String CITIZEN = "actor-citizen";
    static final String CITIZEN_ENTRY = "entry-citizen";
    static final LocalDate CITIZEN_JOINED = LocalDate.of(2024, 2, 1);

    private JournalTestData() {}

    /** The started project, the leader and the citizen, followed by the given entries. */
    static List<Object> history(Object... laterEntries) {
        List<Object> events = new ArrayList<>(List.of(projectStarted(), leaderRegistered(), citizenRegistered()));
        events.addAll(Arrays.asList(laterEntries));
        return events;
    }

    static ProjectStarted projectStarted() {
        return new ProjectStarted(
                PROJECT_ID,
                START_ENTRY,
                STARTED_ON,
                "Naturens Rige",
                "Næstved Kommune",
                Area.SUNDHED,
                "Flere borgere ud i naturen");
    }

    static ActorRegistered leaderRegistered() {
        return actorRegistered(LEADER_ENTRY, LEADER, ActorKind.PROJEKTLEDER, Role.FACILITATOR, STARTED_ON);
    }

    static ActorRegistered citizenRegistered() {
        return actorRegistered(CITIZEN_ENTRY, CITIZEN, ActorKind.BORGER, Role.BRUGER, CITIZEN_JOINED);
    }

    static ActorRegistered actorRegistered(
            String entryId, String actorId, ActorKind kind, Role role, LocalDate joinedOn) {
        return new ActorRegistered(PROJECT_ID, entryId, joinedOn, actorId, kind, kind.sector(), role);
    }

    static RoleShifted roleShifted(String entryId, String actorId, Role from, Role to, LocalDate on) {
        return new RoleShifted(PROJECT_ID, entryId, on, actorId, from, to, "Rollen ændrede sig", true);
    }

    static ActorWithdrawn actorWithdrawn(String entryId, String actorId, LocalDate on) {
        return new ActorWithdrawn(PROJECT_ID, entryId, on, actorId, "Flyttet fra kommunen", true);
    }

    /** A rejoin with the roles held at the withdrawal. */
    static ActorRejoined actorRejoined(String entryId, String actorId, LocalDate on) {
        return new ActorRejoined(PROJECT_ID, entryId, on, actorId, List.of(), "Kom tilbage", true);
    }

    static RoleAdded roleAdded(String entryId, String actorId, Role role, LocalDate on) {
        return new RoleAdded(PROJECT_ID, entryId, on, actorId, role, null, true);
    }

    static RoleEnded roleEnded(String entryId, String actorId, Role role, LocalDate on) {
        return new RoleEnded(PROJECT_ID, entryId, on, actorId, role, null, true);
    }

    static ProjectReopened projectReopened(String entryId, LocalDate on) {
        return new ProjectReopened(PROJECT_ID, entryId, on, "Lukket ved en fejl", true);
    }

    static PhaseChanged phaseChanged(String entryId, Phase from, Phase to, LocalDate on) {
        return new PhaseChanged(PROJECT_ID, entryId, on, from, to, to.isBefore(from), null, true);
    }

    /** A workshop on the given date, everybody INDDRAGET, no contributions. */
    static EngagementRecorded engagementRecorded(
            String entryId, LocalDate on, String initiatedBy, String... participantIds) {
        List<Participation> participants = Arrays.stream(participantIds)
                .map(id -> new Participation(id, Influence.INDDRAGET))
                .toList();
        return new EngagementRecorded(
                PROJECT_ID,
                entryId,
                on,
                entryId,
                EngagementKind.WORKSHOP,
                "Workshop",
                initiatedBy,
                participants,
                List.of(),
                null,
                true);
    }

    static InsightRecorded insightRecorded(String entryId) {
        return new InsightRecorded(
                PROJECT_ID, entryId, LocalDate.of(2024, 5, 1), FocusPoint.PROCES, "Borgerne tog ejerskab", true);
    }

    static CourseCorrected courseCorrected(String entryId) {
        return new CourseCorrected(
                PROJECT_ID,
                entryId,
                LocalDate.of(2024, 4, 1),
                "Færre møder",
                "Mødetræthed",
                List.of(CourseCorrectionScope.PROCES),
                true);
    }

    static TypologyDeclared typologyDeclared(String entryId) {
        return new TypologyDeclared(PROJECT_ID, entryId, STARTED_ON, 0.5, 0.5, "Borgerne skal drive projektet");
    }

    static ProjectClarified projectClarified(String entryId) {
        return new ProjectClarified(
                PROJECT_ID,
                entryId,
                STARTED_ON,
                List.of("40 borgere deltager"),
                List.of(BottomLine.DEMOKRATISK),
                List.of(CoCreationScope.LOESNING),
                null,
                null,
                null,
                null);
    }

    static EntryRetracted entryRetracted(String entryId, String retractedEntryId, String retractedEntryType) {
        return new EntryRetracted(
                PROJECT_ID,
                entryId,
                LocalDate.of(2024, 5, 15),
                retractedEntryId,
                retractedEntryType,
                "Fejlregistrering",
                true);
    }

    static ProjectClosed projectClosed(String entryId) {
        return new ProjectClosed(PROJECT_ID, entryId, LocalDate.of(2024, 5, 31), null, true);
    }
}
