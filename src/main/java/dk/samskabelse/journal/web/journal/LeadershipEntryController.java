package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.LeadershipAct;
import dk.samskabelse.journal.api.LeadershipDirection;
import dk.samskabelse.journal.api.RecordLeadershipAction;
import dk.samskabelse.journal.api.RecordLeadershipReflection;
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

/** The chef's leadership actions (seed 002's four directions, seed 004's Torfing acts) and reflection. */
@PageController
class LeadershipEntryController {

    private final EntryForms forms;

    LeadershipEntryController(EntryForms forms) {
        this.forms = forms;
    }

    @GetMapping("/projekter/{projectId}/ledelseshandling")
    String leadershipActionForm(@PathVariable String projectId, Model model) {
        return leadershipActionPage(projectId, new LeadershipActionForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/ledelseshandling")
    String recordLeadershipAction(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") LeadershipActionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.LeadershipActionRecorded",
                entryId -> new RecordLeadershipAction(
                        projectId,
                        entryId,
                        form.getEffectiveOn(),
                        form.getDirection(),
                        form.getAct(),
                        blankToNull(form.getActorId()),
                        form.getAction(),
                        form.getReason(),
                        form.isShareable()),
                () -> leadershipActionPage(projectId, form, model));
    }

    private String leadershipActionPage(String projectId, LeadershipActionForm form, Model model) {
        forms.show(projectId, form, model);
        model.addAttribute("directions", LeadershipDirection.values());
        model.addAttribute("acts", LeadershipAct.values());
        return "journal/leadership-action";
    }

    @GetMapping("/projekter/{projectId}/chefrefleksion")
    String leadershipReflectionForm(@PathVariable String projectId, Model model) {
        return leadershipReflectionPage(projectId, new LeadershipReflectionForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/chefrefleksion")
    String recordLeadershipReflection(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") LeadershipReflectionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.LeadershipReflectionRecorded",
                entryId -> new RecordLeadershipReflection(
                        projectId,
                        entryId,
                        form.getEffectiveOn(),
                        blankToNull(form.getActorId()),
                        form.getText(),
                        form.isShareable()),
                () -> leadershipReflectionPage(projectId, form, model));
    }

    private String leadershipReflectionPage(String projectId, LeadershipReflectionForm form, Model model) {
        forms.show(projectId, form, model);
        return "journal/leadership-reflection";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
