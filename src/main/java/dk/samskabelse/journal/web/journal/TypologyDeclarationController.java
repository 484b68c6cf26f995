package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.DeclareTypology;
import dk.samskabelse.journal.api.JournalRejection;
import dk.samskabelse.journal.api.TypologyPerspective;
import dk.samskabelse.journal.query.typology.Quadrant;
import dk.samskabelse.journal.web.DeclarablePerspectives;
import dk.samskabelse.journal.web.PageController;
import dk.samskabelse.journal.web.charts.TypologyPlane;
import dk.samskabelse.journal.web.journal.EntryForms.Posted;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A typology placement declared from one of the perspectives the user's role allows. */
@PageController
class TypologyDeclarationController {

    /**
     * The typology's four types in the order of seed 001's figure (open above, the municipality central on the
     * left), each explained on the declaration form by a short definition and the seed sentence that defines it
     * (messages typology.quadrant.*).
     */
    private static final List<Quadrant> QUADRANTS =
            List.of(Quadrant.LIGEVAERDIG, Quadrant.FACILITERENDE, Quadrant.STYRET, Quadrant.ANSVARLIGGOERENDE);

    private final EntryForms forms;
    private final JournalWriter writer;
    private final DeclarablePerspectives perspectives;

    TypologyDeclarationController(EntryForms forms, JournalWriter writer, DeclarablePerspectives perspectives) {
        this.forms = forms;
        this.writer = writer;
        this.perspectives = perspectives;
    }

    @InitBinder("form")
    void decimals(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new DecimalEditor());
    }

    @GetMapping("/projekter/{projectId}/typologi")
    String typologyForm(@PathVariable String projectId, Model model) {
        List<TypologyPerspective> choices = perspectives.choices();
        return typologyPage(
                projectId, new TypologyForm(forms.today(), choices.isEmpty() ? null : choices.get(0)), model);
    }

    @PostMapping("/projekter/{projectId}/typologi")
    String declareTypology(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") TypologyForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                // The user's role decides the perspectives (web/DeclarablePerspectives); another is refused here,
                // before anything is sent, with a Danish message next to the field.
                perspectives.check(form.getPerspective());
            } catch (JournalRejection rejection) {
                writer.reject(result, rejection);
            }
        }
        return forms.post(
                new Posted(projectId, form, result, redirect),
                "entry.type.TypologyDeclared",
                entryId -> new DeclareTypology(
                        projectId,
                        entryId,
                        form.getEffectiveOn(),
                        form.getOpenness(),
                        form.getCentrality(),
                        form.getRationale(),
                        form.getPerspective(),
                        form.partnerActorId()),
                () -> typologyPage(projectId, form, model));
    }

    private String typologyPage(String projectId, TypologyForm form, Model model) {
        ProjectPage project = forms.show(projectId, form, model);
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
}
