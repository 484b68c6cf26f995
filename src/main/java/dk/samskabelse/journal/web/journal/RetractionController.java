package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.api.EntryType;
import dk.samskabelse.journal.api.RetractEntry;
import dk.samskabelse.journal.web.PageController;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Corrects a wrong entry by retracting it with a reason; the entry stays in the journal, marked as retracted. */
@PageController
class RetractionController {

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;

    RetractionController(ProjectPages pages, JournalWriter writer, Clock clock) {
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping("/projekter/{projectId}/tilbagetraekning")
    String retractionForm(
            @PathVariable String projectId,
            @RequestParam(name = "indfoersel", required = false) String entryId,
            @RequestParam(name = "rettelse", required = false) boolean correctedCopy,
            Model model) {
        return retractionPage(projectId, new RetractionForm(entryId, correctedCopy), model);
    }

    @PostMapping("/projekter/{projectId}/tilbagetraekning")
    String retract(
            @PathVariable String projectId,
            @Valid @ModelAttribute("form") RetractionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        ProjectPages.requireId(projectId);
        // A retraction is dated the day it is made: it corrects what the journal knows from now on.
        if (!result.hasErrors()
                && writer.record(
                        new RetractEntry(
                                projectId,
                                writer.entryId(projectId, form),
                                form.getRetractedEntryId(),
                                LocalDate.now(clock),
                                form.getReason(),
                                form.isShareable()),
                        result)) {
            if (form.isCorrectedCopy() && isEngagement(projectId, form.getRetractedEntryId())) {
                // Correcting is retracting and recording again: the engagement form opens with the old values.
                writer.toJournal(projectId, "entry.type.EntryRetracted", redirect);
                redirect.addAttribute("kopiAf", form.getRetractedEntryId());
                return "redirect:/projekter/" + projectId + "/engagementer/ny";
            }
            return writer.toJournal(projectId, "entry.type.EntryRetracted", redirect);
        }
        form.renewEntryIdIfInvalid(result);
        return retractionPage(projectId, form, model);
    }

    private boolean isEngagement(String projectId, String entryId) {
        return pages.load(projectId).entries().stream()
                .anyMatch(e -> e.entryId().equals(entryId) && EntryType.ENGAGEMENT_RECORDED.isStoredAs(e.type()));
    }

    private String retractionPage(String projectId, RetractionForm form, Model model) {
        model.addAttribute("project", pages.load(projectId));
        model.addAttribute("form", form);
        return "journal/retraction";
    }
}
