package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Influence;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.api.RecordPlanning;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.journal.EntryForms.Posted;
import jakarta.validation.Valid;
import java.util.stream.Stream;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The decisions within seed 002's phases: the planning (2A), course corrections and insights. */
@PageController
class PhaseDecisionController {

    private final EntryForms forms;

    PhaseDecisionController(EntryForms forms) {
        this.forms = forms;
    }

    // --- planning (2A) ---

    @GetMapping("/projekter/{projectId}/planlaegning")
    String planningForm(@PathVariable String projectId, Model model) {
        return planningPage(projectId, new PlanningForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/planlaegning")
    String recordPlanning(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") PlanningForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
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
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.PlanningRecorded",
                entryId -> new RecordPlanning(
                        projectId,
                        entryId,
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
                () -> planningPage(projectId, form, model));
    }

    private String planningPage(String projectId, PlanningForm form, Model model) {
        forms.show(projectId, form, model);
        model.addAttribute("influences", Influence.values());
        return "journal/planning";
    }

    // --- course correction ---

    @GetMapping("/projekter/{projectId}/kursjustering")
    String courseCorrectionForm(@PathVariable String projectId, Model model) {
        return courseCorrectionPage(projectId, new CourseCorrectionForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/kursjustering")
    String correctCourse(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") CourseCorrectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.CourseCorrected",
                entryId -> new RecordCourseCorrection(
                        projectId,
                        entryId,
                        form.getEffectiveOn(),
                        form.getDecision(),
                        form.getReason(),
                        form.getAffects(),
                        form.isShareable()),
                () -> courseCorrectionPage(projectId, form, model));
    }

    private String courseCorrectionPage(String projectId, CourseCorrectionForm form, Model model) {
        forms.show(projectId, form, model);
        model.addAttribute("scopes", CourseCorrectionScope.values());
        return "journal/course-correction";
    }

    // --- insight ---

    @GetMapping("/projekter/{projectId}/erkendelse")
    String insightForm(@PathVariable String projectId, Model model) {
        return insightPage(projectId, new InsightForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/erkendelse")
    String recordInsight(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") InsightForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.InsightRecorded",
                entryId -> new RecordInsight(
                        projectId, entryId, form.getEffectiveOn(), form.getFocus(), form.getText(), form.isShareable()),
                () -> insightPage(projectId, form, model));
    }

    private String insightPage(String projectId, InsightForm form, Model model) {
        forms.show(projectId, form, model);
        model.addAttribute("focusPoints", FocusPoint.values());
        return "journal/insight";
    }
}
