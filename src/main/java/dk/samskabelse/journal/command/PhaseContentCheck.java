package dk.samskabelse.journal.command;

import static dk.samskabelse.journal.api.RejectionReason.INVALID_TARGET_GROUP;
import static dk.samskabelse.journal.api.RejectionReason.PLANNING_EMPTY;
import static dk.samskabelse.journal.api.RejectionReason.SUCCESS_CRITERIA_MISSING;
import static dk.samskabelse.journal.command.Texts.copy;
import static dk.samskabelse.journal.command.Texts.isBlank;
import static dk.samskabelse.journal.command.Texts.strip;

import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.TargetGroup;
import java.util.List;
import java.util.stream.Stream;

/** What the decisions of seed 002's phases 1 Afklaring and 2A Planlægning must contain. */
final class PhaseContentCheck {

    private PhaseContentCheck() {}

    /** At least one success criterion; every target group named, with a status. Answers the groups, stripped. */
    static List<TargetGroup> checkClarification(ClarifyProject command) {
        if (command.successCriteria() == null
                || command.successCriteria().stream().allMatch(Texts::isBlank)) {
            throw new JournalRejection(
                    SUCCESS_CRITERIA_MISSING, "successCriteria", "Afklaring needs at least one success criterion");
        }
        List<TargetGroup> targetGroups = copy(command.targetGroups());
        for (int i = 0; i < targetGroups.size(); i++) {
            TargetGroup group = targetGroups.get(i);
            if (group == null || isBlank(group.name()) || group.status() == null) {
                throw new JournalRejection(
                        INVALID_TARGET_GROUP, "targetGroups[" + i + "]", "A target group needs a name and a status");
            }
        }
        return targetGroups.stream()
                .map(g -> new TargetGroup(g.name().strip(), g.status(), strip(g.reason())))
                .toList();
    }

    /** Planlægning by seed 002's focus points: at least one of them filled in. */
    static void checkPlanning(RecordPlanning command) {
        boolean empty = command.intendedInfluence() == null
                && Stream.of(
                                command.fixedFrame(),
                                command.elasticFrame(),
                                command.timeFrame(),
                                command.unpredictability(),
                                command.communication(),
                                command.recruitment(),
                                command.involvementMethods(),
                                command.processDesign())
                        .allMatch(Texts::isBlank);
        if (empty) {
            throw new JournalRejection(PLANNING_EMPTY, null, "A planning entry needs at least one point");
        }
    }
}
