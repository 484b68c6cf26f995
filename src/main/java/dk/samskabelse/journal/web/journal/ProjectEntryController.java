package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.web.DeclarablePerspectives;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The entries about the project as a whole: the Afklaring decisions, the declared typology, the planning (2A),
 * phase changes, course corrections and insights (seed 002's phase model), the chef's leadership actions and
 * reflection, and the reopening of a closed project.
 */
@PageController
class ProjectEntryController {

    /**
     * The typology's four types in the order of seed 001's figure (open above, the municipality central on the
     * left), each explained on the declaration form by a short definition and the seed sentence that defines it
     * (messages typology.quadrant.*).
     */
    private static final List<Quadrant> QUADRANTS =
            List.of(Quadrant.LIGEVAERDIG, Quadrant.FACILITERENDE, Quadrant.STYRET, Quadrant.ANSVARLIGGOERENDE);

    private static final Pattern TARGET_GROUP_FIELD = Pattern.compile("targetGroups\\[(\\d+)](\\..*)?");

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;
    private final DeclarablePerspectives perspectives;

    ProjectEntryController(ProjectPages pages, JournalWriter writer, Clock clock, DeclarablePerspectives perspectives) {
        this.perspectives = perspectives;
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    @InitBinder("form")
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new DecimalEditor());
    }

    // --- Afklaring ---

    @GetMapping("/projekter/{projectId}/afklaring")
    String clarificationForm(@PathVariable String projectId, Model model) {
        return clarificationPage(projectId, new ClarificationForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/afklaring")
    String clarify(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") ClarificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        List<ClarificationForm.TargetGroupRow> rows = form.getTargetGroups();
        for (int row = 0; row < rows.size(); row++) {
            ClarificationForm.TargetGroupRow group = rows.get(row);
            if (!group.isEmpty() && (group.getName() == null || group.getName().isBlank())) {
                result.rejectValue("targetGroups[" + row + "].name", "targetGroup.name.missing");
            }
            if (!group.isEmpty() && group.getStatus() == null) {
                result.rejectValue("targetGroups[" + row + "].status", "targetGroup.status.missing");
            }
        }
        List<Integer> filledRows = form.targetGroupRows();
        if (!result.hasErrors()
                && writer.record(
                        new ClarifyProject(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.successCriteriaLines(),
                                form.getExpectedBottomLines(),
                                form.getCoCreationScope(),
                                form.getMotivation(),
                                form.getDemocraticLegitimacy(),
                                form.getOwnership(),
                                form.getOrganisationalReadiness(),
                                form.getTaskOrigin(),
                                form.partnerOrganisationLines(),
                                form.targetGroupList()),
                        result,
                        targetGroupRows(filledRows))) {
            return writer.toJournal(projectId, "entry.type.ProjectClarified", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        form.addEmptyTargetGroupRows();
        return clarificationPage(projectId, form, model);
    }

    /** "targetGroups[1].name" of the command is the row of the second filled-in target group on the form. */
    private static UnaryOperator<String> targetGroupRows(List<Integer> filledRows) {
        return field -> {
            Matcher matcher = TARGET_GROUP_FIELD.matcher(field);
            if (!matcher.matches()) {
                return field;
            }
            int index = Integer.parseInt(matcher.group(1));
            if (index >= filledRows.size()) {
                return "targetGroups";
            }
            return "targetGroups[" + filledRows.get(index) + "]"
                    + (matcher.group(2) == null ? ".name" : matcher.group(2));
        };
    }

    private String clarificationPage(String projectId, ClarificationForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("bottomLines", BottomLine.values());
        model.addAttribute("scopes", CoCreationScope.values());
        model.addAttribute("taskOrigins", TaskOrigin.values());
        model.addAttribute("targetGroupStatuses", TargetGroupStatus.values());
        return "journal/clarification";
    }

    // --- typology ---

    @GetMapping("/projekter/{projectId}/typologi")
    String typologyForm(@PathVariable String projectId, Model model) {
        List<TypologyPerspective> choices = perspectives.choices();
        return typologyPage(projectId, new TypologyForm(today(), choices.isEmpty() ? null : choices.get(0)), model);
    }

    @PostMapping("/projekter/{projectId}/typologi")
    String declareTypology(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") TypologyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()) {
            try {
                // The user's role decides the perspectives (web/DeclarablePerspectives); another is refused here,
                // before anything is sent, with a Danish message next to the field.
                perspectives.check(form.getPerspective());
            } catch (JournalRejection rejection) {
                writer.reject(result, rejection);
            }
        }
        if (!result.hasErrors()
                && writer.record(
                        new DeclareTypology(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getOpenness(),
                                form.getCentrality(),
                                form.getRationale(),
                                form.getPerspective(),
                                form.partnerActorId()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.TypologyDeclared", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return typologyPage(projectId, form, model);
    }

    private String typologyPage(String projectId, TypologyForm form, Model model) {
        ProjectPage project = pages.load(projectId);
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        List<TypologyPerspective> choices = perspectives.choices();
        model.addAttribute("perspectives", choices);
        model.addAttribute("offersPartner", choices.contains(TypologyPerspective.PARTNER));
        // A partner's representative: an actor of the project outside the municipality's own staff and politicians
        // (the aggregate also refuses commercial suppliers and absent actors).
        model.addAttribute(
                "partners",
                project.activeActors().stream()
                        .filter(actor -> TypologyPerspective.canRepresentPartner(actor.kind()))
                        .toList());
        model.addAttribute("quadrants", QUADRANTS);
        // Issue 18 item 11: the plane to click, with a marker where the numbers already typed lie.
        model.addAttribute("plane", new TypologyPlane());
        model.addAttribute(
                "pickerSpot",
                form.getOpenness() == null || form.getCentrality() == null
                        ? null
                        : TypologyPlane.spot(form.getOpenness(), form.getCentrality(), null, false, null));
        model.addAttribute("pageScript", "/js/typology-picker.js");
        return "journal/typology";
    }

    // --- phase change ---

    @GetMapping("/projekter/{projectId}/faseskift")
    String phaseForm(@PathVariable String projectId, Model model) {
        return phasePage(projectId, new PhaseChangeForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/faseskift")
    String changePhase(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") PhaseChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new ChangePhase(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getPhase(),
                                form.getEffectiveOn(),
                                form.getNote(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.PhaseChanged", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return phasePage(projectId, form, model);
    }

    private String phasePage(String projectId, PhaseChangeForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("phases", Phase.values());
        return "journal/phase-change";
    }

    // --- course correction ---

    @GetMapping("/projekter/{projectId}/kursjustering")
    String courseCorrectionForm(@PathVariable String projectId, Model model) {
        return courseCorrectionPage(projectId, new CourseCorrectionForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/kursjustering")
    String correctCourse(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") CourseCorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new RecordCourseCorrection(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getDecision(),
                                form.getReason(),
                                form.getAffects(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.CourseCorrected", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return courseCorrectionPage(projectId, form, model);
    }

    private String courseCorrectionPage(String projectId, CourseCorrectionForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("scopes", CourseCorrectionScope.values());
        return "journal/course-correction";
    }

    // --- insight ---

    @GetMapping("/projekter/{projectId}/erkendelse")
    String insightForm(@PathVariable String projectId, Model model) {
        return insightPage(projectId, new InsightForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/erkendelse")
    String recordInsight(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") InsightForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new RecordInsight(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getFocus(),
                                form.getText(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.InsightRecorded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return insightPage(projectId, form, model);
    }

    private String insightPage(String projectId, InsightForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("focusPoints", FocusPoint.values());
        return "journal/insight";
    }

    // --- planning (2A) ---

    @GetMapping("/projekter/{projectId}/planlaegning")
    String planningForm(@PathVariable String projectId, Model model) {
        return planningPage(projectId, new PlanningForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/planlaegning")
    String recordPlanning(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") PlanningForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        boolean empty = Stream.of(
                                form.getFixedFrame(),
                                form.getElasticFrame(),
                                form.getTimeFrame(),
                                form.getUnpredictability(),
                                form.getCommunication(),
                                form.getRecruitment(),
                                form.getInvolvementMethods(),
                                form.getProcessDesign())
                        .allMatch(text -> text == null || text.isBlank())
                && form.getIntendedInfluence() == null;
        if (empty && !result.hasFieldErrors("fixedFrame")) {
            result.rejectValue("fixedFrame", "rejection.PLANNING_EMPTY");
        }
        if (!result.hasErrors()
                && writer.record(
                        new RecordPlanning(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getFixedFrame(),
                                form.getElasticFrame(),
                                form.getTimeFrame(),
                                form.getUnpredictability(),
                                form.getCommunication(),
                                form.getRecruitment(),
                                form.getIntendedInfluence(),
                                form.getInvolvementMethods(),
                                form.getProcessDesign(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.PlanningRecorded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return planningPage(projectId, form, model);
    }

    private String planningPage(String projectId, PlanningForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("influences", Influence.values());
        return "journal/planning";
    }

    // --- leadership (seed 002: the chef's four directions; seed 004: Torfing's acts) ---

    @GetMapping("/projekter/{projectId}/ledelseshandling")
    String leadershipActionForm(@PathVariable String projectId, Model model) {
        return leadershipActionPage(projectId, new LeadershipActionForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/ledelseshandling")
    String recordLeadershipAction(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") LeadershipActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new RecordLeadershipAction(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getDirection(),
                                form.getAct(),
                                blankToNull(form.getActorId()),
                                form.getAction(),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.LeadershipActionRecorded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return leadershipActionPage(projectId, form, model);
    }

    private String leadershipActionPage(String projectId, LeadershipActionForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("directions", LeadershipDirection.values());
        model.addAttribute("acts", LeadershipAct.values());
        return "journal/leadership-action";
    }

    @GetMapping("/projekter/{projectId}/chefrefleksion")
    String leadershipReflectionForm(@PathVariable String projectId, Model model) {
        return leadershipReflectionPage(projectId, new LeadershipReflectionForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/chefrefleksion")
    String recordLeadershipReflection(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") LeadershipReflectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new RecordLeadershipReflection(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                blankToNull(form.getActorId()),
                                form.getText(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.LeadershipReflectionRecorded", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return leadershipReflectionPage(projectId, form, model);
    }

    private String leadershipReflectionPage(String projectId, LeadershipReflectionForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return "journal/leadership-reflection";
    }

    // --- reopening a closed project ---

    @GetMapping("/projekter/{projectId}/genaabning")
    String reopeningForm(@PathVariable String projectId, Model model) {
        return reopeningPage(projectId, new ReopeningForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/genaabning")
    String reopen(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") ReopeningForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors()
                && writer.record(
                        new ReopenProject(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getEffectiveOn(),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            return writer.toJournal(projectId, "entry.type.ProjectReopened", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return reopeningPage(projectId, form, model);
    }

    private String reopeningPage(String projectId, ReopeningForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return "journal/reopening";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
