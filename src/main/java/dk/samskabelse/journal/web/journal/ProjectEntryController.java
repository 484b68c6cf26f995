package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.CourseCorrectionScope;
import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.FocusPoint;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.RecordCourseCorrection;
import dk.samskabelse.journal.api.RecordInsight;
import dk.samskabelse.journal.web.PageController;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The entries about the project as a whole: the Afklaring decisions, the declared typology, phase changes,
 * course corrections and insights (seed 002's phase model).
 */
@PageController
class ProjectEntryController {

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;

    ProjectEntryController(ProjectPages pages, JournalWriter writer, Clock clock) {
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
    String clarify(@PathVariable String projectId, @Valid @ModelAttribute("form") ClarificationForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors() && writer.record(new ClarifyProject(projectId, writer.entryId(projectId, form),
                form.getEffectiveOn(), form.successCriteriaLines(), form.getExpectedBottomLines(),
                form.getCoCreationScope(), form.getMotivation(), form.getDemocraticLegitimacy(), form.getOwnership(),
                form.getOrganisationalReadiness()), result)) {
            return writer.toJournal(projectId, "entry.type.ProjectClarified", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return clarificationPage(projectId, form, model);
    }

    private String clarificationPage(String projectId, ClarificationForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        model.addAttribute("bottomLines", BottomLine.values());
        model.addAttribute("scopes", CoCreationScope.values());
        return "journal/clarification";
    }

    // --- typology ---

    @GetMapping("/projekter/{projectId}/typologi")
    String typologyForm(@PathVariable String projectId, Model model) {
        return typologyPage(projectId, new TypologyForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/typologi")
    String declareTypology(@PathVariable String projectId, @Valid @ModelAttribute("form") TypologyForm form,
                           BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors() && writer.record(new DeclareTypology(projectId, writer.entryId(projectId, form),
                form.getEffectiveOn(), form.getOpenness(), form.getCentrality(), form.getRationale()), result)) {
            return writer.toJournal(projectId, "entry.type.TypologyDeclared", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return typologyPage(projectId, form, model);
    }

    private String typologyPage(String projectId, TypologyForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return "journal/typology";
    }

    // --- phase change ---

    @GetMapping("/projekter/{projectId}/faseskift")
    String phaseForm(@PathVariable String projectId, Model model) {
        return phasePage(projectId, new PhaseChangeForm(today()), model);
    }

    @PostMapping("/projekter/{projectId}/faseskift")
    String changePhase(@PathVariable String projectId, @Valid @ModelAttribute("form") PhaseChangeForm form,
                       BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors() && writer.record(new ChangePhase(projectId, writer.entryId(projectId, form), form.getPhase(),
                form.getEffectiveOn(), form.getNote(), form.isShareable()), result)) {
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
    String correctCourse(@PathVariable String projectId, @Valid @ModelAttribute("form") CourseCorrectionForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors() && writer.record(new RecordCourseCorrection(projectId, writer.entryId(projectId, form),
                form.getEffectiveOn(), form.getDecision(), form.getReason(), form.getAffects(), form.isShareable()),
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
    String recordInsight(@PathVariable String projectId, @Valid @ModelAttribute("form") InsightForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        if (!result.hasErrors() && writer.record(new RecordInsight(projectId, writer.entryId(projectId, form),
                form.getEffectiveOn(), form.getFocus(), form.getText(), form.isShareable()), result)) {
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
