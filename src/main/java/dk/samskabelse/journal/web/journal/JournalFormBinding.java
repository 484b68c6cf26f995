package dk.samskabelse.journal.web.journal;

import dk.samskabelse.journal.web.PageController;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;

/** What every journal form is checked for besides its own constraints: the journal's date rules. */
@ControllerAdvice(annotations = PageController.class)
class JournalFormBinding {

    private final EntryDateRules dates;

    JournalFormBinding(EntryDateRules dates) {
        this.dates = dates;
    }

    @InitBinder("form")
    void entryDates(WebDataBinder binder, @PathVariable(name = "projectId", required = false) String projectId) {
        binder.addValidators(dates.forProject(projectId));
    }
}
