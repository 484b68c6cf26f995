package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.ChangePhase;
import dk.samskabelse.journal.api.Phase;
import dk.samskabelse.journal.api.ReopenProject;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.journal.EntryForms.Posted;
import jakarta.validation.Valid;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project's way through seed 002's phases: a phase change, forwards or back, and reopening a closed project. */
@PageController
class PhaseChangeController {

    private final EntryForms forms;

    PhaseChangeController(EntryForms forms) {
        this.forms = forms;
    }

    @GetMapping("/projekter/{projectId}/faseskift")
    String phaseForm(@PathVariable String projectId, Model model) {
        return phasePage(projectId, new PhaseChangeForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/faseskift")
    String changePhase(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") PhaseChangeForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.PhaseChanged",
                entryId -> new ChangePhase(
                        projectId, entryId, form.getPhase(), form.getEffectiveOn(), form.getNote(), form.isShareable()),
                () -> phasePage(projectId, form, model));
    }

    private String phasePage(String projectId, PhaseChangeForm form, Model model) {
        forms.show(projectId, form, model);
        model.addAttribute("phases", Phase.values());
        return "journal/phase-change";
    }

    @GetMapping("/projekter/{projectId}/genaabning")
    String reopeningForm(@PathVariable String projectId, Model model) {
        return reopeningPage(projectId, new ReopeningForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/genaabning")
    String reopen(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") ReopeningForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.ProjectReopened",
                entryId -> new ReopenProject(
                        projectId, entryId, form.getEffectiveOn(), form.getReason(), form.isShareable()),
                () -> reopeningPage(projectId, form, model));
    }

    private String reopeningPage(String projectId, ReopeningForm form, Model model) {
        forms.show(projectId, form, model);
        return "journal/reopening";
    }
}
