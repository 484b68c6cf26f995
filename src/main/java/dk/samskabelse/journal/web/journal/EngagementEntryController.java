package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ActorKind;
import dk.samskabelse.journal.api.Attendance;
import dk.samskabelse.journal.api.Contribution;
import dk.samskabelse.journal.api.ContributionType;
import dk.samskabelse.journal.api.EngagementKind;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.Participation;
import dk.samskabelse.journal.api.RecordEngagement;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.journal.EngagementForm.ParticipantRow;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An engagement with its participants and their influence (seed 002: "inddragelse" is not "indflydelse").
 * The form lists every active actor; the ticked ones take part. A refusal about one participant is shown in
 * that actor's row.
 */
@PageController
class EngagementEntryController {

    private static final Pattern COMMAND_LIST_FIELD = Pattern.compile("(participants|contributions)\\[(\\d+)]\\..*");

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;
    private final EngagementCopies copies;

    EngagementEntryController(ProjectPages pages, JournalWriter writer, Clock clock, EngagementCopies copies) {
        this.copies = copies;
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    /** kopiAf: an engagement whose values fill the form (a corrected copy after a retraction, issue 18 item 4). */
    @GetMapping("/projekter/{projectId}/engagementer/ny")
    String engagementForm(
            @PathVariable String projectId,
            @RequestParam(name = "kopiAf", required = false) String copyOf,
            Model model) {
        ProjectPage project = pages.load(projectId);
        List<String> active =
                project.activeActors().stream().map(ActorLine::actorId).toList();
        Optional<EngagementForm> copy =
                copyOf == null ? Optional.empty() : copies.copyOf(projectId, copyOf, active, LocalDate.now(clock));
        model.addAttribute("copy", copy.isPresent());
        return engagementPage(project, copy.orElseGet(() -> new EngagementForm(LocalDate.now(clock), active)), model);
    }

    @PostMapping("/projekter/{projectId}/engagementer/ny")
    String recordEngagement(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") EngagementForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPage project = pages.load(projectId);
        Map<String, String> names =
                project.actors().stream().collect(Collectors.toMap(ActorLine::actorId, ActorLine::name));
        List<Participation> participants = new ArrayList<>();
        List<Integer> participantRows = new ArrayList<>();
        List<Contribution> contributions = new ArrayList<>();
        List<Integer> contributionRows = new ArrayList<>();
        List<ParticipantRow> rows = form.getParticipants();
        for (int row = 0; row < rows.size(); row++) {
            ParticipantRow participant = rows.get(row);
            Object[] name = {names.getOrDefault(participant.getActorId(), "")};
            if (participant.isSelected()) {
                if (participant.getInfluence() == null) {
                    result.rejectValue(
                            "participants[" + row + "].influence", "engagement.influence.missing", name, null);
                }
                participants.add(new Participation(participant.getActorId(), participant.getInfluence()));
                participantRows.add(row);
            } else if (participant.getInfluence() != null) {
                // An influence for an actor not ticked as taking part was dropped without a word (issue 18, item 8).
                result.rejectValue(
                        "participants[" + row + "].influence", "engagement.influence.notParticipating", name, null);
            }
            for (ContributionType type : participant.getContributions()) {
                contributions.add(new Contribution(participant.getActorId(), type));
                contributionRows.add(row);
            }
        }
        // Joint initiatives (seed 002, Lejre's associations together): every initiator once.
        List<String> coInitiators = form.getCoInitiators().stream()
                .filter(id -> id != null && !id.isBlank())
                .distinct()
                .toList();
        if (form.getInitiatedBy() != null && coInitiators.contains(form.getInitiatedBy())) {
            result.rejectValue("coInitiators", "rejection.DUPLICATE_INITIATOR");
        }
        // Attendance beyond the registered participants (an open day with about 150 citizens), each kind once.
        List<Attendance> attendance = new ArrayList<>();
        List<EngagementForm.AttendanceRow> attendanceRows = form.getAttendance();
        Set<ActorKind> counted = new HashSet<>();
        boolean unknownCounted = false;
        for (int row = 0; row < attendanceRows.size(); row++) {
            EngagementForm.AttendanceRow count = attendanceRows.get(row);
            if (count.getCount() == null) {
                continue;
            }
            boolean repeated = count.getKind() == null ? unknownCounted : !counted.add(count.getKind());
            unknownCounted |= count.getKind() == null;
            if (repeated) {
                result.rejectValue("attendance[" + row + "].kind", "rejection.INVALID_ATTENDANCE");
            }
            attendance.add(new Attendance(count.getKind(), count.getCount()));
        }
        if (!result.hasErrors()
                && writer.record(
                        new RecordEngagement(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getKind(),
                                form.getTitle(),
                                form.getOccurredOn(),
                                form.getInitiatedBy(),
                                participants,
                                contributions,
                                form.getNotes(),
                                form.isShareable(),
                                coInitiators,
                                attendance),
                        result,
                        toRows(participantRows, contributionRows))) {
            return writer.toJournal(projectId, "entry.type.EngagementRecorded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        form.addEmptyAttendanceRows();
        return engagementPage(project, form, model);
    }

    /** "participants[1].actorId" of the command is the row of the second ticked actor on the form. */
    private static UnaryOperator<String> toRows(List<Integer> participantRows, List<Integer> contributionRows) {
        return field -> {
            if (field.startsWith("coInitiators")) {
                return "coInitiators";
            }
            if (field.startsWith("attendance")) {
                return "attendance";
            }
            Matcher matcher = COMMAND_LIST_FIELD.matcher(field);
            if (!matcher.matches()) {
                return field;
            }
            int index = Integer.parseInt(matcher.group(2));
            boolean participant = matcher.group(1).equals("participants");
            List<Integer> rows = participant ? participantRows : contributionRows;
            if (index >= rows.size()) {
                return "participants";
            }
            return "participants[" + rows.get(index) + "]." + (participant ? "selected" : "contributions");
        };
    }

    private static String engagementPage(ProjectPage project, EngagementForm form, Model model) {
        Map<String, ActorLine> actors =
                project.actors().stream().collect(Collectors.toMap(ActorLine::actorId, Function.identity()));
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        model.addAttribute("actorsById", actors);
        model.addAttribute("kinds", EngagementKind.values());
        model.addAttribute("influences", Influence.values());
        model.addAttribute("contributionTypes", ContributionType.values());
        model.addAttribute("actorKinds", ActorKind.values());
        return "journal/engagement";
    }
}
