package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.CONTRIBUTOR_NOT_PARTICIPANT;
import static dk.samskabelse.journal.api.RejectionReason.DUPLICATE_INITIATOR;
import static dk.samskabelse.journal.api.RejectionReason.DUPLICATE_PARTICIPANT;
import static dk.samskabelse.journal.api.RejectionReason.INVALID_ATTENDANCE;
import static dk.samskabelse.journal.api.RejectionReason.NO_PARTICIPANTS;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_INITIATOR;
import static dk.samskabelse.journal.api.RejectionReason.UNKNOWN_PARTICIPANT;
import static dk.samskabelse.journal.command.ProjectActors.activeOn;
import static dk.samskabelse.journal.command.Texts.copy;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who took part in an engagement and how: participants, initiators, contributions and attendance counts, each
 * checked against the project's actors on the engagement's date. Answers the lists as they go into the event.
 */
final class EngagementCheck {

    record Checked(
            List<Participation> participants,
            List<String> coInitiators,
            List<Contribution> contributions,
            List<Attendance> attendance) {}

    private EngagementCheck() {}

    static Checked check(RecordEngagement command, ProjectActors actors) {
        LocalDate on = command.occurredOn();
        List<Participation> participants = command.participants() == null ? List.of() : command.participants();
        if (participants.isEmpty()) {
            throw new JournalRejection(NO_PARTICIPANTS, "participants", "An engagement needs participants");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < participants.size(); i++) {
            String field = "participants[" + i + "].actorId";
            String actorId = participants.get(i).actorId();
            if (!seen.add(actorId)) {
                throw new JournalRejection(DUPLICATE_PARTICIPANT, field, "Participant listed twice", actorId);
            }
            ProjectActor actor = actors.find(actorId);
            if (actor == null) {
                throw new JournalRejection(UNKNOWN_PARTICIPANT, field, "Unknown participant " + actorId, actorId);
            }
            activeOn(actor, on, field);
        }
        List<String> coInitiators = initiators(command, actors);
        List<Contribution> contributions = copy(command.contributions());
        for (int i = 0; i < contributions.size(); i++) {
            if (!seen.contains(contributions.get(i).actorId())) {
                throw new JournalRejection(
                        CONTRIBUTOR_NOT_PARTICIPANT,
                        "contributions[" + i + "].actorId",
                        "A contributor must be one of the participants",
                        contributions.get(i).actorId());
            }
        }
        return new Checked(List.copyOf(participants), coInitiators, contributions, attendance(command));
    }

    /** Joint initiatives (seed 002, Lejre's associations together): every initiator known, present, named once. */
    private static List<String> initiators(RecordEngagement command, ProjectActors actors) {
        List<String> coInitiators = copy(command.coInitiators());
        Set<String> initiators = new HashSet<>();
        for (int i = -1; i < coInitiators.size(); i++) {
            String field = i < 0 ? "initiatedBy" : "coInitiators[" + i + "]";
            String actorId = i < 0 ? command.initiatedBy() : coInitiators.get(i);
            if (!initiators.add(actorId)) {
                throw new JournalRejection(DUPLICATE_INITIATOR, field, "Initiator listed twice", actorId);
            }
            ProjectActor initiator = actors.find(actorId);
            if (initiator == null) {
                throw new JournalRejection(UNKNOWN_INITIATOR, field, "Unknown initiator " + actorId, actorId);
            }
            activeOn(initiator, command.occurredOn(), field);
        }
        return coInitiators;
    }

    /** Counts beyond the registered participants: 0 or more, each kind (unknown included) once. */
    private static List<Attendance> attendance(RecordEngagement command) {
        List<Attendance> attendance = copy(command.attendance());
        Set<ActorKind> counted = new HashSet<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance count = attendance.get(i);
            if (count == null || count.count() < 0 || !counted.add(count.kind())) {
                throw new JournalRejection(
                        INVALID_ATTENDANCE,
                        "attendance[" + i + "]",
                        "An attendance count is 0 or more, each kind counted once");
            }
        }
        return attendance;
    }
}
