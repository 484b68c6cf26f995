package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.BottomLine;
import dk.samskabelse.journal.api.ClarifyProject;
import dk.samskabelse.journal.api.CoCreationScope;
import dk.samskabelse.journal.api.TargetGroupStatus;
import dk.samskabelse.journal.api.TaskOrigin;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.journal.EntryForms.Posted;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Afklaring decisions (seed 002's phase 1), with the target groups as rows of the form. */
@PageController
class ClarificationController {

    private static final Pattern TARGET_GROUP_FIELD = Pattern.compile("targetGroups\\[(\\d+)](\\..*)?");

    private final EntryForms forms;

    ClarificationController(EntryForms forms) {
        this.forms = forms;
    }

    @GetMapping("/projekter/{projectId}/afklaring")
    String clarificationForm(@PathVariable String projectId, Model model) {
        return clarificationPage(projectId, new ClarificationForm(forms.today()), model);
    }

    @PostMapping("/projekter/{projectId}/afklaring")
    String clarify(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") ClarificationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
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
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.ProjectClarified",
                entryId -> new ClarifyProject(
                        projectId,
                        entryId,
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
                targetGroupRows(filledRows),
                () -> {
                    form.addEmptyTargetGroupRows();
                    return clarificationPage(projectId, form, model);
                });
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
        forms.show(projectId, form, model);
        model.addAttribute("bottomLines", BottomLine.values());
        model.addAttribute("scopes", CoCreationScope.values());
        model.addAttribute("taskOrigins", TaskOrigin.values());
        model.addAttribute("targetGroupStatuses", TargetGroupStatus.values());
        return "journal/clarification";
    }
}
