package dk.samskabelse.journal.web.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the forms of the entries about the project as a whole share: a new form dated today, the project above the
 * form, and the way a posted form is recorded or shown again.
 */
@Component
class EntryForms {

    private final ProjectPages pages;
    private final JournalWriter writer;
    private final Clock clock;

    EntryForms(ProjectPages pages, JournalWriter writer, Clock clock) {
        this.pages = pages;
        this.writer = writer;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Puts the project and the form on the page; the project is returned for what else the page shows of it. */
    ProjectPage show(String projectId, JournalForm form, Model model) {
        ProjectPage project = pages.load(projectId);
        model.addAttribute("project", project);
        model.addAttribute("form", form);
        return project;
    }

    /** As below, for a form whose fields are named like the command's. */
    String post(Posted posted, String entryTypeKey, Function<String, Object> command, Supplier<String> page) {
        return post(posted, entryTypeKey, command, UnaryOperator.identity(), page);
    }

    /**
     * A valid form is recorded (command: made with the form's entry id) and the user goes back to the journal
     * (Post/Redirect/Get); a form with errors, or one the journal refuses, is shown again (page), with a new entry
     * id where its own was invalid. fields: maps a field of the command to the form's where the two differ.
     */
    String post(
            Posted posted,
            String entryTypeKey,
            Function<String, Object> command,
            UnaryOperator<String> fields,
            Supplier<String> page) {
        ProjectPages.requireId(posted.projectId());
        if (!posted.result().hasErrors()
                && writer.record(
                        command.apply(writer.entryId(posted.projectId(), posted.form())), posted.result(), fields)) {
            return writer.toJournal(posted.projectId(), entryTypeKey, posted.redirect());
        }
        posted.form().renewEntryIdIfInvalid(posted.result());
        return page.get();
    }

    /** A form as it was posted to a project, with its binding result and the redirect it may lead to. */
    record Posted(String projectId, JournalForm form, BindingResult result, RedirectAttributes redirect) {}
}
